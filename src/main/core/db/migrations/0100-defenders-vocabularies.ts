import { DEFENDERS_TERMS } from './0100-defenders-vocabularies-data';
import { sql } from '../sql';
import type { Migration } from './migration';

/**
 * Adds the terms for pressure on defenders at home (0100's data) to every vault. A vault whose
 * users already made a term with one of these codes keeps theirs: a code is theirs once used.
 * A new term goes right after the one its addition names, the later terms moving down one place;
 * if that term is missing the new one goes last.
 */
export const defendersVocabularies: Migration = {
  version: 100,
  name: 'defenders-vocabularies',
  async up(tx) {
    for (const { vocabulary, after, term } of DEFENDERS_TERMS) {
      const taken = await tx.get(sql`SELECT 1 AS taken FROM vocabulary_terms WHERE vocabulary = ${vocabulary} AND code = ${term.code}`);
      if (taken) continue;
      const anchor = await tx.get<{ position: number }>(sql`SELECT position FROM vocabulary_terms WHERE vocabulary = ${vocabulary} AND code = ${after}`);
      let position: number;
      if (anchor) {
        position = anchor.position + 1;
        await tx.run(sql`UPDATE vocabulary_terms SET position = position + 1 WHERE vocabulary = ${vocabulary} AND position >= ${position}`);
      } else {
        const last = await tx.get<{ p: number | null }>(sql`SELECT max(position) AS p FROM vocabulary_terms WHERE vocabulary = ${vocabulary}`);
        position = (last?.p ?? -1) + 1;
      }
      await tx.run(
        sql`INSERT INTO vocabulary_terms (vocabulary, code, labels, parent, position) VALUES (${vocabulary}, ${term.code}, ${JSON.stringify(term.labels)}, ${term.parent ?? null}, ${position})`,
      );
    }
  },
};
