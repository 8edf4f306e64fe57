import { readFile, writeFile, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from '../../../src/main/core/db/sql';
import { HEADER_FILE } from '../../../src/main/core/vault/header';
import { DATABASE_FILE, Vault } from '../../../src/main/core/vault/vault';
import { expectAppError } from '../../helpers/expect-error';
import { snapshotFiles, tempFolder } from '../../helpers/temp';

const PASSPHRASE = 'river stones under snow';

async function writeAndRead(vault: Vault, value: string): Promise<string | undefined> {
  await vault.db.run(sql`INSERT OR REPLACE INTO meta (key, value) VALUES ('probe', ${value})`);
  return (await vault.db.get<{ value: string }>(sql`SELECT value FROM meta WHERE key = 'probe'`))?.value;
}

describe('vault lifecycle', () => {
  it('creates, locks, unlocks with the passphrase and keeps what was written', async () => {
    const folder = await tempFolder();
    const { vault, recoveryKey } = await Vault.create(folder, PASSPHRASE);
    expect(recoveryKey).toMatch(/^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/);
    expect(await writeAndRead(vault, 'kept')).toBe('kept');
    await vault.lock();
    expect(vault.isOpen).toBe(false);
    expect(() => vault.db).toThrow(/locked/);

    const again = await Vault.unlock(folder, PASSPHRASE);
    expect(again.id).toBe(vault.id);
    expect((await again.db.get<{ value: string }>(sql`SELECT value FROM meta WHERE key = 'probe'`))?.value).toBe('kept');
    expect(await again.schemaVersion()).toBeGreaterThan(0);
    await again.lock();
  });

  it('refuses a wrong passphrase with WRONG_PASSPHRASE', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE);
    await vault.lock();
    await expectAppError(Vault.unlock(folder, 'river stones under snow!'), 'WRONG_PASSPHRASE');
  });

  it('opens with the recovery key as typed by hand, and refuses a typo or another vault\'s key', async () => {
    const folder = await tempFolder();
    const other = await tempFolder();
    const { vault, recoveryKey } = await Vault.create(folder, PASSPHRASE);
    await writeAndRead(vault, 'before recovery');
    await vault.lock();
    const { vault: otherVault, recoveryKey: otherKey } = await Vault.create(other, PASSPHRASE);
    await otherVault.lock();

    const typed = ` ${recoveryKey.toLowerCase().replace(/-/g, ' ')} `;
    const recovered = await Vault.unlockWithRecoveryKey(folder, typed);
    expect((await recovered.db.get<{ value: string }>(sql`SELECT value FROM meta WHERE key = 'probe'`))?.value).toBe('before recovery');
    await recovered.setPassphrase('a brand new passphrase');
    await recovered.lock();
    await Vault.unlock(folder, 'a brand new passphrase').then((v) => v.lock());
    await expectAppError(Vault.unlock(folder, PASSPHRASE), 'WRONG_PASSPHRASE');

    const typo = recoveryKey.slice(0, 5) + (recoveryKey[5] === 'A' ? 'B' : 'A') + recoveryKey.slice(6);
    await expectAppError(Vault.unlockWithRecoveryKey(folder, typo), 'WRONG_RECOVERY_KEY');
    await expectAppError(Vault.unlockWithRecoveryKey(folder, otherKey), 'WRONG_RECOVERY_KEY');
  });

  it('changes the passphrase by rewrapping the key, without rewriting the database', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE);
    await vault.lock();
    const reopened = await Vault.unlock(folder, PASSPHRASE);
    const dbBefore = await readFile(join(folder, DATABASE_FILE));
    await expectAppError(reopened.changePassphrase('not the passphrase', 'another passphrase here'), 'WRONG_PASSPHRASE');
    await reopened.changePassphrase(PASSPHRASE, 'another passphrase here');
    expect((await readFile(join(folder, DATABASE_FILE))).equals(dbBefore)).toBe(true);
    await reopened.lock();

    await expectAppError(Vault.unlock(folder, PASSPHRASE), 'WRONG_PASSPHRASE');
    const withNew = await Vault.unlock(folder, 'another passphrase here');
    await withNew.lock();
  });

  it('says VAULT_NOT_FOUND for an empty folder and VAULT_EXISTS when creating over a vault', async () => {
    const folder = await tempFolder();
    await expectAppError(Vault.unlock(folder, PASSPHRASE), 'VAULT_NOT_FOUND');
    await expectAppError(Vault.unlock(join(folder, 'missing'), PASSPHRASE), 'VAULT_NOT_FOUND');
    const { vault } = await Vault.create(folder, PASSPHRASE);
    await vault.lock();
    const before = await snapshotFiles(folder);
    await expectAppError(Vault.create(folder, 'some other passphrase'), 'VAULT_EXISTS');
    expect(await snapshotFiles(folder)).toEqual(before);
  });
});

describe('damaged vaults', () => {
  async function lockedVault(): Promise<string> {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE);
    await writeAndRead(vault, 'precious');
    await vault.lock();
    return folder;
  }

  it('reports a header that is not JSON, or not a header, as VAULT_CORRUPT and leaves the files alone', async () => {
    const folder = await lockedVault();
    for (const damage of ['{"format": "casekeep-vault", "vers', '{"format":"casekeep-vault","version":1}', '\u0000\u0001garbage']) {
      await writeFile(join(folder, HEADER_FILE), damage);
      const before = await snapshotFiles(folder);
      await expectAppError(Vault.unlock(folder, PASSPHRASE), 'VAULT_CORRUPT');
      expect(await snapshotFiles(folder)).toEqual(before);
    }
  });

  it('refuses a header written by a newer version with VAULT_TOO_NEW', async () => {
    const folder = await lockedVault();
    const header = JSON.parse(await readFile(join(folder, HEADER_FILE), 'utf8'));
    await writeFile(join(folder, HEADER_FILE), JSON.stringify({ ...header, version: 2 }));
    await expectAppError(Vault.unlock(folder, PASSPHRASE), 'VAULT_TOO_NEW');
  });

  it('treats a garbage database with the right passphrase as VAULT_CORRUPT and never recreates it', async () => {
    const folder = await lockedVault();
    const garbage = Buffer.alloc(64 * 1024, 0x5a);
    await writeFile(join(folder, DATABASE_FILE), garbage);
    const before = await snapshotFiles(folder);
    await expectAppError(Vault.unlock(folder, PASSPHRASE), 'VAULT_CORRUPT');
    expect(await snapshotFiles(folder)).toEqual(before);
  });

  it('treats a missing database as VAULT_CORRUPT and creates no new one', async () => {
    const folder = await lockedVault();
    await unlink(join(folder, DATABASE_FILE));
    await rm(join(folder, `${DATABASE_FILE}-wal`), { force: true });
    await expectAppError(Vault.unlock(folder, PASSPHRASE), 'VAULT_CORRUPT');
    expect([...(await snapshotFiles(folder)).keys()].map((path) => path.slice(folder.length + 1))).toEqual([HEADER_FILE]);
  });
});
