import { describe, expect, it } from 'vitest';
import { constantTimeEqual, createSha256, hmacSha256, hmacSha256Hex, sha256, sha256Hex } from '../../../../src/main/core/crypto/hash';
import { randomBytes, randomHex } from '../../../../src/main/core/crypto/random';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('hashes', () => {
  it('SHA-256 matches the FIPS 180-2 answers, one-shot and streamed', () => {
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(sha256Hex('abc')).toBe(abc);
    expect(hex(sha256(new TextEncoder().encode('abc')))).toBe(abc);
    expect(createSha256().update('a').update(new TextEncoder().encode('bc')).digestHex()).toBe(abc);
    expect(hex(createSha256().update('abc').digest())).toBe(abc);
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('HMAC-SHA256 matches RFC 4231 test case 2, over parts as over the whole', () => {
    const key = new TextEncoder().encode('Jefe');
    const expected = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(hex(hmacSha256(key, 'what do ya want for nothing?'))).toBe(expected);
    expect(hmacSha256Hex(key, 'what do ya ', 'want for nothing?')).toBe(expected);
  });

  it('compares bytes for equality', () => {
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true);
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false);
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1))).toBe(false);
  });

  it('gives random bytes of the length asked', () => {
    expect(randomBytes(24)).toHaveLength(24);
    expect(randomBytes(16)).not.toEqual(randomBytes(16));
    expect(randomHex(6)).toMatch(/^[0-9a-f]{12}$/);
  });
});
