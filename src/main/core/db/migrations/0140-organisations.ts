import { AppError } from '../../../../shared/errors';
import { ORGANISATION_VOCABULARIES } from './0140-organisations-data';
import { sql } from '../sql';
import type { Queryable } from '../database';
import type { Migration } from './migration';

/** The tables whose `kind` column 0020, 0050 and 0110 limited to the five kinds of their day. */
const KIND_TABLES = ['records', 'drafts', 'field_definitions'] as const;
const FIVE_KINDS = "CHECK (kind IN ('case', 'person', 'source', 'testimony', 'incident'))";
const SIX_KINDS = "CHECK (kind IN ('case', 'person', 'source', 'testimony', 'incident', 'organisation'))";

/**
 * Lets the kind columns hold `organisation`. SQLite cannot alter a CHECK constraint, and rebuilding
 * `records` would fire the cascades and case_stats triggers of every table that points at it; a
 * constraint that only grows its list of allowed values changes nothing on disk, which is the
 * case SQLite documents for editing the stored schema in place (sqlite.org/lang_altertable.html,
 * "making other kinds of table schema changes"). The driver must allow writable_schema:
 * @journeyapps/sqlcipher does; better-sqlite3 would need its unsafe mode for this one step.
 */
async function allowOrganisations(tx: Queryable): Promise<void> {
  const version = await tx.get<{ schema_version: number }>(sql`PRAGMA schema_version`);
  await tx.exec('PRAGMA writable_schema = ON;');
  try {
    for (const table of KIND_TABLES) {
      await tx.run(sql`UPDATE sqlite_master SET sql = replace(sql, ${FIVE_KINDS}, ${SIX_KINDS}) WHERE type = 'table' AND name = ${table}`);
    }
    // A new schema version makes every connection read the edited schema again.
    await tx.exec(`PRAGMA schema_version = ${Math.trunc(Number(version?.schema_version ?? 0)) + 1};`);
  } finally {
    await tx.exec('PRAGMA writable_schema = OFF;');
  }
  for (const table of KIND_TABLES) {
    const row = await tx.get<{ sql: string }>(sql`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ${table}`);
    if (!row?.sql.includes(SIX_KINDS)) throw new AppError('VAULT_CORRUPT', `The ${table} table of this vault is not the one Casekeep made.`);
  }
}

/**
 * Organisations become a kind of record (store/kinds/organisation.ts), with two vocabularies of
 * their own (0140's data). A vocabulary or term the users already made under one of these codes
 * stays theirs.
 */
export const organisations: Migration = {
  version: 140,
  name: 'organisations',
  async up(tx) {
    await allowOrganisations(tx);
    for (const vocabulary of ORGANISATION_VOCABULARIES) {
      await tx.run(
        sql`INSERT OR IGNORE INTO vocabularies (key, labels, hierarchical) VALUES (${vocabulary.key}, ${JSON.stringify(vocabulary.labels)}, ${vocabulary.hierarchical ? 1 : 0})`,
      );
      const last = await tx.get<{ p: number | null }>(sql`SELECT max(position) AS p FROM vocabulary_terms WHERE vocabulary = ${vocabulary.key}`);
      let position = (last?.p ?? -1) + 1;
      for (const term of vocabulary.terms) {
        await tx.run(
          sql`INSERT OR IGNORE INTO vocabulary_terms (vocabulary, code, labels, parent, position) VALUES (${vocabulary.key}, ${term.code}, ${JSON.stringify(term.labels)}, NULL, ${position++})`,
        );
      }
    }
  },
};
