/**
 * The vocabularies a new vault holds: what migration 0030 wrote, as the migrations after it leave
 * it (0100 adds the terms for pressure on defenders in Kazakhstan). A migration that adds or
 * rewords terms applies the same change here, and tests/main/core/vocabularies/fresh-vault.test.ts
 * compares this with a vault made from scratch.
 */
import {
  DEFAULT_VOCABULARIES as INITIAL_VOCABULARIES,
  type DefaultVocabulary,
} from '../db/migrations/0030-default-vocabularies-data';
import { DEFENDERS_TERMS, type TermAddition } from '../db/migrations/0100-defenders-vocabularies-data';

export {
  VOCABULARY_KEYS,
  type DefaultTerm,
  type DefaultVocabulary,
  type VocabularyKey,
  type VocabularyLabels,
} from '../db/migrations/0030-default-vocabularies-data';

/** The vocabularies with each addition placed after the term it names, as the migration does. */
function withAdditions(vocabularies: readonly DefaultVocabulary[], additions: readonly TermAddition[]): DefaultVocabulary[] {
  return vocabularies.map((vocabulary) => {
    const terms = [...vocabulary.terms];
    for (const { vocabulary: key, after, term } of additions) {
      if (key !== vocabulary.key || terms.some((t) => t.code === term.code)) continue;
      const anchor = terms.findIndex((t) => t.code === after);
      terms.splice(anchor === -1 ? terms.length : anchor + 1, 0, term);
    }
    return { ...vocabulary, terms };
  });
}

export const DEFAULT_VOCABULARIES: readonly DefaultVocabulary[] = withAdditions(INITIAL_VOCABULARIES, DEFENDERS_TERMS);
