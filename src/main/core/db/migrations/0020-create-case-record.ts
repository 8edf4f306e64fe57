import type { Migration } from './migration';

/**
 * The case record. Each record is a validated JSON document with the columns needed to list,
 * sort and join; the search index and the audit log live in the same encrypted database.
 */
export const createCaseRecord: Migration = {
  version: 20,
  name: 'create-case-record',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE records (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('case', 'person', 'source', 'testimony', 'incident')),
        label TEXT NOT NULL,
        data TEXT NOT NULL,
        draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1)),
        secret BLOB,
        pseudonym TEXT UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX records_by_kind ON records (kind, deleted_at, updated_at);

      CREATE TABLE record_cases (
        case_id TEXT NOT NULL,
        record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
        PRIMARY KEY (case_id, record_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX record_cases_by_record ON record_cases (record_id);

      CREATE VIRTUAL TABLE search_index USING fts5 (
        label, body,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        record_kind TEXT,
        record_id TEXT,
        changes TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_by_record ON audit_log (record_id);

      CREATE TABLE vocabularies (
        key TEXT PRIMARY KEY,
        labels TEXT NOT NULL,
        hierarchical INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE vocabulary_terms (
        vocabulary TEXT NOT NULL REFERENCES vocabularies (key),
        code TEXT NOT NULL,
        labels TEXT NOT NULL,
        parent TEXT,
        position INTEGER NOT NULL,
        deprecated INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (vocabulary, code)
      ) STRICT;

      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        owner_id TEXT NOT NULL,
        name TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        working_sha256 TEXT,
        metadata_removed TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        origin TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX attachments_by_owner ON attachments (owner_id);
    `);
  },
};
