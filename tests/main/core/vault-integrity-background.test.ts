import { open, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CIPHER_PAGE_SIZE } from '../../../src/main/core/db/database';
import { sql } from '../../../src/main/core/db/sql';
import { CasekeepService } from '../../../src/main/core/service/service';
import { DATABASE_FILE, Vault } from '../../../src/main/core/vault/vault';
import { tempFolder } from '../../helpers/temp';

// docs/security.md S14: unlock stays constant-time; the full checks run after it, in the background.
const PASSPHRASE = 'checked in the background';

let folder: string;
let recoveryKey: string;

async function fill(vault: Vault, rows: number): Promise<void> {
  await vault.db.transaction(async (tx) => {
    for (let i = 0; i < rows; i++) await tx.run(sql`INSERT INTO meta (key, value) VALUES (${`row-${i}`}, ${`filler ${i} `.repeat(60)})`);
  });
}

/** Open file descriptors of this process on the vault's database, on Linux. */
async function openDatabaseFiles(path: string): Promise<number> {
  const fds = await readdir('/proc/self/fd').catch(() => []);
  let count = 0;
  for (const fd of fds) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => '');
    if (target.startsWith(path)) count += 1;
  }
  return count;
}

beforeAll(async () => {
  folder = await tempFolder();
  const created = await Vault.create(folder, PASSPHRASE);
  recoveryKey = created.recoveryKey;
  await fill(created.vault, 600);
  await created.vault.lock();
});

describe('S14 the background integrity check', () => {
  it('reports ok for a sound vault, and lock stops a check still running and leaves no connection open', async () => {
    const service = new CasekeepService({ folder });
    const status = await service.call('vault.unlock', { passphrase: PASSPHRASE });
    expect(['checking', 'ok']).toContain(status.integrity);
    expect(await service.vault!.whenChecked()).toMatchObject({ ok: true, pages: [] });
    expect((await service.call('vault.status', {})).integrity).toBe('ok');
    await service.lock();

    // Lock right after unlock: the check, on its own connection, is stopped and closed first.
    const vault = await Vault.unlockWithRecoveryKey(folder, recoveryKey);
    const keys = vault.keys;
    await vault.lock();
    if (process.platform === 'linux') expect(await openDatabaseFiles(join(folder, DATABASE_FILE))).toBe(0);
    expect(keys.isDisposed).toBe(true);
    expect(await vault.whenChecked().then((report) => report === null || report.ok)).toBe(true);
  });

  it('finds a flipped byte in a middle page after unlock: tells the host, reports the pages, refuses writes, keeps reads', async () => {
    const path = join(folder, DATABASE_FILE);
    const pages = (await readFile(path)).length / CIPHER_PAGE_SIZE;
    const target = Math.floor(pages / 2);
    const handle = await open(path, 'r+');
    const offset = (target - 1) * CIPHER_PAGE_SIZE + 700;
    const byte = Buffer.alloc(1);
    await handle.read(byte, 0, 1, offset);
    byte[0] = byte[0]! ^ 0x10;
    await handle.write(byte, 0, 1, offset);
    await handle.close();

    const told: number[][] = [];
    const service = new CasekeepService({ folder, onDamaged: (damaged) => told.push(damaged) });
    // Unlock succeeds: it reads page 1 and the schema only.
    expect((await service.call('vault.unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    const report = await service.vault!.whenChecked();
    expect(report?.pages).toContain(target);
    expect(told).toEqual([report!.pages]);
    expect(await service.call('vault.status', {})).toMatchObject({ state: 'unlocked', integrity: 'damaged', damagedPages: report!.pages });

    const write = await service.invoke('records.create', { kind: 'case', data: { title: 'after the damage' } });
    expect(write.ok ? 'ok' : write.error.code).toBe('VAULT_CORRUPT');
    expect(write.ok ? undefined : write.error.details?.pages).toContain(target);
    const read = await service.invoke('settings.get', {});
    expect(read.ok).toBe(true);
    await service.lock();
    expect(await service.call('vault.status', {})).toEqual({ state: 'locked' });
  });
});
