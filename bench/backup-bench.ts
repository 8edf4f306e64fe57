/*
 * Backup of a vault with BENCH_TESTIMONIES (default 100,000) seeded testimonies and a few
 * attachments: a full backup into an empty folder, a second (incremental) one into the same folder
 * after one attachment was added, and a restore of that second one, all by the functions behind
 * `casekeep backup` and `casekeep restore`. The vault is seeded once for every round.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AttachmentStore } from '../src/main/core/attachments/attachments';
import { createBackup, restoreBackup, type BackupResult } from '../src/main/core/backup';
import { sql } from '../src/main/core/db/sql';
import { seedVault } from '../tools/seed/seed-vault';
import { Vault } from '../src/main/core/vault/vault';
import { Samples, timeMs, withTempDir, type Section } from './section';
import { Table } from './table';

const PASSPHRASE = 'bench passphrase for backups';
const MiB = 1024 * 1024;
/** Attachments of the seeded vault: what a second backup finds already in the backup folder. */
const ATTACHMENT_FILES = 8;
const ATTACHMENT_MB = 8;

async function addAttachment(store: AttachmentStore, ownerId: string, name: string, megabytes: number): Promise<void> {
  const { uploadId } = await store.begin({ ownerId, name, mime: 'application/octet-stream', size: megabytes * MiB });
  for (let i = 0; i < megabytes; i++) await store.append(uploadId, randomBytes(MiB).toString('base64'));
  await store.finish(uploadId, false);
}

export const backupSection: Section = {
  name: 'backup',
  summary: 'full and incremental backup, and restore, of a vault with BENCH_TESTIMONIES (100,000) testimonies',
  async run(context) {
    const testimonies = Number(process.env.BENCH_TESTIMONIES ?? 100_000);
    if (!Number.isInteger(testimonies) || testimonies < 1) throw new Error('BENCH_TESTIMONIES must be a whole number');
    await withTempDir('backup', async (dir) => {
      const { vault } = await Vault.create(join(dir, 'vault'), PASSPHRASE);
      try {
        const seeded = await seedVault(vault, { testimonies }, (p) => context.progress(`backup: seeding, ${p.testimonies}/${testimonies} testimonies`));
        const store = new AttachmentStore({ db: vault.db, folder: vault.folder, key: vault.keys.attachments, vaultId: vault.id, actor: async () => 'bench' });
        const owner = (await vault.db.get<{ id: string }>(sql`SELECT id FROM records WHERE kind = 'case' LIMIT 1`))!.id;
        context.progress(`backup: ${ATTACHMENT_FILES} attachments of ${ATTACHMENT_MB} MiB`);
        for (let i = 1; i <= ATTACHMENT_FILES; i++) await addAttachment(store, owner, `scan-${i}.bin`, ATTACHMENT_MB);
        const databaseMb = (await vault.db.get<{ bytes: number }>(sql`SELECT page_count * page_size AS bytes FROM pragma_page_count(), pragma_page_size()`))!.bytes / MiB;

        const samples = new Samples();
        let full: BackupResult | undefined;
        let second: BackupResult | undefined;
        for (let round = 1; round <= context.rounds; round++) {
          const step = (what: string) => context.progress(`backup: round ${round}/${context.rounds}, ${what}`);
          const folder = join(dir, `backups-${round}`);
          await mkdir(folder);
          step('full backup');
          samples.push('full', await timeMs(async () => (full = await createBackup(vault, folder))));
          // Something new since the first backup, as between two real ones.
          await addAttachment(store, owner, `new-${round}.bin`, 1);
          step('second backup');
          samples.push('second', await timeMs(async () => (second = await createBackup(vault, folder))));
          const target = join(dir, `restored-${round}`);
          step('restore');
          samples.push('restore', await timeMs(() => restoreBackup(second!.snapshot, target, { secret: { passphrase: PASSPHRASE } })));
          await rm(target, { recursive: true, force: true });
          await rm(folder, { recursive: true, force: true });
        }

        const seconds = (name: string) => samples.median(name) / 1000;
        const all = (name: string) => samples.all(name).map((ms) => ms / 1000);
        const table = new Table(`Backup of ${testimonies.toLocaleString('en')} testimonies (${seeded.records.toLocaleString('en')} records, database ${databaseMb.toFixed(0)} MiB) and ${ATTACHMENT_FILES} × ${ATTACHMENT_MB} MiB of attachments`);
        table.add({ name: 'full backup (empty folder)', value: seconds('full'), unit: 's', samples: all('full') });
        table.add({ name: 'second backup (incremental, one 1 MiB file added)', value: seconds('second'), unit: 's', samples: all('second'), vs: 'full backup (empty folder)' });
        table.add({ name: 'restore of the second backup', value: seconds('restore'), unit: 's', samples: all('restore'), vs: 'full backup (empty folder)' });
        table.note(`bytes written: full ${((full?.bytesWritten ?? 0) / MiB).toFixed(1)} MiB (${full?.newAttachments ?? 0} files copied), second ${((second?.bytesWritten ?? 0) / MiB).toFixed(1)} MiB (${second?.newAttachments ?? 0} copied of ${second?.attachments ?? 0})`);
        table.note('every backup re-exports the whole database and reads back everything it consists of; only attachments already in the folder are skipped. Restore includes Argon2id (256 MiB) and both integrity checks.');
        context.report(table);
      } finally {
        await vault.lock();
      }
    });
  },
};
