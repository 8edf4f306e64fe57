import { randomBytes as nodeRandomBytes } from 'node:crypto';

/** `n` bytes from the operating system's CSPRNG. */
export function randomBytes(n: number): Uint8Array {
  return new Uint8Array(nodeRandomBytes(n));
}

/** `n` random bytes as lower-case hex: the unguessable part of a temporary file name. */
export function randomHex(n: number): string {
  return nodeRandomBytes(n).toString('hex');
}
