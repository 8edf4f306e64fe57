import { describe, expect, it } from 'vitest';
import { sql } from '../../../src/main/core/db/sql';
import { assertOrdered, latestVersion, MIGRATIONS, type Migration } from '../../../src/main/core/db/migrations';
import { Vault } from '../../../src/main/core/vault/vault';
import { expectAppError } from '../../helpers/expect-error';
import { tempFolder } from '../../helpers/temp';

const PASSPHRASE = 'migrations under test';

const addNotes: Migration = {
  version: 9000,
  name: 'add-notes',
  async up(tx) {
    await tx.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT;');
  },
};

const failsHalfWay: Migration = {
  version: 9010,
  name: 'fails-half-way',
  async up(tx) {
    await tx.exec('CREATE TABLE half (id INTEGER PRIMARY KEY) STRICT;');
    await tx.run(sql`INSERT INTO meta (key, value) VALUES ('half', 'done')`);
    await tx.exec('ALTER TABLE notes ADD COLUMN extra TEXT;');
    throw new Error('simulated failure in the middle of a migration');
  },
};

async function tables(vault: Vault): Promise<string[]> {
  const rows = await vault.db.all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`);
  return rows.map((row) => row.name);
}

describe('migrations', () => {
  it('keeps the registry in strictly increasing order', () => {
    expect(() => assertOrdered(MIGRATIONS)).not.toThrow();
    expect(() => assertOrdered([addNotes, { ...addNotes, name: 'same-number' }])).toThrow(/not above/);
    expect(() => assertOrdered([{ ...addNotes, version: 5.5 }])).toThrow();
  });

  it('applies new migrations at unlock, and a failing one leaves the vault exactly as it was', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE);
    await vault.lock();

    const upgraded = await Vault.unlock(folder, PASSPHRASE, { migrations: [...MIGRATIONS, addNotes] });
    expect(await upgraded.schemaVersion()).toBe(9000);
    await upgraded.db.run(sql`INSERT INTO notes (body) VALUES ('keep me')`);
    const tablesBefore = await tables(upgraded);
    const metaBefore = await upgraded.db.all(sql`SELECT * FROM meta ORDER BY key`);
    await upgraded.lock();

    await expect(Vault.unlock(folder, PASSPHRASE, { migrations: [...MIGRATIONS, addNotes, failsHalfWay] })).rejects.toThrow(/simulated failure/);

    const after = await Vault.unlock(folder, PASSPHRASE, { migrations: [...MIGRATIONS, addNotes] });
    expect(await after.schemaVersion()).toBe(9000);
    expect(await tables(after)).toEqual(tablesBefore);
    expect(await after.db.all(sql`SELECT * FROM meta ORDER BY key`)).toEqual(metaBefore);
    const columns = await after.db.all<{ name: string }>(sql`SELECT name FROM pragma_table_info('notes')`);
    expect(columns.map((c) => c.name)).toEqual(['id', 'body']);
    expect(await after.db.all(sql`SELECT body FROM notes`)).toEqual([{ body: 'keep me' }]);

    // This build knows only the shipped migrations: the vault is from its future.
    await after.lock();
    await expectAppError(Vault.unlock(folder, PASSPHRASE), 'VAULT_TOO_NEW');
    expect(latestVersion()).toBeLessThan(9000);
  });
});
