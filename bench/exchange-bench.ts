/*
 * Exchange throughput: the age layer of a bundle against the stock `age` tool and against
 * libsodium's raw ChaCha20-Poly1305 over the same bytes, each in a fresh process so its peak
 * memory is its own. Size: BENCH_EXCHANGE_MB (default 1024).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import { createDecryptStream, createEncryptStream, parseIdentityFile, parseRecipient } from '../src/main/core/crypto/age';
import { loadSodium } from '../src/main/core/crypto/sodium';
import { inFreshProcess, Samples, withTempDir, type BenchContext, type Section } from './section';
import { Table } from './table';

const MiB = 1024 * 1024;
const CHUNK = 64 * 1024;
/** The bound on peak memory, whatever the size. */
const PEAK_MEMORY_MB = 150;

export interface Measured {
  ms: number;
  peakMb: number;
}

const peakMb = (): number => process.resourceUsage().maxRSS / 1024;

/** Task run in its own process: libsodium's IETF ChaCha20-Poly1305 over the file in 64 KiB chunks. */
export async function rawCipher(input: { file: string }): Promise<Measured> {
  const sodium = await loadSodium();
  const key = sodium.crypto_aead_chacha20poly1305_ietf_keygen();
  const nonce = new Uint8Array(sodium.crypto_aead_chacha20poly1305_IETF_NPUBBYTES);
  const start = performance.now();
  let counter = 0;
  for await (const chunk of createReadStream(input.file, { highWaterMark: CHUNK })) {
    new DataView(nonce.buffer).setUint32(4, counter++);
    sodium.crypto_aead_chacha20poly1305_ietf_encrypt(chunk as Buffer, null, null, nonce, key);
  }
  return { ms: performance.now() - start, peakMb: peakMb() };
}

/** Task: our age encryptor, file to file. */
export async function oursEncrypt(input: { from: string; to: string; recipient: string }): Promise<Measured> {
  const start = performance.now();
  await pipeline(createReadStream(input.from, { highWaterMark: CHUNK }), await createEncryptStream({ recipients: [parseRecipient(input.recipient)] }), createWriteStream(input.to));
  return { ms: performance.now() - start, peakMb: peakMb() };
}

/** Task: our age decryptor, file to file. */
export async function oursDecrypt(input: { from: string; to: string; identityFile: string }): Promise<Measured> {
  const identities = parseIdentityFile(await readFile(input.identityFile, 'utf8'));
  const start = performance.now();
  await pipeline(createReadStream(input.from, { highWaterMark: CHUNK }), createDecryptStream({ identities }), createWriteStream(input.to));
  return { ms: performance.now() - start, peakMb: peakMb() };
}

function timeCommand(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(performance.now() - start) : reject(new Error(`${command} exited with ${code}`))));
  });
}

async function writeRandomFile(path: string, bytes: number): Promise<void> {
  const file = await open(path, 'w');
  try {
    const block = randomBytes(16 * MiB);
    for (let written = 0; written < bytes; written += block.length) await file.write(block, 0, Math.min(block.length, bytes - written));
  } finally {
    await file.close();
  }
}

