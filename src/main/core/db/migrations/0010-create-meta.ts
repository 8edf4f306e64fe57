import type { Migration } from './migration';

/** Facts about the vault itself, kept inside the encrypted store. */
export const createMeta: Migration = {
  version: 10,
  name: 'create-meta',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
