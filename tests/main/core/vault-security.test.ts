import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KDF_FLOOR } from '../../../src/main/core/crypto/kdf';
import { sqlcipherKeyLiteral } from '../../../src/main/core/crypto/keys';
import { loadSodium, runKnownAnswerTest, type Sodium } from '../../../src/main/core/crypto/sodium';
import { CIPHER_PAGE_SIZE } from '../../../src/main/core/db/database';
import { sql } from '../../../src/main/core/db/sql';
import { HEADER_FILE, vaultHeader } from '../../../src/main/core/vault/header';
import { DATABASE_FILE, Vault } from '../../../src/main/core/vault/vault';
import { expectAppError } from '../../helpers/expect-error';
import { filesContaining, sizeOf, snapshotFiles, tempFolder } from '../../helpers/temp';

const PASSPHRASE = 'seven lanterns on the steppe';
const CANARY = 'CANARY-Қарағанды-ثبوت-7f3a9e';

async function fillPages(vault: Vault, rows: number, text: string): Promise<void> {
  await vault.db.transaction(async (tx) => {
    for (let i = 0; i < rows; i++) {
      await tx.run(sql`INSERT INTO meta (key, value) VALUES (${`row-${i}`}, ${`${text} ${i} `.repeat(60)})`);
    }
  });
}

describe('S10 no plaintext on disk', () => {
  it('finds a canary phrase in no file of the vault, while open and after lock, and the database is not plain SQLite', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE);
    await fillPages(vault, 50, CANARY);
    await vault.db.run(sql`UPDATE meta SET value = ${`${CANARY} edited`} WHERE key = 'row-3'`);
    expect(await sizeOf(join(folder, `${DATABASE_FILE}-wal`))).toBeGreaterThan(0);
    expect(await filesContaining(folder, CANARY)).toEqual([]);
    await vault.lock();
    expect(await filesContaining(folder, CANARY)).toEqual([]);
    expect(await filesContaining(folder, 'row-3')).toEqual([]);
    const head = (await readFile(join(folder, DATABASE_FILE))).subarray(0, 16).toString('latin1');
    expect(head.startsWith('SQLite format 3')).toBe(false);
  });
});

describe('S11 SQLCipher is keyed with raw bytes only', () => {
  it('builds the key literal from 32 bytes and refuses anything else', () => {
    const key = new Uint8Array(32).map((_, i) => i);
    expect(sqlcipherKeyLiteral(key)).toBe(`"x'${Buffer.from(key).toString('hex')}'"`);
    expect(sqlcipherKeyLiteral(key)).toMatch(/^"x'[0-9a-f]{64}'"$/);
    for (const bad of ['passphrase', new Uint8Array(31), new Uint8Array(33), Array.from(key), null, `x'${'00'.repeat(32)}'`]) {
      expect(() => sqlcipherKeyLiteral(bad)).toThrow(/32 random bytes/);
    }
  });

  it('runs under SQLCipher: cipher_version answers', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE);
    const row = await vault.db.get<{ cipher_version: string }>(sql`PRAGMA cipher_version`);
    expect(row?.cipher_version).toMatch(/^4\./);
    await vault.lock();
  });
});

describe('S12 Argon2id parameters', () => {
  it('stores parameters at or above the floor of 3 passes and 256 MiB', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE);
    await vault.lock();
    const header = vaultHeader.parse(JSON.parse(await readFile(join(folder, HEADER_FILE), 'utf8')));
    const slot = header.slots.find((s) => s.kind === 'passphrase');
    expect(slot?.kdf).toMatchObject({ alg: 'argon2id13' });
    const kdf = slot!.kdf as { opslimit: number; memlimit: number };
    expect(kdf.opslimit).toBeGreaterThanOrEqual(3);
    expect(kdf.memlimit).toBeGreaterThanOrEqual(256 * 1024 * 1024);
  });

  it('passes the start-up known-answer test and fails a library that computes something else', async () => {
    const sodium = await loadSodium();
    expect(() => runKnownAnswerTest(sodium)).not.toThrow();
    const crypto_pwhash = (length: number, password: string, salt: Uint8Array, ops: number, mem: number, alg: number) => {
      const out = sodium.crypto_pwhash(length, password, salt, ops, mem, alg);
      out[0] = (out[0]! + 1) & 0xff;
      return out;
    };
    const broken = { ...sodium, crypto_pwhash } as unknown as Sodium;
    expect(() => runKnownAnswerTest(broken)).toThrow(/self-test/);
  });

  it('refuses a header whose parameters were lowered below the floor or raised just past the ceiling', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE);
    await vault.lock();
    const original = JSON.parse(await readFile(join(folder, HEADER_FILE), 'utf8'));
    // Literal values, not the constants: raising KDF_CEILING past 1 GiB or 10 passes turns this red.
    const justAbove = [{ opslimit: 3, memlimit: 1024 ** 3 + 1024 }, { opslimit: 11, memlimit: KDF_FLOOR.memlimit }];
    for (const kdf of [{ opslimit: 1, memlimit: KDF_FLOOR.memlimit }, { opslimit: 3, memlimit: 8 * 1024 * 1024 }, ...justAbove]) {
      const header = structuredClone(original);
      Object.assign(header.slots[0].kdf, kdf);
      await writeFile(join(folder, HEADER_FILE), JSON.stringify(header));
      await expectAppError(Vault.unlock(folder, PASSPHRASE), 'VAULT_CORRUPT');
    }
  });
});

