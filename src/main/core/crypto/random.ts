import { randomBytes as nodeRandomBytes } from 'node:crypto';

/**
 * `n` bytes from the operating system's CSPRNG. A view of Node's own buffer, not a copy, so that
 * zeroing the result zeroes the only copy (a recovery secret is made here).
 */
export function randomBytes(n: number): Uint8Array {
  const bytes = nodeRandomBytes(n);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** `n` random bytes as lower-case hex: the unguessable part of a temporary file name. */
export function randomHex(n: number): string {
  return nodeRandomBytes(n).toString('hex');
}
