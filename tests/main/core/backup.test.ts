import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, listSnapshots, layoutIn, restoreBackup, type BackupStep, type RestoreStep } from '../../../src/main/core/backup';
import { verifySnapshot } from '../../../src/main/core/backup/snapshot';
import { verifyAudit } from '../../../src/main/core/store/audit-log';
import type { CasekeepService } from '../../../src/main/core/service/service';
import { Vault } from '../../../src/main/core/vault/vault';
import { AppError } from '../../../src/shared/errors';
import { attach, openOf, PASSPHRASE, recordRows, vaultService } from '../../helpers/backup-vault';
import { snapshotFiles, tempFolder } from '../../helpers/temp';

let service: CasekeepService;
let recoveryKey: string;
let caseId: string;
let out: string;

beforeAll(async () => {
  ({ service, recoveryKey } = await vaultService());
  caseId = (await service.call('records.create', { kind: 'case', data: { title: 'Backed up' } })).id;
  await attach(service, caseId);
  out = await tempFolder('casekeep-backup-out-');
});
afterAll(() => service.lock());

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

async function restoreAndOpen(from: string, secret: { passphrase: string } | { recoveryKey: string; newPassphrase: string } = { passphrase: PASSPHRASE }) {
  const target = join(await tempFolder('casekeep-restore-'), 'vault');
  await restoreBackup(from, target, { secret });
  const restored = await Vault.unlock(target, 'passphrase' in secret ? secret.passphrase : secret.newPassphrase);
  return { target, restored };
}

describe('backup and restore (docs/security.md S20)', () => {
  it('backs up during writes, restores, and the records, both integrity checks and the audit chain agree', async () => {
    const vault = openOf(service);
    const before = (await recordRows(vault)).size;
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await service.call('records.create', { kind: 'person', data: { caseIds: [caseId], names: [{ value: `Person ${written}`, script: 'Latn' }] } });
        written += 1;
      }
    })();
    const atLeast = async (n: number) => {
      // A failed write ends the loop: the race below then reports it instead of waiting forever.
      while (written < n) await Promise.race([writer, new Promise((resolve) => setTimeout(resolve, 5))]);
    };
    // Give the writer a head start so that the snapshot lands in the middle of the loop.
    await atLeast(5);
    const result = await createBackup(vault, out);
    await atLeast(written + 5);
    writing = false;
    await writer;

    const source = await recordRows(vault);
    const { restored } = await restoreAndOpen(result.snapshot);
    try {
      const copy = await recordRows(restored);
      // A consistent snapshot: some prefix of the loop, each record exactly as written.
      expect(copy.size).toBeGreaterThan(before);
      expect(copy.size).toBeLessThan(source.size);
      for (const [id, row] of copy) expect(row).toEqual(source.get(id));
      const integrity = await restored.checkIntegrity();
      expect(integrity).toMatchObject({ ok: true, problems: [] });
      expect((await verifyAudit(restored.db)).ok).toBe(true);
      expect(await restored.schemaVersion()).toBe(await vault.schemaVersion());
    } finally {
      await restored.lock();
    }
  });

  it('a second backup to the same place copies only the attachments that are new', async () => {
    const vault = openOf(service);
    const place = await tempFolder('casekeep-backup-incremental-');
    const first = await createBackup(vault, place);
    expect(first.newAttachments).toBe(first.attachments);
    await attach(service, caseId);
    const second = await createBackup(vault, place);
    expect(second.attachments).toBe(first.attachments + 1);
    expect(second.newAttachments).toBe(1);
    expect(await readdir(layoutIn(place).blobs)).toHaveLength(second.attachments);
    expect(await listSnapshots(layoutIn(place))).toEqual([second.snapshot, first.snapshot]);
  });

  it('a restored vault opens with the passphrase, and with the recovery key and a new passphrase', async () => {
    const { snapshot } = await createBackup(openOf(service), out);
    const withPassphrase = await restoreAndOpen(snapshot);
    expect(withPassphrase.restored.id).toBe(openOf(service).id);
    await withPassphrase.restored.lock();

    const next = 'a new passphrase after recovery';
    const withKey = await restoreAndOpen(snapshot, { recoveryKey, newPassphrase: next });
    expect(withKey.restored.id).toBe(openOf(service).id);
    await withKey.restored.lock();
    // The recovery key still opens the restored vault too.
    (await Vault.unlockWithRecoveryKey(withKey.target, recoveryKey)).lock();
  });

  it('restores the newest finished backup of a chosen folder, and refuses an existing target', async () => {
    const { snapshot } = await createBackup(openOf(service), out);
    const target = join(await tempFolder('casekeep-restore-'), 'vault');
    const result = await restoreBackup(out, target, { secret: { passphrase: PASSPHRASE } });
    expect(result.backupCreatedAt).toBe(JSON.parse(await readFile(join(snapshot, 'manifest.json'), 'utf8')).createdAt);
    const existing = await tempFolder('casekeep-restore-existing-');
    const error = await refusal(restoreBackup(out, existing, { secret: { passphrase: PASSPHRASE } }));
    expect(error.code).toBe('VAULT_EXISTS');
    expect(await readdir(existing)).toEqual([]);
  });
});

