import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { derivePassphraseKey, KDF_DEFAULT, SALT_BYTES } from '../src/main/core/crypto/kdf';
import { loadSodium } from '../src/main/core/crypto/sodium';
import { CIPHER_PAGE_SIZE, Database } from '../src/main/core/db/database';
import { quickCheck } from '../src/main/core/vault/integrity';
import { DATABASE_FILE, Vault } from '../src/main/core/vault/vault';
import { Samples, timeMs, withTempDir, type BenchContext, type Section } from './section';
import { Table } from './table';
import { BATCH_ROWS, INSERTED_ROWS, insertRounds, type InsertVariant } from './vault-inserts';

const PASSPHRASE = 'correct horse battery staple — пароль';
const MiB = 1024 * 1024;

/*
 * derivePassphraseKey's worker taken apart: the same start and libsodium, then Argon2id twice.
 * The first call also grows libsodium's WebAssembly heap to the memory limit; the second finds
 * it grown, which is what a worker started ahead of time (while the passphrase is typed) would pay.
 */
const WORKER_PROBE = `
const { parentPort, workerData } = require('node:worker_threads');
const sodium = require(workerData.sodiumPath);
sodium.ready.then(() => {
  parentPort.postMessage({ ready: true });
  const { opslimit, memlimit } = workerData;
  const salt = sodium.randombytes_buf(16);
  const times = [];
  for (let call = 0; call < 2; call++) {
    const start = performance.now();
    sodium.crypto_pwhash(32, 'bench passphrase', salt, opslimit, memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
    times.push(performance.now() - start);
  }
  parentPort.postMessage({ times });
});
`;
const sodiumPath = createRequire(import.meta.url).resolve('libsodium-wrappers-sumo');

function probeKdfWorker(): Promise<{ start: number; first: number; again: number }> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    let start = 0;
    const worker = new Worker(WORKER_PROBE, { eval: true, workerData: { sodiumPath, ...KDF_DEFAULT } });
    worker.on('message', (message: { ready?: true; times?: [number, number] }) => {
      if (message.ready) start = performance.now() - began;
      const [first, again] = message.times ?? [];
      if (first !== undefined && again !== undefined) void worker.terminate().then(() => resolve({ start, first, again }));
    });
    worker.once('error', reject);
  });
}

async function unlockTable(context: BenchContext): Promise<Table> {
  const samples = new Samples();
  await withTempDir('unlock', async (folder) => {
    const { vault } = await Vault.create(folder, PASSPHRASE);
    await vault.lock();
    const sodium = await loadSodium();
    for (let round = 1; round <= context.rounds; round++) {
      context.progress(`vault: unlock, round ${round}/${context.rounds}`);
      // Interleaved within each round so that a burst of load from elsewhere hits all rows alike.
      let databaseKey = new Uint8Array(0);
      samples.push('unlock', await timeMs(async () => {
        const unlocked = await Vault.unlock(folder, PASSPHRASE);
        databaseKey = Uint8Array.from(unlocked.keys.database);
        await unlocked.lock();
      }));
      const salt = sodium.randombytes_buf(SALT_BYTES);
      samples.push('kdf', await timeMs(() => derivePassphraseKey(PASSPHRASE, salt, KDF_DEFAULT)));
      const probe = await probeKdfWorker();
      samples.push('worker', probe.start);
      samples.push('first', probe.first);
      samples.push('again', probe.again);
      const opening = performance.now();
      const database = await Database.open(join(folder, DATABASE_FILE), databaseKey, { create: false });
      samples.push('open', performance.now() - opening);
      samples.push('check', await timeMs(() => quickCheck(database)));
      await database.close();
      sodium.memzero(databaseKey);
    }
  });
  // All in ms: a ratio column is only meaningful between rows of one unit.
  const row = (name: string, key: string, extra: { vs?: string; target?: number } = {}) => ({
    name,
    value: samples.median(key),
    samples: samples.all(key),
    unit: 'ms',
    ...extra,
  });
  const kdf = `Argon2id ops ${KDF_DEFAULT.opslimit}, ${KDF_DEFAULT.memlimit / MiB} MiB`;
  return new Table(`Vault unlock, empty vault, default parameters (${kdf}) — median of ${context.rounds}`)
    .add(row('Vault.unlock', 'unlock', { target: 1500 }))
    .add(row('  derivePassphraseKey (worker)', 'kdf', { vs: 'Vault.unlock' }))
    .add(row('    worker start + libsodium load', 'worker', { vs: 'Vault.unlock' }))
    .add(row('    Argon2id, 1st call (grows the heap)', 'first', { vs: 'Vault.unlock' }))
    .add(row('    Argon2id, 2nd call (heap grown)', 'again', { vs: 'Vault.unlock' }))
    .add(row('  Database.open (key, pragmas, 1st read)', 'open', { vs: 'Vault.unlock' }))
    .add(row('  quick_check', 'check', { vs: 'Vault.unlock' }))
    .note('Indented rows are parts of Vault.unlock timed on their own; their ratio is their share of it.')
    .note('derivePassphraseKey = a new worker loading libsodium, then one Argon2id call growing a fresh')
    .note('WebAssembly heap to the memory limit (the 1st call). The 2nd call is what a worker started early pays.')
    .note('Unlock also reads the header and runs migrations (nothing to do here): the rest of the total.');
}

