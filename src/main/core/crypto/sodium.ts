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

/** libsodium, initialised once and checked against a known answer before first use. */
export function loadSodium(): Promise<Sodium> {
  ready ??= sodiumModule.ready.then(() => {
    runKnownAnswerTest(sodiumModule);
    return sodiumModule;
  });
  return ready;
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
