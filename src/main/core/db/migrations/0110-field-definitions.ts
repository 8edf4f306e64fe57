import type { Migration } from './migration';

/**
 * The organisation's own fields. A definition is never deleted: removing one sets `removed_at`,
 * which hides the field while the values typed under it stay in the records' data (`custom`,
 * keyed by the definition's id). `key` is a stable slug for the CLI and reports.
 */
export const fieldDefinitions: Migration = {
  version: 110,
  name: 'field-definitions',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE field_definitions (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('case', 'person', 'source', 'testimony', 'incident')),
        key TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('text', 'longText', 'number', 'boolean', 'date', 'choice')),
        labels TEXT NOT NULL,
        help TEXT NOT NULL,
        required INTEGER NOT NULL CHECK (required IN (0, 1)),
        sensitive INTEGER NOT NULL CHECK (sensitive IN (0, 1)),
        vocabulary TEXT REFERENCES vocabularies (key),
        multiple INTEGER NOT NULL CHECK (multiple IN (0, 1)),
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        removed_at TEXT,
        UNIQUE (kind, key),
        CHECK ((type = 'choice') = (vocabulary IS NOT NULL)),
        CHECK (type = 'choice' OR multiple = 0)
      ) STRICT;
    `);
  },
};
