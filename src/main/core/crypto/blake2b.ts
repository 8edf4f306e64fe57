import { loadedSodium, loadSodium } from './sodium';

/**
 * BLAKE2b (libsodium's crypto_generichash) of `message`, `outBytes` long, keyed when `key` is
 * given: the recovery key's checksum and key-encryption key are built from it. Synchronous, so
 * libsodium must be loaded first (cryptoReady()); it throws INTERNAL otherwise.
 */
export function blake2b(outBytes: number, message: Uint8Array, key?: Uint8Array | string): Uint8Array {
  const sodium = loadedSodium();
  return sodium.crypto_generichash(outBytes, message, typeof key === 'string' ? sodium.from_string(key) : (key ?? null));
}

/** Resolves once every synchronous call of this folder can run. */
export async function cryptoReady(): Promise<void> {
  await loadSodium();
}
