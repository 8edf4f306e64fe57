/**
 * The vocabularies a new vault holds: what migration 0030 wrote, as the migrations after it leave
 * it (0100 adds the terms for pressure on defenders in Kazakhstan, 0130 the Uyghur labels, 0140 the
 * vocabularies of organisations). A
 * migration that adds or rewords terms applies the same change here, and
 * tests/main/core/vocabularies/fresh-vault.test.ts compares this with a vault made from scratch.
 */
import {
  DEFAULT_VOCABULARIES as SHIPPED_IN_0030,
  type DefaultVocabulary as VocabularyOf0030,
  VOCABULARY_KEYS as KEYS_OF_0030,
  type VocabularyLabels as LabelsOf0030,
} from '../db/migrations/0030-default-vocabularies-data';
import { DEFENDERS_TERMS, type TermAddition } from '../db/migrations/0100-defenders-vocabularies-data';
import { UYGHUR_VOCABULARY_LABELS } from '../db/migrations/0130-uyghur-vocabulary-labels-data';
import { ORGANISATION_VOCABULARIES } from '../db/migrations/0140-organisations-data';

export const VOCABULARY_KEYS = [...KEYS_OF_0030, ...ORGANISATION_VOCABULARIES.map((vocabulary) => vocabulary.key)] as const;
export type VocabularyKey = (typeof VOCABULARY_KEYS)[number];

/** A default label in every interface language. */
export interface VocabularyLabels extends LabelsOf0030 {
  ug: string;
}

export interface DefaultTerm {
  code: string;
  labels: VocabularyLabels;
  parent?: string;
  /** Not stored in vaults; kept in the languages 0030 wrote it in. */
  description?: LabelsOf0030;
}

export interface DefaultVocabulary {
  key: VocabularyKey;
  labels: VocabularyLabels;
  hierarchical: boolean;
  terms: DefaultTerm[];
}

function uyghurOf(key: string, code?: string): string {
  const vocabulary = UYGHUR_VOCABULARY_LABELS[key];
  const label = code === undefined ? vocabulary?.label : vocabulary?.terms[code];
  // A shipped term without its Uyghur label is a gap in 0130's data, which its test names.
  if (label === undefined) throw new Error(`No Uyghur label for ${code === undefined ? key : `${key}.${code}`}`);
  return label;
}

/** The vocabularies with each addition placed after the term it names, as the migration does. */
function withAdditions(vocabularies: readonly VocabularyOf0030[], additions: readonly TermAddition[]): VocabularyOf0030[] {
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

export const DEFAULT_VOCABULARIES: readonly DefaultVocabulary[] = [
  ...withAdditions(SHIPPED_IN_0030, DEFENDERS_TERMS).map((vocabulary) => ({
    ...vocabulary,
    labels: { ...vocabulary.labels, ug: uyghurOf(vocabulary.key) },
    terms: vocabulary.terms.map((term) => ({ ...term, labels: { ...term.labels, ug: uyghurOf(vocabulary.key, term.code) } })),
  })),
  ...ORGANISATION_VOCABULARIES.map((vocabulary) => ({ ...vocabulary, terms: vocabulary.terms.map((term) => ({ ...term })) })),
];
