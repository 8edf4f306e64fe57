import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';

/** libsodium's MODERATE limits: the floor for every vault (docs/security.md S12). */
export const KDF_FLOOR = { opslimit: 3, memlimit: 256 * 1024 * 1024 } as const;
/**
 * A header asking for more than this is not ours: refuse rather than exhaust the machine
 * (docs/security.md S32). 1 GiB and 10 passes take ~10 s on a slow laptop, well inside the limit.
 */
export const KDF_CEILING = { opslimit: 10, memlimit: 1024 * 1024 * 1024 } as const;
/** A derivation that runs longer than this is stopped: the worker is terminated. */
export const KDF_TIME_LIMIT_MS = 60_000;

/** Parameters of the passphrase KDF, stored in the vault header beside the wrapped key. */
export const argon2Params = z
  .object({
    alg: z.literal('argon2id13'),
    opslimit: z.number().int().min(KDF_FLOOR.opslimit).max(KDF_CEILING.opslimit),
    memlimit: z.number().int().min(KDF_FLOOR.memlimit).max(KDF_CEILING.memlimit),
  })
  .strict();
export type Argon2Params = z.infer<typeof argon2Params>;

export const KDF_DEFAULT: Argon2Params = { alg: 'argon2id13', ...KDF_FLOOR };
export const SALT_BYTES = 16;

export function meetsFloor(params: Argon2Params): boolean {
  return params.opslimit >= KDF_FLOOR.opslimit && params.memlimit >= KDF_FLOOR.memlimit;
}

export function withinCeiling(params: Argon2Params): boolean {
  return params.opslimit <= KDF_CEILING.opslimit && params.memlimit <= KDF_CEILING.memlimit;
}

/** The stronger of two parameter sets, field by field: a passphrase change never weakens a vault. */
export function strongerParams(a: Argon2Params, b: Argon2Params): Argon2Params {
  return { alg: 'argon2id13', opslimit: Math.max(a.opslimit, b.opslimit), memlimit: Math.max(a.memlimit, b.memlimit) };
}

/*
 * libsodium's WebAssembly heap grows to the Argon2 memory size and never shrinks, so the KDF runs
 * in a worker thread whose heap goes away when it exits. The worker is plain CommonJS passed as
 * source so that it runs the same under Electron, the CLI and the tests.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const sodium = require(workerData.sodiumPath);
sodium.ready.then(() => {
  const { passphrase, salt, opslimit, memlimit, length } = workerData;
  try {
    const key = sodium.crypto_pwhash(length, passphrase, salt, opslimit, memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
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

export interface DeriveOptions {
  /** Tests shorten it; the app keeps the default. */
  timeLimitMs?: number;
}

/** How many derivations have started in this process: lets tests prove a refusal came first. */
let started = 0;
export function derivationsStarted(): number {
  return started;
}

/** Argon2id over the passphrase, off the main thread. Returns a fresh 32-byte key. */
export function derivePassphraseKey(
  passphrase: string,
  salt: Uint8Array,
  params: Argon2Params,
  options: DeriveOptions = {},
): Promise<Uint8Array> {
  if (salt.length !== SALT_BYTES) {
    return Promise.reject(new AppError('VAULT_CORRUPT', 'The vault header holds a salt of the wrong length.'));
  }
  if (!meetsFloor(params) || !withinCeiling(params)) {
    return Promise.reject(new AppError('VAULT_CORRUPT', 'The vault header holds unusable key-derivation parameters.'));
  }
  const passphraseBytes = new TextEncoder().encode(passphrase.normalize('NFC'));
  started += 1;
  return new Promise<Uint8Array>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { sodiumPath, passphrase: passphraseBytes, salt, length: 32, ...params },
    });
    passphraseBytes.fill(0);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const timer = setTimeout(() => {
      settle(() => reject(new AppError('INTERNAL', 'Key derivation took too long and was stopped. Close other programs and try again.')));
      void worker.terminate();
    }, options.timeLimitMs ?? KDF_TIME_LIMIT_MS);
    worker.once('message', (message: { key?: Uint8Array; failed?: string }) => {
      const key = message.key;
      settle(() => (key ? resolve(new Uint8Array(key)) : reject(new AppError('INTERNAL', 'Key derivation failed.'))));
      message.key?.fill(0);
      void worker.terminate();
    });
    worker.once('error', () => settle(() => reject(new AppError('INTERNAL', 'Key derivation failed.'))));
    worker.once('exit', () => settle(() => reject(new AppError('INTERNAL', 'Key derivation stopped before it finished.'))));
  });
}