describe('a failure at each step of a backup (docs/security.md S19)', () => {
  const steps: BackupStep[] = ['started', 'snapshot', 'header', 'attachment', 'verified', 'manifest'];

  it.each(steps)('a failure after the step %s leaves the older backup intact and nothing that looks like a backup', async (failAt) => {
    const vault = openOf(service);
    const place = await tempFolder('casekeep-backup-fail-');
    const good = await createBackup(vault, place);
    const goodFiles = await snapshotFiles(good.snapshot);
    await attach(service, caseId);
    const crashed = join(layoutIn(place).snapshots, '.unfinished-crashed');
    const error = await refusal(
      createBackup(vault, place, {
        onStep: async (step, unfinished) => {
          if (step !== failAt) return;
          // What a power cut would leave: the unfinished folder as it stands now.
          await cp(unfinished, crashed, { recursive: true });
          throw new AppError('IO_FAILED', `injected at ${step}`);
        },
      }),
    );
    expect(error.message).toBe(`injected at ${failAt}`);
    expect(await listSnapshots(layoutIn(place))).toEqual([good.snapshot]);
    expect(await snapshotFiles(good.snapshot)).toEqual(goodFiles);
    // The failed run cleaned up after itself; only the simulated crash's copy is left.
    expect((await readdir(layoutIn(place).snapshots)).sort()).toEqual(['.unfinished-crashed', basename(good.snapshot)].sort());
    const refused = await refusal(restoreBackup(crashed, join(await tempFolder(), 'vault'), { secret: { passphrase: PASSPHRASE } }));
    expect(refused.code).toBe('BACKUP_INVALID');
    // The chosen folder still restores, to the good backup.
    const target = join(await tempFolder('casekeep-restore-'), 'vault');
    const restored = await restoreBackup(place, target, { secret: { passphrase: PASSPHRASE } });
    expect(restored.backupCreatedAt).toBe(good.createdAt);
  });
});

describe('a failure at each step of a restore', () => {
  const steps: RestoreStep[] = ['started', 'files', 'attachment', 'opened', 'verified', 'closed'];
  let snapshot: string;
  beforeAll(async () => {
    ({ snapshot } = await createBackup(openOf(service), out));
  });

  it.each(steps)('a failure after the step %s leaves no target folder and nothing beside it', async (failAt) => {
    const parent = await tempFolder('casekeep-restore-fail-');
    const target = join(parent, 'vault');
    const error = await refusal(
      restoreBackup(snapshot, target, {
        secret: { passphrase: PASSPHRASE },
        onStep: (step) => {
          if (step === failAt) throw new AppError('IO_FAILED', `injected at ${step}`);
        },
      }),
    );
    expect(error.message).toBe(`injected at ${failAt}`);
    expect(await readdir(parent)).toEqual([]);
  });
});

