import { randomHex } from '../../crypto/random';
import { sql } from '../sql';
import type { Migration } from './migration';

/**
 * What exchange needs to merge without losing anything (exchange/lineage.ts):
 * - `record_versions`: every version id this vault knows for a record, its own and those it
 *   learned from bundles with their ancestors. Merging is a union of these sets.
 * - `record_heads`: the versions no other known version descends from, each with its full
 *   content. One head is the normal case; two or more with different content are a conflict that
 *   keeps every side until a person resolves it.
 * - `bundles_sent` / `bundles_received`: each vault numbers its bundles and chains them by hash,
 *   so a receiver can tell a gap or a replay.
 * - `meta.lineage_salt`: 32 random bytes mixed into every version id this vault makes, so an id
 *   tells a partner nothing about fields a bundle redacted (exchange/merge-engine.ts).
 * Rows of a record go with it when it is destroyed (docs/security.md S29).
 */
export const exchangeLineage: Migration = {
  version: 80,
  name: 'exchange-lineage',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE record_versions (
        record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        PRIMARY KEY (record_id, version)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE record_heads (
        record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        ancestors TEXT NOT NULL,
        content TEXT NOT NULL,
        PRIMARY KEY (record_id, version)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE bundles_sent (
        sequence INTEGER PRIMARY KEY,
        bundle_hash TEXT NOT NULL,
        sent_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE bundles_received (
        sender TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        bundle_hash TEXT NOT NULL,
        previous TEXT,
        received_at TEXT NOT NULL,
        PRIMARY KEY (sender, sequence, bundle_hash)
      ) STRICT, WITHOUT ROWID;
    `);
    await tx.run(sql`INSERT INTO meta (key, value) VALUES ('lineage_salt', ${randomHex(32)})`);
  },
};
