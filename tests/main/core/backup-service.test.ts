import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reminderDue } from '../../../src/main/core/backup';
import { CasekeepService } from '../../../src/main/core/service/service';
import { auditEntries, failure } from '../../helpers/contract-calls';
import { tempFolder } from '../../helpers/temp';

let service: CasekeepService;
let answer: string | null = null;

beforeAll(async () => {
  service = new CasekeepService({ folder: await tempFolder(), chooseFolder: async () => answer });
  await service.call('vault.create', { passphrase: 'a vault whose backups are reminded' });
});
afterAll(() => service.lock());

describe('backups through the contract', () => {
  it('a cancelled folder dialog backs up nothing; a chosen folder gets a verified backup and ends the reminder', async () => {
    expect(await service.call('backup.status', {})).toEqual({ lastBackupAt: null, reminderDays: 7, due: true });
    answer = null;
    expect(await service.call('backup.create', {})).toEqual({ cancelled: true });
    answer = await tempFolder('casekeep-backup-contract-');
    const created = await service.call('backup.create', {});
    if ('cancelled' in created) throw new Error('expected a backup');
    expect(created.location.startsWith(answer)).toBe(true);
    const status = await service.call('backup.status', {});
    expect(status).toMatchObject({ lastBackupAt: created.createdAt, due: false });
  });

  it('the reminder days are checked, saved and audited', async () => {
    const before = await auditEntries(service);
    expect(await service.call('backup.setReminder', { days: 30 })).toMatchObject({ reminderDays: 30 });
    expect(await auditEntries(service)).toBe(before + 1);
    for (const days of [0, 366, 2.5, '7']) expect((await failure(service, 'backup.setReminder', { days })).code).toBe('VALIDATION_FAILED');
    expect((await failure(service, 'backup.create', { folder: '/tmp' })).code).toBe('VALIDATION_FAILED');
    expect((await service.call('backup.status', {})).reminderDays).toBe(30);
  });

  it('a host without a folder dialog refuses a backup from the page', async () => {
    const bare = new CasekeepService({ folder: await tempFolder() });
    await bare.call('vault.create', { passphrase: 'a vault without a folder dialog' });
    try {
      expect((await failure(bare, 'backup.create', {})).code).toBe('VALIDATION_FAILED');
    } finally {
      await bare.lock();
    }
  });

  it('is due once the last backup is older than the days set', () => {
    const at = '2026-01-01T00:00:00.000Z';
    expect(reminderDue({ lastBackupAt: at, reminderDays: 7 }, new Date('2026-01-07T23:00:00.000Z'))).toBe(false);
    expect(reminderDue({ lastBackupAt: at, reminderDays: 7 }, new Date('2026-01-08T00:00:01.000Z'))).toBe(true);
    expect(reminderDue({ lastBackupAt: null, reminderDays: 7 }, new Date(at))).toBe(true);
  });
});
