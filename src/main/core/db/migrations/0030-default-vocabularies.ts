import { DEFAULT_VOCABULARIES } from './0030-default-vocabularies-data';
import { sql } from '../sql';
import type { Migration } from './migration';

/** Every vault starts with the shipped vocabularies; users edit them from there. */
export const defaultVocabularies: Migration = {
  version: 30,
  name: 'default-vocabularies',
  async up(tx) {
    for (const vocabulary of DEFAULT_VOCABULARIES) {
      await tx.run(
        sql`INSERT INTO vocabularies (key, labels, hierarchical) VALUES (${vocabulary.key}, ${JSON.stringify(vocabulary.labels)}, ${vocabulary.hierarchical ? 1 : 0})`,
      );
      let position = 0;
      for (const term of vocabulary.terms) {
        await tx.run(
          sql`INSERT INTO vocabulary_terms (vocabulary, code, labels, parent, position) VALUES (${vocabulary.key}, ${term.code}, ${JSON.stringify(term.labels)}, ${term.parent ?? null}, ${position++})`,
        );
      }
    }
  },
};