describe('S13 a wrong passphrase changes nothing', () => {
  it('leaves every file byte-identical after 20 wrong passphrases', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE);
    await fillPages(vault, 5, 'x');
    await vault.lock();
    const before = await snapshotFiles(folder);
    const attempts = Array.from({ length: 20 }, (_, i) => `${PASSPHRASE} ${i}`);
    // Four at a time: each attempt is a full 256 MiB Argon2id run.
    for (let i = 0; i < attempts.length; i += 4) {
      await Promise.all(attempts.slice(i, i + 4).map((wrong) => expectAppError(Vault.unlock(folder, wrong), 'WRONG_PASSPHRASE')));
    }
    expect(await snapshotFiles(folder)).toEqual(before);
  });

  it('reports a damaged page 1 as VAULT_CORRUPT and writes no new file', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE);
    await fillPages(vault, 20, 'x');
    await vault.lock();
    const handle = await open(join(folder, DATABASE_FILE), 'r+');
    await handle.write(Buffer.from([0xde, 0xad, 0xbe, 0xef]), 0, 4, 100);
    await handle.close();
    const before = await snapshotFiles(folder);
    await expectAppError(Vault.unlock(folder, PASSPHRASE), 'VAULT_CORRUPT');
    expect(await snapshotFiles(folder)).toEqual(before);
  });
});

describe('S14 integrity checks', () => {
  it('unlocks a vault with a flipped byte in a middle page, then the background check names the page and writes stop', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE);
    await fillPages(vault, 200, 'filler');
    expect((await vault.checkIntegrity()).ok).toBe(true);
    await vault.lock();
    const path = join(folder, DATABASE_FILE);
    const pages = (await readFile(path)).length / CIPHER_PAGE_SIZE;
    const target = Math.floor(pages / 2);
    const handle = await open(path, 'r+');
    const offset = (target - 1) * CIPHER_PAGE_SIZE + 500;
    const byte = Buffer.alloc(1);
    await handle.read(byte, 0, 1, offset);
    byte[0] = byte[0]! ^ 0x01;
    await handle.write(byte, 0, 1, offset);
    await handle.close();
    // Unlock stays constant-time: it reads page 1 and the schema, not the middle page.
    const damaged = await Vault.unlock(folder, PASSPHRASE);
    const report = await damaged.whenChecked();
    expect(report?.ok).toBe(false);
    expect(report?.pages).toContain(target);
    expect(damaged.integrity).toEqual({ state: 'damaged', pages: report!.pages });
    const refused = await expectAppError(damaged.db.run(sql`INSERT INTO meta (key, value) VALUES ('after', 'damage')`), 'VAULT_CORRUPT');
    expect(refused.details?.pages).toContain(target);
    expect(await damaged.db.get(sql`SELECT value FROM meta WHERE key = 'vault_id'`)).toBeDefined();
    await damaged.lock();
  });
});

describe('S15 pragmas and the WAL', () => {
  it('reads back each protective pragma and leaves an empty WAL after lock', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE);
    const read = async (pragma: string) => Object.values((await vault.db.get<Record<string, unknown>>({ text: `PRAGMA ${pragma}`, values: [] }))!)[0];
    expect(await read('journal_mode')).toBe('wal');
    expect(await read('synchronous')).toBe(2);
    expect(await read('secure_delete')).toBe(1);
    expect(await read('temp_store')).toBe(2);
    // OFF, SQLCipher's own default since 4.5 (docs/security.md S15): keys are zeroed on lock instead.
    expect(String(await read('cipher_memory_security'))).toBe('0');
    expect(await read('cipher_log_level')).toBe('NONE');
    expect(await read('cipher_page_size')).toBe(String(CIPHER_PAGE_SIZE));
    await fillPages(vault, 30, 'wal');
    expect(await sizeOf(join(folder, `${DATABASE_FILE}-wal`))).toBeGreaterThan(0);
    await vault.lock();
    expect(await sizeOf(join(folder, `${DATABASE_FILE}-wal`)) ?? 0).toBe(0);
  });
});

describe('S16 keys and secrets', () => {
  it('zeroes every key on lock', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE);
    const keys = vault.keys;
    expect(keys.master.some((b) => b !== 0)).toBe(true);
    await vault.lock();
    for (const key of [keys.master, keys.database, keys.attachments, keys.sourceIdentities, keys.headerMac]) {
      expect(key.every((b) => b === 0)).toBe(true);
    }
  });

  it('puts no passphrase in error messages', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE);
    await vault.lock();
    const secret = 'secret-guess-Әлия-1984';
    const error = await expectAppError(Vault.unlock(folder, secret), 'WRONG_PASSPHRASE');
    expect(JSON.stringify({ message: error.message, stack: error.stack, data: error.toData() })).not.toContain(secret);
  });
});
