import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { deriveInWorker, KDF_TIME_LIMIT_MS } from './kdf-worker';

export { KDF_TIME_LIMIT_MS };

/** libsodium's MODERATE limits: the floor for every vault (docs/security.md S12). */
export const KDF_FLOOR = { opslimit: 3, memlimit: 256 * 1024 * 1024 } as const;
/**
 * A header asking for more than this is not ours: refuse rather than exhaust the machine
 * (docs/security.md S32). 1 GiB and 10 passes take ~10 s on a slow laptop, well inside the limit.
 */
export const KDF_CEILING = { opslimit: 10, memlimit: 1024 * 1024 * 1024 } as const;

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
  // libsodium's heap grows to memlimit and never shrinks: the worker's heap goes away with it.
  return deriveInWorker(
    { alg: 'argon2id13', opslimit: params.opslimit, memlimit: params.memlimit },
    passphraseBytes,
    salt,
    32,
    {
      tooLong: 'Key derivation took too long and was stopped. Close other programs and try again.',
      failed: 'Key derivation failed.',
      stopped: 'Key derivation stopped before it finished.',
    },
    options.timeLimitMs,
  );
}
