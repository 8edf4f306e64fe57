import type { Migration } from './migration';

/**
 * Unsaved form contents of any kind of record (docs/security.md S18). A draft of an existing
 * record belongs to it: at most one per record, and destroying the record destroys it.
 */
export const createDrafts: Migration = {
  version: 50,
  name: 'create-drafts',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('case', 'person', 'source', 'testimony', 'incident')),
        record_id TEXT REFERENCES records (id) ON DELETE CASCADE,
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX drafts_by_record ON drafts (record_id) WHERE record_id IS NOT NULL;
      CREATE INDEX drafts_by_kind ON drafts (kind, updated_at);
    `);
  },
};