function hasAge(): boolean {
  try {
    execFileSync('age', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function ageTable(context: BenchContext, dir: string, megabytes: number): Promise<Table> {
  const plain = join(dir, 'plain.bin');
  const sealed = join(dir, 'sealed.age');
  const opened = join(dir, 'opened.bin');
  const keyFile = join(dir, 'key.txt');
  context.progress(`exchange: writing ${megabytes} MiB of random bytes`);
  await writeRandomFile(plain, megabytes * MiB);
  execFileSync('age-keygen', ['-o', keyFile], { stdio: 'ignore' });
  const recipient = execFileSync('age-keygen', ['-y', keyFile], { encoding: 'utf8' }).trim();
  const self = new URL(import.meta.url);

  const samples = new Samples();
  const peaks = new Samples();
  for (let round = 1; round <= context.rounds; round++) {
    context.progress(`exchange: round ${round}/${context.rounds}, raw cipher`);
    const raw = await inFreshProcess<Measured>(self, 'rawCipher', { file: plain });
    samples.push('raw', raw.ms);
    context.progress(`exchange: round ${round}/${context.rounds}, ours encrypting`);
    const encrypted = await inFreshProcess<Measured>(self, 'oursEncrypt', { from: plain, to: sealed, recipient });
    samples.push('encrypt', encrypted.ms);
    peaks.push('encrypt', encrypted.peakMb);
    context.progress(`exchange: round ${round}/${context.rounds}, ours decrypting`);
    const decrypted = await inFreshProcess<Measured>(self, 'oursDecrypt', { from: sealed, to: opened, identityFile: keyFile });
    samples.push('decrypt', decrypted.ms);
    peaks.push('decrypt', decrypted.peakMb);
    if ((await stat(opened)).size !== megabytes * MiB) throw new Error('The decrypted file has the wrong size.');
    context.progress(`exchange: round ${round}/${context.rounds}, age`);
    samples.push('age -r', await timeCommand('age', ['-r', recipient, '-o', sealed, plain]));
    samples.push('age -d', await timeCommand('age', ['-d', '-i', keyFile, '-o', opened, sealed]));
  }
  await rm(opened, { force: true });

  const seconds = (name: string) => samples.median(name) / 1000;
  const table = new Table(`age layer, ${megabytes.toLocaleString('en')} MiB (file to file)`);
  table.add({ name: 'libsodium ChaCha20-Poly1305, raw (same file, 64 KiB chunks)', value: seconds('raw'), unit: 's', samples: samples.all('raw').map((ms) => ms / 1000) });
  table.add({ name: 'age -r (the stock tool)', value: seconds('age -r'), unit: 's', samples: samples.all('age -r').map((ms) => ms / 1000) });
  table.add({ name: 'age -d (the stock tool)', value: seconds('age -d'), unit: 's', samples: samples.all('age -d').map((ms) => ms / 1000) });
  // Speed ≥ 80% of the raw cipher's means time ≤ 1.25× the raw cipher's.
  table.add({ name: 'ours, encrypt', value: seconds('encrypt'), unit: 's', samples: samples.all('encrypt').map((ms) => ms / 1000), vs: 'libsodium ChaCha20-Poly1305, raw (same file, 64 KiB chunks)', target: 1.25 });
  table.add({ name: 'ours, decrypt', value: seconds('decrypt'), unit: 's', samples: samples.all('decrypt').map((ms) => ms / 1000), vs: 'libsodium ChaCha20-Poly1305, raw (same file, 64 KiB chunks)', target: 1.25 });
  table.compare('ours encrypt ÷ age -r', 'ours, encrypt', 'age -r (the stock tool)');
  table.compare('ours decrypt ÷ age -d', 'ours, decrypt', 'age -d (the stock tool)');
  table.add({ name: 'peak memory, ours encrypting', value: Math.max(...peaks.all('encrypt')), unit: 'MB', target: PEAK_MEMORY_MB });
  table.add({ name: 'peak memory, ours decrypting', value: Math.max(...peaks.all('decrypt')), unit: 'MB', target: PEAK_MEMORY_MB });
  table.note(`MB/s: raw ${(megabytes / seconds('raw')).toFixed(0)}, ours encrypt ${(megabytes / seconds('encrypt')).toFixed(0)}, decrypt ${(megabytes / seconds('decrypt')).toFixed(0)}, age -r ${(megabytes / seconds('age -r')).toFixed(0)}, age -d ${(megabytes / seconds('age -d')).toFixed(0)}`);
  return table;
}

export const exchangeSection: Section = {
  name: 'exchange',
  summary: 'age encrypt/decrypt of BENCH_EXCHANGE_MB (1024) MiB vs the age tool and the raw cipher; peak memory',
  async run(context) {
    if (!hasAge()) {
      context.progress('exchange: the age tool is not installed (apt-get install age); section skipped');
      return;
    }
    const megabytes = Number(process.env.BENCH_EXCHANGE_MB ?? 1024);
    if (!Number.isInteger(megabytes) || megabytes < 1) throw new Error('BENCH_EXCHANGE_MB must be a whole number of MiB');
    await withTempDir('exchange', async (dir) => {
      context.report(await ageTable(context, dir, megabytes));
    });
  },
};
