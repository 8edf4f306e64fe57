import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';

/** Parameters of the passphrase KDF, stored in the vault header beside the wrapped key. */
export const argon2Params = z
  .object({
    alg: z.literal('argon2id13'),
    opslimit: z.number().int(),
    memlimit: z.number().int(),
  })
  .strict();
export type Argon2Params = z.infer<typeof argon2Params>;

/** libsodium's MODERATE limits: the floor for every vault (SECURITY.md S12). */
export const KDF_FLOOR = { opslimit: 3, memlimit: 256 * 1024 * 1024 } as const;
/** A header asking for more than this is not ours: refuse rather than exhaust the machine. */
export const KDF_CEILING = { opslimit: 32, memlimit: 4 * 1024 * 1024 * 1024 } as const;
export const KDF_DEFAULT: Argon2Params = { alg: 'argon2id13', ...KDF_FLOOR };
export const SALT_BYTES = 16;

export function meetsFloor(params: Argon2Params): boolean {
  return params.opslimit >= KDF_FLOOR.opslimit && params.memlimit >= KDF_FLOOR.memlimit;
}

export function withinCeiling(params: Argon2Params): boolean {
  return params.opslimit <= KDF_CEILING.opslimit && params.memlimit <= KDF_CEILING.memlimit;
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
  } finally {
    sodium.memzero(passphrase);
  }
}).catch((error) => parentPort.postMessage({ failed: String(error && error.name) }));
`;

const sodiumPath = createRequire(import.meta.url).resolve('libsodium-wrappers-sumo');

/** Argon2id over the passphrase, off the main thread. Returns a fresh 32-byte key. */
export function derivePassphraseKey(
  passphrase: string,
  salt: Uint8Array,
  params: Argon2Params,
): Promise<Uint8Array> {
  if (!meetsFloor(params) || !withinCeiling(params)) {
    return Promise.reject(new AppError('VAULT_CORRUPT', 'The vault header holds unusable key-derivation parameters.'));
  }
  const passphraseBytes = new TextEncoder().encode(passphrase.normalize('NFC'));
  return new Promise<Uint8Array>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { sodiumPath, passphrase: passphraseBytes, salt, length: 32, ...params },
    });
    passphraseBytes.fill(0);
    let settled = false;
    worker.once('message', (message: { key?: Uint8Array; failed?: string }) => {
      settled = true;
      if (message.key) resolve(new Uint8Array(message.key));
      else reject(new AppError('INTERNAL', 'Key derivation failed.'));
      void worker.terminate();
    });
    worker.once('error', () => {
      if (!settled) reject(new AppError('INTERNAL', 'Key derivation failed.'));
    });
    worker.once('exit', () => {
      if (!settled) reject(new AppError('INTERNAL', 'Key derivation stopped before it finished.'));
    });
  });
}
