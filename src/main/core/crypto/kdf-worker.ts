import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';

/** A derivation that runs longer than this is stopped: the worker is terminated. */
export const KDF_TIME_LIMIT_MS = 60_000;

/*
 * libsodium's WebAssembly heap grows to the memory a password hash asks for (256 MiB for
 * Argon2id at the floor, 256 MiB for scrypt at age's work factor 18) and never shrinks, so each
 * derivation runs in a worker thread whose heap goes away when it exits. The worker is plain
 * CommonJS passed as source so that it runs the same under Electron, the CLI and the tests.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const sodium = require(workerData.sodiumPath);
sodium.ready.then(() => {
  const { job, passphrase, salt, length } = workerData;
  try {
    const key = job.alg === 'scrypt'
      ? sodium.crypto_pwhash_scryptsalsa208sha256_ll(passphrase, salt, job.n, job.r, job.p, length)
      : sodium.crypto_pwhash(length, passphrase, salt, job.opslimit, job.memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
    parentPort.postMessage({ key });
    sodium.memzero(key);
  } finally {
    sodium.memzero(passphrase);
    // The heap held the passphrase and the key on their way through; it is this worker's alone.
    const heap = sodium.libsodium && sodium.libsodium.HEAPU8;
    if (heap) heap.fill(0);
  }
}).catch((error) => parentPort.postMessage({ failed: String(error && error.name) }));
`;

const sodiumPath = createRequire(import.meta.url).resolve('libsodium-wrappers-sumo');

export type KdfJob = { alg: 'argon2id13'; opslimit: number; memlimit: number } | { alg: 'scrypt'; n: number; r: number; p: number };

export interface KdfWorkerMessages {
  tooLong: string;
  failed: string;
  stopped: string;
}

/**
 * Runs one password hash in a short-lived worker and returns a fresh key of `length` bytes.
 * `passphrase` is zeroed here once the worker has its copy; failures reject with AppError INTERNAL.
 */
export function deriveInWorker(
  job: KdfJob,
  passphrase: Uint8Array,
  salt: Uint8Array,
  length: number,
  messages: KdfWorkerMessages,
  timeLimitMs = KDF_TIME_LIMIT_MS,
): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { sodiumPath, job, passphrase, salt, length } });
    passphrase.fill(0);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const timer = setTimeout(() => {
      settle(() => reject(new AppError('INTERNAL', messages.tooLong)));
      void worker.terminate();
    }, timeLimitMs);
    worker.once('message', (message: { key?: Uint8Array; failed?: string }) => {
      const key = message.key;
      settle(() => (key ? resolve(new Uint8Array(key)) : reject(new AppError('INTERNAL', messages.failed))));
      message.key?.fill(0);
      void worker.terminate();
    });
    worker.once('error', () => settle(() => reject(new AppError('INTERNAL', messages.failed))));
    worker.once('exit', () => settle(() => reject(new AppError('INTERNAL', messages.stopped))));
  });
}
