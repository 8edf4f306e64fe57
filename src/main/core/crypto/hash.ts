import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/*
 * SHA-256 and HMAC-SHA256 from Node's OpenSSL: synchronous, native speed for the hashes of whole
 * attachments, and the only hashes in the formats (attachment intake hashes, bundle manifests,
 * the audit chain). Hex is always lower case.
 */

type Bytes = Uint8Array | string;

export function sha256(bytes: Bytes): Uint8Array {
  return new Uint8Array(createHash('sha256').update(bytes).digest());
}

export function sha256Hex(bytes: Bytes): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A SHA-256 fed piece by piece, for data that never sits in memory whole. */
export interface Sha256 {
  update(chunk: Bytes): Sha256;
  digest(): Uint8Array;
  digestHex(): string;
}

export function createSha256(): Sha256 {
  const hash = createHash('sha256');
  const self: Sha256 = {
    update(chunk) {
      hash.update(chunk);
      return self;
    },
    digest: () => new Uint8Array(hash.digest()),
    digestHex: () => hash.digest('hex'),
  };
  return self;
}

/** HMAC-SHA256 of the parts, in order, as if concatenated. */
export function hmacSha256(key: Uint8Array, ...parts: Bytes[]): Uint8Array {
  const mac = createHmac('sha256', key);
  for (const part of parts) mac.update(part);
  return new Uint8Array(mac.digest());
}

export function hmacSha256Hex(key: Uint8Array, ...parts: Bytes[]): string {
  const mac = createHmac('sha256', key);
  for (const part of parts) mac.update(part);
  return mac.digest('hex');
}

/** Equal bytes, compared in time that does not depend on where they first differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
