import { mkdir, readdir, readFile, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../../src/main/core/backup';
import { CasekeepService } from '../../../src/main/core/service/service';
import { failure } from '../../helpers/contract-calls';
import { attach, openOf, PASSPHRASE, vaultService } from '../../helpers/backup-vault';
import { snapshotFiles, tempFolder } from '../../helpers/temp';

let source: CasekeepService;
let caseId: string;
let backupFolder: string;

beforeAll(async () => {
  ({ service: source } = await vaultService());
  caseId = (await source.call('records.create', { kind: 'case', data: { title: 'Restored in the window' } })).id;
  await attach(source, caseId);
  backupFolder = await tempFolder('casekeep-restore-service-backup-');
  await createBackup(openOf(source), backupFolder);
});
afterAll(() => source.lock());

/** A service on a fresh app folder whose folder dialog answers `answer`, and what it reported. */
async function freshService(answer: () => string | null, existing = true) {
  const parent = await tempFolder('casekeep-restore-service-');
  const folder = join(parent, 'vault');
  if (existing) await mkdir(folder);
  const asked: string[] = [];
  const progress: number[] = [];
  const service = new CasekeepService({
    folder,
    chooseFolder: async (purpose) => {
      asked.push(purpose ?? 'backup');
      return answer();
    },
    onProgress: (event) => {
      if (event.method === 'vault.restore') progress.push(event.done);
    },
  });
  return { service, folder, parent, asked, progress };
}

describe('restore from the window (docs/security.md S20)', () => {
  it('restores a backup into an empty app folder, locked, with its records and attachments', async () => {
    const { service, folder, asked, progress } = await freshService(() => backupFolder);
    expect((await service.call('vault.status', {})).state).toBe('absent');
    const restored = await service.call('vault.restore', { passphrase: PASSPHRASE });
    if ('cancelled' in restored) throw new Error('expected a restore');
    expect(restored.attachments).toBe(1);
    expect(asked).toEqual(['restore']);
    expect(progress.length).toBeGreaterThan(0);
    expect(await readdir(dirname(folder))).toEqual(['vault']);
    expect((await service.call('vault.status', {})).state).toBe('locked');
    await service.call('vault.unlock', { passphrase: PASSPHRASE });
    try {
      expect((await service.call('records.get', { id: caseId })).data).toMatchObject({ title: 'Restored in the window' });
      expect(await service.call('attachments.list', { ownerId: caseId })).toHaveLength(1);
    } finally {
      await service.lock();
    }
  });

  it('restores where the app folder does not exist yet', async () => {
    const { service } = await freshService(() => backupFolder, false);
    expect(await service.call('vault.restore', { passphrase: PASSPHRASE })).toMatchObject({ attachments: 1 });
    expect((await service.call('vault.status', {})).state).toBe('locked');
  });

  it('a second restore is refused with VAULT_EXISTS before any dialog, and the vault is unchanged', async () => {
    const { service, folder, asked } = await freshService(() => backupFolder);
    await service.call('vault.restore', { passphrase: PASSPHRASE });
    const before = await snapshotFiles(folder);
    expect((await failure(service, 'vault.restore', { passphrase: PASSPHRASE })).code).toBe('VAULT_EXISTS');
    expect(await snapshotFiles(folder)).toEqual(before);
    expect(await readdir(dirname(folder))).toEqual(['vault']);
    await service.call('vault.unlock', { passphrase: PASSPHRASE });
    try {
      expect((await failure(service, 'vault.restore', { passphrase: PASSPHRASE })).code).toBe('VAULT_EXISTS');
      expect((await service.call('records.get', { id: caseId })).data).toMatchObject({ title: 'Restored in the window' });
    } finally {
      await service.lock();
    }
    expect(asked).toEqual(['restore']);
  });

  it('a folder holding something else is refused, and what it holds is left alone', async () => {
    const { service, folder, asked } = await freshService(() => backupFolder);
    // Vault data without its header: refused before the dialog opens.
    await mkdir(join(folder, 'attachments', 'kept'), { recursive: true });
    expect((await failure(service, 'vault.restore', { passphrase: PASSPHRASE })).code).toBe('VAULT_EXISTS');
    expect(asked).toEqual([]);
    expect(await readdir(join(folder, 'attachments'))).toEqual(['kept']);
    // A file that is no vault data: the status says absent, but the restore still writes nothing over it.
    await rmdir(join(folder, 'attachments', 'kept'));
    await writeFile(join(folder, 'notes.txt'), 'kept');
    expect((await service.call('vault.status', {})).state).toBe('absent');
    expect((await failure(service, 'vault.restore', { passphrase: PASSPHRASE })).code).toBe('VAULT_EXISTS');
    expect(asked).toEqual(['restore']);
    expect((await readdir(folder)).sort()).toEqual(['attachments', 'notes.txt']);
    expect(await readFile(join(folder, 'notes.txt'), 'utf8')).toBe('kept');
    expect(await readdir(dirname(folder))).toEqual(['vault']);
  });

  it('a cancelled dialog changes nothing', async () => {
    const { service, folder } = await freshService(() => null);
    expect(await service.call('vault.restore', { passphrase: PASSPHRASE })).toEqual({ cancelled: true });
    expect(await readdir(folder)).toEqual([]);
    expect(await readdir(dirname(folder))).toEqual(['vault']);
    expect((await service.call('vault.status', {})).state).toBe('absent');
  });

  it('a wrong passphrase is refused and leaves no vault folder behind', async () => {
    const { service, folder } = await freshService(() => backupFolder);
    expect((await failure(service, 'vault.restore', { passphrase: 'not the backup passphrase' })).code).toBe('WRONG_PASSPHRASE');
    expect(await readdir(folder)).toEqual([]);
    expect(await readdir(dirname(folder))).toEqual(['vault']);
    expect((await service.call('vault.status', {})).state).toBe('absent');
  });

  it('a folder that is no backup is BACKUP_INVALID; the input is bounded as an unlock is', async () => {
    const elsewhere = await tempFolder('casekeep-restore-service-not-a-backup-');
    const { service, folder } = await freshService(() => elsewhere);
    expect((await failure(service, 'vault.restore', { passphrase: PASSPHRASE })).code).toBe('BACKUP_INVALID');
    for (const input of [{}, { passphrase: '' }, { passphrase: 'x'.repeat(1025) }, { passphrase: PASSPHRASE, folder: backupFolder }]) {
      expect((await failure(service, 'vault.restore', input)).code).toBe('VALIDATION_FAILED');
    }
    expect(await readdir(dirname(folder))).toEqual(['vault']);
  });

  it('a host without a folder dialog refuses a restore from the page', async () => {
    const bare = new CasekeepService({ folder: join(await tempFolder(), 'vault') });
    expect((await failure(bare, 'vault.restore', { passphrase: PASSPHRASE })).code).toBe('VALIDATION_FAILED');
  });
});
