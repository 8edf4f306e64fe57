import { AppError } from '../../../../shared/errors';

/**
 * age writes base64 without padding and requires the one canonical encoding of every value
 * (age-encryption.org/v1). Node's decoder skips characters it does not know, accepts the URL-safe
 * alphabet and ignores set trailing bits, so a string is accepted only if it re-encodes to itself.
 */
const ALPHABET = /^[A-Za-z0-9+/]*$/;

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64').replace(/=+$/, '');
}

/** The bytes of a canonical unpadded base64 string, or null if it is anything else. */
export function decodeBase64(text: string): Uint8Array | null {
  if (!ALPHABET.test(text) || text.length % 4 === 1) return null;
  const bytes = Buffer.from(text, 'base64');
  if (encodeBase64(bytes) !== text) return null;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function decodeBase64OrThrow(text: string, what: string): Uint8Array {
  const bytes = decodeBase64(text);
  if (!bytes) throw invalid('header', `The ${what} is not canonical base64.`);
  return bytes;
}

export type AgeFailure =
  | 'header'
  | 'mac'
  | 'chunk'
  | 'truncated'
  | 'trailing-data'
  | 'scrypt-work-factor';

export function invalid(reason: AgeFailure, message: string): AppError {
  return new AppError('BUNDLE_INVALID', `This file is not a valid age file: ${message}`, { details: { reason } });
}
