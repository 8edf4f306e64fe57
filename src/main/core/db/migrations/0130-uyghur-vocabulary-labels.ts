import { DEFAULT_VOCABULARIES as SHIPPED_IN_0030 } from './0030-default-vocabularies-data';
import { DEFENDERS_TERMS } from './0100-defenders-vocabularies-data';
import { UYGHUR_VOCABULARY_LABELS } from './0130-uyghur-vocabulary-labels-data';
import { sql } from '../sql';
import type { Migration } from './migration';

/** The English label each shipped vocabulary and term had, by `key` and by `key code`. */
function shippedEnglish(): Map<string, string> {
  const english = new Map<string, string>();
  for (const vocabulary of SHIPPED_IN_0030) {
    english.set(vocabulary.key, vocabulary.labels.en);
    for (const term of vocabulary.terms) english.set(`${vocabulary.key} ${term.code}`, term.labels.en);
  }
  for (const { vocabulary, term } of DEFENDERS_TERMS) english.set(`${vocabulary} ${term.code}`, term.labels.en);
  return english;
}

/**
 * Uyghur became an interface language after vaults were made: the shipped vocabularies get their
 * Uyghur labels. Only a missing `ug` is filled, and only where the English label is still the one
 * shipped: a term the users made under a shipped code, or reworded, stays theirs and reads in
 * English (`labelsOrEnglish`) until someone writes its Uyghur label.
 */
export const uyghurVocabularyLabels: Migration = {
  version: 130,
  name: 'uyghur-vocabulary-labels',
  async up(tx) {
    const english = shippedEnglish();
    for (const [key, uyghur] of Object.entries(UYGHUR_VOCABULARY_LABELS)) {
      await tx.run(
        sql`UPDATE vocabularies SET labels = json_set(labels, '$.ug', ${uyghur.label}) WHERE key = ${key} AND json_extract(labels, '$.ug') IS NULL AND json_extract(labels, '$.en') = ${english.get(key) ?? null}`,
      );
      for (const [code, label] of Object.entries(uyghur.terms)) {
        await tx.run(
          sql`UPDATE vocabulary_terms SET labels = json_set(labels, '$.ug', ${label}) WHERE vocabulary = ${key} AND code = ${code} AND json_extract(labels, '$.ug') IS NULL AND json_extract(labels, '$.en') = ${english.get(`${key} ${code}`) ?? null}`,
        );
      }
    }
  },
};
