import { UYGHUR_VOCABULARY_LABELS } from './0130-uyghur-vocabulary-labels-data';
import { sql } from '../sql';
import type { Migration } from './migration';

/**
 * Uyghur became an interface language after vaults were made: the shipped vocabularies get their
 * Uyghur labels. Only a missing `ug` is filled, so a label a user already wrote is kept; terms a
 * user made stay without one and read in English (`labelsOrEnglish`) until someone writes it.
 */
export const uyghurVocabularyLabels: Migration = {
  version: 130,
  name: 'uyghur-vocabulary-labels',
  async up(tx) {
    for (const [key, uyghur] of Object.entries(UYGHUR_VOCABULARY_LABELS)) {
      await tx.run(
        sql`UPDATE vocabularies SET labels = json_set(labels, '$.ug', ${uyghur.label}) WHERE key = ${key} AND json_extract(labels, '$.ug') IS NULL`,
      );
      for (const [code, label] of Object.entries(uyghur.terms)) {
        await tx.run(
          sql`UPDATE vocabulary_terms SET labels = json_set(labels, '$.ug', ${label}) WHERE vocabulary = ${key} AND code = ${code} AND json_extract(labels, '$.ug') IS NULL`,
        );
      }
    }
  },
};
