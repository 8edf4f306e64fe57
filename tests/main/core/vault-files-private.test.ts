import { execFile } from 'node:child_process';
import { copyFile, open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENTS_FOLDER } from '../../../src/main/core/attachments/attachments';
import { CasekeepService } from '../../../src/main/core/service/service';
import { HEADER_FILE } from '../../../src/main/core/vault/header';
import { DATABASE_FILE } from '../../../src/main/core/vault/vault';
import { sizeOf, tempFolder } from '../../helpers/temp';
import { addCaseWithAttachment } from '../../helpers/vault-content';

// docs/security.md S15: private files, SQLCipher's pragmas, nothing on stderr.
const PASSPHRASE = 'private files and quiet errors';
const run = promisify(execFile);

let folder: string;
let service: CasekeepService;
let databaseKeyHex: string;

beforeAll(async () => {
  folder = await tempFolder();
  service = new CasekeepService({ folder });
  await service.call('vault.create', { passphrase: PASSPHRASE });
  await addCaseWithAttachment(service);
  databaseKeyHex = Buffer.from(service.vault!.keys.database).toString('hex');
});
afterAll(() => service.lock());

const read = async (pragma: string) =>
  Object.values((await service.vault!.db.get<Record<string, unknown>>({ text: `PRAGMA ${pragma}`, values: [] }))!)[0];

describe('S15 the database connection and its files', () => {
  it('reads back each pragma: memory security off, no SQLCipher log, secure delete, memory temp store, WAL, full sync', async () => {
    expect(String(await read('cipher_memory_security'))).toBe('0');
    expect(await read('cipher_log_level')).toBe('NONE');
    expect(await read('secure_delete')).toBe(1);
    expect(await read('temp_store')).toBe(2);
    expect(await read('journal_mode')).toBe('wal');
    expect(await read('synchronous')).toBe(2);
  });

  it('creates the database, its -wal and -shm, the header and the attachments readable by the owner only', async () => {
    await service.call('records.create', { kind: 'case', data: { title: 'Something in the WAL' } });
    const blobs = (await readdir(join(folder, ATTACHMENTS_FOLDER))).map((name) => join(ATTACHMENTS_FOLDER, name));
    expect(blobs.length).toBeGreaterThan(0);
    const files = [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, HEADER_FILE, ...blobs];
    for (const file of files) {
      const mode = (await stat(join(folder, file))).mode & 0o777;
      expect({ file, other: mode & 0o077 }).toEqual({ file, other: 0 });
    }
  });

  it('prints nothing on stderr when a wrong key or a damaged page 1 is refused', async () => {
    const wrongKey = join(folder, 'copy-for-wrong-key.db');
    const damaged = join(folder, 'copy-damaged.db');
    await service.vault!.db.get({ text: 'PRAGMA wal_checkpoint(TRUNCATE)', values: [] });
    await copyFile(join(folder, DATABASE_FILE), wrongKey);
    await copyFile(join(folder, DATABASE_FILE), damaged);
    const handle = await open(damaged, 'r+');
    await handle.write(Buffer.from([0xde, 0xad, 0xbe, 0xef]), 0, 4, 100);
    await handle.close();
    const script = join(__dirname, '../../fixtures/open-damaged-database.ts');
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, wrongKey, damaged, databaseKeyHex], {
      cwd: join(__dirname, '../../..'),
    });
    expect(JSON.parse(stdout)).toEqual({ wrongKey: 'VAULT_CORRUPT', damaged: 'VAULT_CORRUPT' });
    expect(stderr).toBe('');
  });

  it('leaves an empty WAL after lock', async () => {
    const other = new CasekeepService({ folder: await tempFolder() });
    await other.call('vault.create', { passphrase: PASSPHRASE });
    await other.call('records.create', { kind: 'case', data: { title: 'WAL then lock' } });
    const wal = join(other.vault!.folder, `${DATABASE_FILE}-wal`);
    expect(await sizeOf(wal)).toBeGreaterThan(0);
    await other.lock();
    expect((await sizeOf(wal)) ?? 0).toBe(0);
  });
});
