import sodiumModule from 'libsodium-wrappers-sumo';
import { AppError } from '../../../shared/errors';

export type Sodium = typeof sodiumModule;

/**
 * Argon2id known answer, computed with the reference `argon2` tool (Debian package argon2):
 * `echo -n "correct horse battery staple" | argon2 casekeep-katsalt -id -t 3 -k 64 -p 1 -l 32 -r`.
 * A libsodium build that disagrees with the reference must not be trusted with a vault.
 */
const ARGON2ID_KAT = {
  passphrase: 'correct horse battery staple',
  salt: 'casekeep-katsalt',
  opslimit: 3,
  memlimit: 64 * 1024,
  hex: '6de96d0efb66da9d09a0e693e5a49a71e6712f3e64a272e51a0f3b0dd2f7a83d',
};

let ready: Promise<Sodium> | undefined;
let loaded: Sodium | undefined;

/** libsodium, initialised once and checked against a known answer before first use. */
export function loadSodium(): Promise<Sodium> {
  ready ??= sodiumModule.ready.then(() => {
    runKnownAnswerTest(sodiumModule);
    loaded = sodiumModule;
    return sodiumModule;
  });
  return ready;
}

/**
 * libsodium for a synchronous call, once loadSodium() has resolved. Before that it throws rather
 * than answer: a check that cannot run must not look like one that passed.
 */
export function loadedSodium(): Sodium {
  if (!loaded) throw new AppError('INTERNAL', 'The cryptography library is not ready yet: await loadSodium() first.');
  return loaded;
}

export function runKnownAnswerTest(sodium: Sodium): void {
  const out = sodium.crypto_pwhash(
    32,
    ARGON2ID_KAT.passphrase,
    sodium.from_string(ARGON2ID_KAT.salt),
    ARGON2ID_KAT.opslimit,
    ARGON2ID_KAT.memlimit,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
  if (sodium.to_hex(out) !== ARGON2ID_KAT.hex) {
    throw new AppError('INTERNAL', 'The cryptography library failed its self-test; refusing to continue.');
  }
}

interface RawModule {
  HEAPU8?: Uint8Array;
}

/** libsodium's WebAssembly memory, read afresh: a grown heap replaces the view. */
export function sodiumHeap(sodium: Sodium): Uint8Array | undefined {
  const heap = (sodium as unknown as { libsodium?: RawModule }).libsodium?.HEAPU8;
  return heap && heap.length > 0 ? heap : undefined;
}

/**
 * Zeroes every copy of each secret left in libsodium's WebAssembly heap. The JavaScript wrappers
 * copy each key argument into that heap and free it without wiping, and the C code leaves keyed
 * hash states on its stack there; a search for the key's own bytes finds all of those
 * (docs/security.md S16). Call it before the JavaScript copy is zeroed. Returns the number of
 * copies wiped.
 */
export function scrubHeap(sodium: Sodium, secrets: readonly Uint8Array[]): number {
  const heap = sodiumHeap(sodium);
  if (!heap) return 0;
  const haystack = Buffer.from(heap.buffer, heap.byteOffset, heap.length);
  let wiped = 0;
  for (const secret of secrets) {
    // A zeroed or tiny buffer would match everywhere and protects nothing.
    if (secret.length < 16 || secret.every((byte) => byte === 0)) continue;
    const needle = Buffer.from(secret);
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      haystack.fill(0, at, at + needle.length);
      wiped += 1;
    }
    needle.fill(0);
  }
  return wiped;
}

/** Wipes `secrets` from the heap, then the buffers themselves. */
export function forget(sodium: Sodium, ...secrets: Uint8Array[]): void {
  scrubHeap(sodium, secrets);
  for (const secret of secrets) sodium.memzero(secret);
}

/**
 * Zeroes secrets without a libsodium handle: also every copy in its heap when the library is
 * loaded; when it is not, the heap never saw them.
 */
export function wipe(...secrets: Uint8Array[]): void {
  if (loaded) forget(loaded, ...secrets);
  else for (const secret of secrets) secret.fill(0);
}
