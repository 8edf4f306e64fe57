import { mkdir, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENTS_FOLDER } from '../../../src/main/core/attachments/attachments';
import type { Migration } from '../../../src/main/core/db/migrations';
import { CasekeepService } from '../../../src/main/core/service/service';
import { HEADER_FILE } from '../../../src/main/core/vault/header';
import { DATABASE_FILE, Vault } from '../../../src/main/core/vault/vault';
import { expectAppError } from '../../helpers/expect-error';
import { hashFiles } from '../../helpers/hash-files';
import { tempFolder } from '../../helpers/temp';
import { addCaseWithAttachment } from '../../helpers/vault-content';

// docs/security.md S35: nothing deletes or overwrites a database, header or attachment it found.
const PASSPHRASE = 'a header gone missing';

let folder: string;
let recoveryKey: string;

beforeAll(async () => {
  folder = await tempFolder();
  const service = new CasekeepService({ folder });
  ({ recoveryKey } = await service.call('vault.create', { passphrase: PASSPHRASE }));
  await addCaseWithAttachment(service);
  await service.lock();
  expect((await readdir(join(folder, ATTACHMENTS_FOLDER))).length).toBeGreaterThan(0);
});

describe('S35 a folder with data but no header', () => {
  it('is reported as corrupt, and create, unlock and recover leave every file byte-identical', async () => {
    await unlink(join(folder, HEADER_FILE));
    const before = await hashFiles(folder);
    expect(Object.keys(before)).toContain(DATABASE_FILE);
    const service = new CasekeepService({ folder });
    expect(await service.call('vault.status', {})).toEqual({ state: 'corrupt' });
    for (const [method, input] of [
      ['vault.create', { passphrase: 'a brand new passphrase' }],
      ['vault.unlock', { passphrase: PASSPHRASE }],
      ['vault.recover', { recoveryKey, newPassphrase: 'a brand new passphrase' }],
    ] as const) {
      const result = await service.invoke(method, input);
      expect(result.ok ? 'ok' : result.error.code, method).toBe('VAULT_CORRUPT');
      if (!result.ok) expect(result.error.message).toMatch(/header is missing/);
      expect(await hashFiles(folder), method).toEqual(before);
    }
    expect(service.isUnlocked).toBe(false);
  });

  it('refuses to create over any one kind of leftover: a database, a WAL, a journal or attachments alone', async () => {
    for (const leftover of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, `${DATABASE_FILE}-journal`, `${ATTACHMENTS_FOLDER}/blob`]) {
      const other = await tempFolder();
      await mkdir(join(other, ATTACHMENTS_FOLDER));
      await writeFile(join(other, leftover), 'someone\'s only copy');
      const before = await hashFiles(other);
      await expectAppError(Vault.create(other, 'a brand new passphrase'), 'VAULT_CORRUPT');
      await expectAppError(Vault.unlock(other, PASSPHRASE), 'VAULT_CORRUPT');
      expect(await hashFiles(other), leftover).toEqual(before);
      expect(await new CasekeepService({ folder: other }).call('vault.status', {})).toEqual({ state: 'corrupt' });
    }
  });

  it('still creates in an empty folder or one with an empty attachments folder', async () => {
    const other = await tempFolder();
    await mkdir(join(other, ATTACHMENTS_FOLDER));
    expect(await new CasekeepService({ folder: other }).call('vault.status', {})).toEqual({ state: 'absent' });
    await rm(join(other, ATTACHMENTS_FOLDER), { recursive: true });
  });

  it('removes only the files a failed create made itself, and nothing that was there before', async () => {
    const other = await tempFolder();
    await writeFile(join(other, 'notes.txt'), 'not ours, but in the folder');
    const before = await hashFiles(other);
    const failing: Migration = { version: 1, name: 'fails', up: async () => Promise.reject(new Error('disk full')) };
    await expect(Vault.create(other, 'a brand new passphrase', { migrations: [failing] })).rejects.toThrow();
    expect(await hashFiles(other)).toEqual(before);
  });
});
