/*
 * Export and import of a whole bundle: one case holding BENCH_EXCHANGE_MB (default 1024) MiB of
 * attachments, exported to a partner by the function behind `exports.create` and imported by the
 * one behind `imports.preview` + `imports.apply`, each in a fresh process so that its peak memory
 * is its own. Baselines on the same bytes in the same run: the stock `age` tool encrypting the
 * bundle's tar and decrypting the bundle, and libsodium's raw ChaCha20-Poly1305 over the tar.
 *
 * The fresh processes open the vault with its recovery key (a keyed BLAKE2b, no Argon2id): a
 * passphrase unlock would put Argon2id's 256 MiB into every peak and measure the KDF, not the
 * exchange. The background integrity check that an unlock starts is awaited before the clock starts.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AttachmentStore } from '../src/main/core/attachments/attachments';
import { x25519IdentityString } from '../src/main/core/crypto/age';
import { exportBundle } from '../src/main/core/exchange/export/export-bundle';
import { forgetOrgIdentitySecrets, loadOrgIdentitySecrets } from '../src/main/core/exchange/identity';
import { vaultBundleReader } from '../src/main/core/exchange/import/read';
import { importsFor } from '../src/main/core/exchange/import/registry';
import { CasekeepService } from '../src/main/core/service/service';
import { Vault } from '../src/main/core/vault/vault';
import type { Measured } from './exchange-bench';
import { inFreshProcess, Samples, withTempDir, type BenchContext, type Section } from './section';
import { Table } from './table';

const MiB = 1024 * 1024;
/** The bound on peak memory, whatever the size. */
const PEAK_MEMORY_MB = 150;
/** Attachments are split into files of this size, the last one smaller. */
const FILE_MB = 64;
const APPEND_BYTES = MiB;

const peakMb = (): number => process.resourceUsage().maxRSS / 1024;

interface VaultAccess {
  folder: string;
  recoveryKey: string;
}

async function openQuietly(access: VaultAccess): Promise<Vault> {
  const vault = await Vault.unlockWithRecoveryKey(access.folder, access.recoveryKey);
  // The check an unlock starts in the background would otherwise share the clock with the work.
  await vault.startIntegrityCheck();
  return vault;
}

/** Task: a fresh process that only opens the vault; the floor under the other peaks. */
export async function unlockOnly(input: VaultAccess): Promise<Measured> {
  const start = performance.now();
  const vault = await openQuietly(input);
  const ms = performance.now() - start;
  await vault.lock();
  return { ms, peakMb: peakMb() };
}

/** Task: the export behind `exports.create`, case → bundle for one partner, profile `full`. */
export async function exportTask(input: VaultAccess & { caseId: string; partnerId: string; out: string }): Promise<Measured & { bytes: number; attachments: number }> {
  const vault = await openQuietly(input);
  try {
    const attachments = new AttachmentStore({ db: vault.db, folder: vault.folder, key: vault.keys.attachments, vaultId: vault.id, actor: async () => 'bench' });
    const start = performance.now();
    const result = await exportBundle(
      { vault, attachments, actor: async () => 'bench' },
      { selection: { caseIds: [input.caseId], recordIds: [], all: false }, recipients: [input.partnerId], profile: 'full' },
      { path: input.out, overwrite: true },
    );
    const ms = performance.now() - start;
    if (!result.saved) throw new Error('The export saved nothing.');
    return { ms, peakMb: peakMb(), bytes: result.bytes, attachments: result.attachments };
  } finally {
    await vault.lock();
  }
}

/** Task: the import behind `imports.preview` then `imports.apply` (the signer accepted, as `--yes`). */
export async function importTask(input: VaultAccess & { bundle: string }): Promise<Measured & { attachments: number }> {
  const vault = await openQuietly(input);
  try {
    const imports = importsFor(vault);
    const start = performance.now();
    const preview = await imports.preview(input.bundle, vaultBundleReader(vault.db));
    await imports.apply(preview.token, true);
    const ms = performance.now() - start;
    const { count } = (await vault.db.get<{ count: number }>({ text: 'SELECT count(*) AS count FROM attachments WHERE deleted_at IS NULL', values: [] }))!;
    return { ms, peakMb: peakMb(), attachments: count };
  } finally {
    await vault.lock();
  }
}

function timeCommand(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(performance.now() - start) : reject(new Error(`${command} exited with ${code}`))));
  });
}

