import { sha256 } from '../crypto/hash';

/**
 * The fingerprint two people read to each other over the phone before they trust a card
 * (docs/export-format.md "Organisation fingerprint"):
 *
 *   h = SHA-256("casekeep-fingerprint-v1\n" ‖ X25519 public key (32 bytes) ‖ Ed25519 public key (32 bytes))
 *
 * then six groups of five decimal digits: group i is the big-endian integer of bytes 5i…5i+4 of
 * h, modulo 100000, written with leading zeros. Digits read the same in every language the app
 * speaks. Each group carries 16.6 bits, about 99.7 bits in all: far more than anyone can search
 * for a second key pair with the same digits. Both keys are covered, so a card whose receiving
 * key was swapped reads differently even if its signing key is kept.
 */
const DOMAIN = new TextEncoder().encode('casekeep-fingerprint-v1\n');
export const FINGERPRINT_GROUPS = 6;
const GROUP_BYTES = 5;
const GROUP_MODULUS = 100_000n;

export function fingerprint(x25519Public: Uint8Array, ed25519Public: Uint8Array): string {
  if (x25519Public.length !== 32 || ed25519Public.length !== 32) throw new RangeError('A fingerprint covers two 32-byte public keys.');
  const input = new Uint8Array(DOMAIN.length + 64);
  input.set(DOMAIN, 0);
  input.set(x25519Public, DOMAIN.length);
  input.set(ed25519Public, DOMAIN.length + 32);
  const hash = sha256(input);
  const groups: string[] = [];
  for (let group = 0; group < FINGERPRINT_GROUPS; group += 1) {
    let value = 0n;
    for (const byte of hash.subarray(group * GROUP_BYTES, (group + 1) * GROUP_BYTES)) value = (value << 8n) | BigInt(byte);
    groups.push((value % GROUP_MODULUS).toString().padStart(5, '0'));
  }
  return groups.join(' ');
}

/** Six groups of five digits separated by single spaces, as `fingerprint` writes them. */
export const FINGERPRINT_PATTERN = /^\d{5}( \d{5}){5}$/;