describe('a tampered backup is refused with BACKUP_INVALID and nothing is restored', () => {
  async function tamperedCopy(change: (snapshot: string, blobs: string) => Promise<void>): Promise<string> {
    const { snapshot } = await createBackup(openOf(service), out);
    const place = await tempFolder('casekeep-backup-tampered-');
    await cp(dirname(dirname(snapshot)), join(place, 'casekeep-backups'), { recursive: true });
    const copy = join(layoutIn(place).snapshots, basename(snapshot));
    await change(copy, layoutIn(place).blobs);
    return copy;
  }

  async function flip(path: string, at: (size: number) => number): Promise<void> {
    const bytes = await readFile(path);
    const offset = at(bytes.length);
    bytes[offset] = bytes[offset]! ^ 0x01;
    await writeFile(path, bytes);
  }

  async function manifestOf(snapshot: string) {
    return JSON.parse(await readFile(join(snapshot, 'manifest.json'), 'utf8')) as { createdAt: string; attachments: Array<{ sha256: string }>; files: Array<{ name: string; sha256: string }> };
  }

  const cases: Array<[string, string, (snapshot: string, blobs: string) => Promise<void>]> = [
    ['a changed byte in the database snapshot', 'file-hash', (snapshot) => flip(join(snapshot, 'casekeep.db'), (size) => Math.floor(size / 2))],
    ['a changed byte in the vault header', 'file-hash', (snapshot) => flip(join(snapshot, 'vault.json'), (size) => size - 3)],
    ['a changed byte in a blob', 'blob-hash', async (snapshot, blobs) => flip(join(blobs, (await manifestOf(snapshot)).attachments[0]!.sha256), (size) => size - 1)],
    [
      'a missing blob',
      'blob-missing',
      async (snapshot, blobs) => {
        const { rm } = await import('node:fs/promises');
        await rm(join(blobs, (await manifestOf(snapshot)).attachments.at(-1)!.sha256));
      },
    ],
    [
      'a changed date in the manifest',
      'manifest-mac',
      async (snapshot) => {
        const path = join(snapshot, 'manifest.json');
        const text = await readFile(path, 'utf8');
        await writeFile(path, text.replace(/"createdAt": "(\d{4})/, (_m, year: string) => `"createdAt": "${Number(year) - 1}`));
      },
    ],
    ['a manifest that is not JSON', 'manifest-damaged', (snapshot) => flip(join(snapshot, 'manifest.json'), () => 0)],
    [
      'a database and manifest hash swapped for another backup\u2019s database',
      'file-hash',
      async (snapshot) => {
        const other = await createBackup(openOf(service), await tempFolder());
        await cp(join(other.snapshot, 'casekeep.db'), join(snapshot, 'casekeep.db'));
      },
    ],
  ];

  it.each(cases)('%s', async (_what, reason, change) => {
    const copy = await tamperedCopy(change);
    const parent = await tempFolder('casekeep-restore-tampered-');
    const error = await refusal(restoreBackup(copy, join(parent, 'vault'), { secret: { passphrase: PASSPHRASE } }));
    expect(error.code).toBe('BACKUP_INVALID');
    expect(error.details).toMatchObject({ reason });
    expect(await readdir(parent)).toEqual([]);
  });

  it('a snapshot damaged inside is caught by the integrity checks, whatever its hash says', async () => {
    const { snapshot } = await createBackup(openOf(service), out);
    const pageSize = 8192;
    const pages = (await stat(join(snapshot, 'casekeep.db'))).size / pageSize;
    const reasons = new Set<string>();
    // One flipped byte in each page after the first: every one is refused, and the pages that the
    // audit and attachment queries never read are refused by the integrity checks alone.
    for (let page = 1; page < pages; page += 1) {
      const damaged = join(await tempFolder(), 'casekeep.db');
      await cp(join(snapshot, 'casekeep.db'), damaged);
      await flip(damaged, () => page * pageSize + 100);
      const error = await refusal(verifySnapshot(damaged, openOf(service).keys));
      expect(error.code).toBe('BACKUP_INVALID');
      reasons.add(String(error.details?.reason));
    }
    expect(reasons).toContain('database-integrity');
  });
});