function hasAge(): boolean {
  try {
    execFileSync('age', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

interface Seeded {
  sender: VaultAccess;
  receiver: VaultAccess;
  caseId: string;
  partnerId: string;
  /** The receiver's X25519 identity as an age key file, for `age -d`. */
  receiverKeyFile: string;
  files: number;
}

/** The sending vault (one case, its attachments, the receiver in its address book) and the receiving one. */
async function seed(context: BenchContext, dir: string, megabytes: number): Promise<Seeded> {
  const sender = new CasekeepService({ folder: join(dir, 'sender') });
  const receiver = new CasekeepService({ folder: join(dir, 'receiver') });
  try {
    const sent = await sender.call('vault.create', { passphrase: 'bench passphrase of the sender' });
    const received = await receiver.call('vault.create', { passphrase: 'bench passphrase of the receiver' });
    const { card } = await receiver.call('identity.cardText', {});
    const partner = await sender.call('partners.add', { card, name: 'Receiving organisation' });
    const kase = await sender.call('records.create', { kind: 'case', data: { title: 'Bench case with its files' } });

    const vault = sender.vault!;
    const store = new AttachmentStore({ db: vault.db, folder: vault.folder, key: vault.keys.attachments, vaultId: vault.id, actor: async () => 'bench' });
    let files = 0;
    for (let left = megabytes; left > 0; left -= FILE_MB) {
      const size = Math.min(FILE_MB, left) * MiB;
      context.progress(`bundle: seeding attachment ${files + 1} (${megabytes - left + Math.min(FILE_MB, left)}/${megabytes} MiB)`);
      const { uploadId } = await store.begin({ ownerId: kase.id, name: `evidence-${files + 1}.bin`, mime: 'application/octet-stream', size });
      for (let offset = 0; offset < size; offset += APPEND_BYTES) await store.append(uploadId, randomBytes(APPEND_BYTES).toString('base64'));
      await store.finish(uploadId, false);
      files += 1;
    }

    const secrets = await loadOrgIdentitySecrets(receiver.vault!.db);
    const receiverKeyFile = join(dir, 'receiver-key.txt');
    await writeFile(receiverKeyFile, `${x25519IdentityString(secrets.x25519Secret)}\n`, { mode: 0o600 });
    forgetOrgIdentitySecrets(secrets);
    return {
      sender: { folder: join(dir, 'sender'), recoveryKey: sent.recoveryKey },
      receiver: { folder: join(dir, 'receiver'), recoveryKey: received.recoveryKey },
      caseId: kase.id,
      partnerId: partner.id,
      receiverKeyFile,
      files,
    };
  } finally {
    await sender.lock();
    await receiver.lock();
  }
}

async function bundleTable(context: BenchContext, dir: string, megabytes: number): Promise<Table> {
  const seeded = await seed(context, dir, megabytes);
  const self = new URL(import.meta.url);
  const bundle = join(dir, 'bundle.age');
  const tar = join(dir, 'bundle.tar');
  const sealed = join(dir, 'tar.age');
  const recipient = execFileSync('age-keygen', ['-y', seeded.receiverKeyFile], { encoding: 'utf8' }).trim();

  const samples = new Samples();
  const peaks = new Samples();
  let bundleBytes = 0;
  let tarBytes = 0;
  for (let round = 1; round <= context.rounds; round++) {
    const step = (what: string) => context.progress(`bundle: round ${round}/${context.rounds}, ${what}`);
    step('export');
    const exported = await inFreshProcess<Measured & { bytes: number; attachments: number }>(self, 'exportTask', { ...seeded.sender, caseId: seeded.caseId, partnerId: seeded.partnerId, out: bundle });
    if (exported.attachments !== seeded.files) throw new Error(`The export carried ${exported.attachments} of ${seeded.files} attachments.`);
    samples.push('export', exported.ms);
    peaks.push('export', exported.peakMb);
    bundleBytes = exported.bytes;

    step('age -d of the bundle');
    samples.push('age -d', await timeCommand('age', ['-d', '-i', seeded.receiverKeyFile, '-o', tar, bundle]));
    tarBytes = (await stat(tar)).size;
    step('age -r of its tar');
    samples.push('age -r', await timeCommand('age', ['-r', recipient, '-o', sealed, tar]));
    await rm(sealed, { force: true });
    step('raw cipher over the tar');
    samples.push('raw', (await inFreshProcess<Measured>(new URL('./exchange-bench.ts', import.meta.url), 'rawCipher', { file: tar })).ms);
    await rm(tar, { force: true });

    // Each import gets a copy of the receiving vault as it was before any import: a second
    // import of the same bundle would change nothing and store no file.
    const copy = join(dir, `receiver-${round}`);
    await cp(seeded.receiver.folder, copy, { recursive: true });
    step('import');
    const imported = await inFreshProcess<Measured & { attachments: number }>(self, 'importTask', { folder: copy, recoveryKey: seeded.receiver.recoveryKey, bundle });
    if (imported.attachments !== seeded.files) throw new Error(`The import stored ${imported.attachments} of ${seeded.files} attachments.`);
    samples.push('import', imported.ms);
    peaks.push('import', imported.peakMb);
    await rm(copy, { recursive: true, force: true });
  }
  const floor = await inFreshProcess<Measured>(self, 'unlockOnly', seeded.sender);
  await rm(bundle, { force: true });

  const seconds = (name: string) => samples.median(name) / 1000;
  const all = (name: string) => samples.all(name).map((ms) => ms / 1000);
  const RAW = 'libsodium ChaCha20-Poly1305, raw (the tar, 64 KiB chunks)';
  const table = new Table(`Bundle export and import, one case with ${megabytes.toLocaleString('en')} MiB in ${seeded.files} attachment${seeded.files === 1 ? '' : 's'}`);
  table.add({ name: RAW, value: seconds('raw'), unit: 's', samples: all('raw') });
  table.add({ name: 'age -r (the bundle’s tar)', value: seconds('age -r'), unit: 's', samples: all('age -r') });
  table.add({ name: 'age -d (the bundle)', value: seconds('age -d'), unit: 's', samples: all('age -d') });
  // Speed ≥ 80% of the raw cipher's means time ≤ 1.25× the raw cipher's.
  table.add({ name: 'export (exports.create’s function)', value: seconds('export'), unit: 's', samples: all('export'), vs: RAW, target: 1.25 });
  table.add({ name: 'import (imports.preview + apply)', value: seconds('import'), unit: 's', samples: all('import'), vs: RAW, target: 1.25 });
  table.compare('export ÷ age -r', 'export (exports.create’s function)', 'age -r (the bundle’s tar)');
  table.compare('import ÷ age -d', 'import (imports.preview + apply)', 'age -d (the bundle)');
  table.add({ name: 'peak memory, export process', value: Math.max(...peaks.all('export')), unit: 'MB', target: PEAK_MEMORY_MB });
  table.add({ name: 'peak memory, import process', value: Math.max(...peaks.all('import')), unit: 'MB', target: PEAK_MEMORY_MB });
  table.add({ name: 'peak memory, a process that only opens the vault', value: floor.peakMb, unit: 'MB' });
  const rate = (name: string) => (tarBytes / MiB / seconds(name)).toFixed(0);
  table.note(`bundle ${(bundleBytes / MiB).toFixed(1)} MiB, its tar ${(tarBytes / MiB).toFixed(1)} MiB; MiB/s of the tar: raw ${rate('raw')}, export ${rate('export')}, import ${rate('import')}, age -r ${rate('age -r')}, age -d ${rate('age -d')}`);
  table.note('export: read + decrypt each attachment from the vault, SHA-256, tar, sign, age-encrypt, write; import: age-decrypt, verify every hash and the signature, re-encrypt each file for the vault, apply.');
  table.note('peak memory is process.resourceUsage().maxRSS of the whole fresh process (Node, tsx, libsodium and SQLCipher loaded), the vault opened with its recovery key.');
  return table;
}

export const bundleSection: Section = {
  name: 'bundle',
  summary: 'export and import of a case with BENCH_EXCHANGE_MB (1024) MiB of attachments vs age and the raw cipher; peak memory',
  async run(context) {
    if (!hasAge()) {
      context.progress('bundle: the age tool is not installed (apt-get install age); section skipped');
      return;
    }
    const megabytes = Number(process.env.BENCH_EXCHANGE_MB ?? 1024);
    if (!Number.isInteger(megabytes) || megabytes < 1) throw new Error('BENCH_EXCHANGE_MB must be a whole number of MiB');
    await withTempDir('bundle', async (dir) => {
      context.report(await bundleTable(context, dir, megabytes));
    });
  },
};