/*
 * Each round starts two processes: one for everything that opens the vault's way, one for the
 * unencrypted baselines (see insertRounds for why they never share one).
 */
const ENCRYPTED: InsertVariant[] = ['encrypted-run-row', 'encrypted-run-batch', 'encrypted-runEach-row'];
const BASELINES: InsertVariant[] = ['plain-run-row', 'plain-run-batch', 'plain-prepared-row', 'better-sqlite3-prepared-row'];

async function insertTables(context: BenchContext): Promise<Table[]> {
  const { seconds, sizes, averageRowBytes } = await insertRounds(context, 'vault', [ENCRYPTED, BASELINES]);
  const row = (name: string, key: InsertVariant, extra: { vs?: string; target?: number } = {}) => ({
    name,
    value: seconds.median(key),
    samples: seconds.all(key),
    unit: 's',
    ...extra,
  });
  const BETTER = 'better-sqlite3, prepared, 1 row/run';
  const PLAIN_ROW = 'plain driver, run, 1 row/statement';
  const PLAIN_BATCH = `plain driver, run, ${BATCH_ROWS} rows/statement`;
  const PLAIN_PREPARED = 'plain driver, prepared, 1 row/run';
  const ENC_ROW = 'encrypted, run, 1 row/statement';
  const ENC_BATCH = `encrypted, run, ${BATCH_ROWS} rows/statement`;
  const ENC_EACH = 'encrypted, runEach (prepared), 1 row/run';
  const rows = INSERTED_ROWS.toLocaleString('en');
  const inserts = new Table(`Insert ${rows} testimonies in one transaction — median of ${context.rounds}, seconds`)
    .add(row(BETTER, 'better-sqlite3-prepared-row'))
    .add(row(PLAIN_ROW, 'plain-run-row', { vs: BETTER }))
    .add(row(PLAIN_BATCH, 'plain-run-batch', { vs: BETTER }))
    .add(row(PLAIN_PREPARED, 'plain-prepared-row', { vs: BETTER }))
    .add(row(ENC_ROW, 'encrypted-run-row', { vs: PLAIN_ROW, target: 1.3 }))
    .add(row(ENC_BATCH, 'encrypted-run-batch', { vs: PLAIN_BATCH, target: 1.3 }))
    .add(row(ENC_EACH, 'encrypted-runEach-row', { vs: PLAIN_PREPARED, target: 1.3 }));
  const fastest = [ENC_ROW, ENC_BATCH, ENC_EACH].reduce((best, name) => (inserts.value(name) < inserts.value(best) ? name : best));
  inserts
    .compare(`encrypted fastest (${fastest.slice('encrypted, '.length)}) ÷ better-sqlite3`, fastest, BETTER, 2)
    .compare('encrypted, run, 1 row/statement ÷ better-sqlite3', ENC_ROW, BETTER, 2)
    .compare('encrypted: run batched ÷ run 1 row/statement', ENC_BATCH, ENC_ROW)
    .compare('encrypted: runEach ÷ run 1 row/statement', ENC_EACH, ENC_ROW)
    .compare('encrypted: runEach ÷ run batched', ENC_EACH, ENC_BATCH)
    .compare('plain: run batched ÷ run 1 row/statement', PLAIN_BATCH, PLAIN_ROW)
    .compare('plain: prepared ÷ run 1 row/statement', PLAIN_PREPARED, PLAIN_ROW)
    .note(`Rows: STRICT table, 9 columns, 1 index; UUIDv7 ids; Cyrillic/Latin transcripts; ${(averageRowBytes / 1000).toFixed(2)} KB of data per row.`)
    .note('encrypted = the app\'s Database wrapper on a fresh SQLCipher database: the vault\'s key handling and pragmas.')
    .note(`plain driver = @journeyapps/sqlcipher raw, no key: page size ${CIPHER_PAGE_SIZE}, WAL, synchronous FULL and the vault's`)
    .note('  other pragmas; better-sqlite3 12 with the same. Each round runs in new processes (see insertRounds).');
  const mb = (key: InsertVariant) => (sizes.get(key) ?? 0) / 1e6;
  const files = new Table(`Database file after ${INSERTED_ROWS.toLocaleString('en')} testimonies (checkpointed, WAL truncated)`)
    .add({ name: 'better-sqlite3', value: mb('better-sqlite3-prepared-row'), unit: 'MB' })
    .add({ name: 'plain driver', value: mb('plain-run-batch'), unit: 'MB', vs: 'better-sqlite3' })
    .add({ name: 'encrypted, 1 row/statement', value: mb('encrypted-run-row'), unit: 'MB', vs: 'plain driver' })
    .add({ name: 'encrypted, batched', value: mb('encrypted-run-batch'), unit: 'MB', vs: 'plain driver' })
    .note('SQLCipher reserves 80 bytes per 8 KiB page for its IV and HMAC.');
  return [inserts, files];
}

export const vaultSection: Section = {
  name: 'vault',
  summary: 'unlock time (KDF, database open) and 100,000 encrypted inserts against unencrypted baselines',
  async run(context) {
    context.report(await unlockTable(context));
    for (const table of await insertTables(context)) context.report(table);
  },
};
