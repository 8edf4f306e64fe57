import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import { loadSodium } from '../../../../src/main/core/crypto/sodium';
import { AgeDecryptor } from '../../../../src/main/core/crypto/age/age-file';
import { parseIdentity } from '../../../../src/main/core/crypto/age/index';
import { loadVectors, sha256Hex, type AgeVector } from './vectors';

/**
 * docs/security.md S21: the C2SP age test vectors (npm cctv-age). Skipped, because Casekeep
 * implements neither: ASCII armor (`armored: yes`, the armor_* vectors) and post-quantum
 * mlkem768x25519 recipients (the hybrid_* vectors, whose identities are AGE-SECRET-KEY-PQ-1…).
 */
const all = loadVectors();
const skipped = all.filter((v) => v.armored || v.name.startsWith('armor_') || v.name.startsWith('hybrid') || v.identities.some((i) => i.startsWith('AGE-SECRET-KEY-PQ-')));
const vectors = all.filter((v) => !skipped.includes(v));

interface Outcome {
  released: Buffer;
  error?: unknown;
}

/** Feeds the file in pieces of `piece` bytes and keeps every byte of plaintext released. */
async function run(vector: AgeVector, passphrase: string | undefined, piece: number, sodium: Awaited<ReturnType<typeof loadSodium>>): Promise<Outcome> {
  const released: Uint8Array[] = [];
  try {
    // A vector that names no key (e.g. `empty`) is tried with a key of our own.
    const identities = vector.identities.length > 0 || passphrase !== undefined ? vector.identities.map(parseIdentity) : [sodium.randombytes_buf(32)];
    const decryptor = new AgeDecryptor(sodium, { identities, ...(passphrase !== undefined ? { passphrase } : {}) });
    const keep = (plaintext: Uint8Array): void => void released.push(Buffer.from(plaintext));
    for (let at = 0; at < vector.file.length; at += piece) await decryptor.update(vector.file.subarray(at, at + piece), keep);
    await decryptor.final(keep);
    return { released: Buffer.concat(released) };
  } catch (error) {
    return { released: Buffer.concat(released), error };
  }
}

function reasonOf(error: unknown): string {
  if (!(error instanceof AppError)) throw error;
  return error.code === 'BUNDLE_INVALID' ? `invalid:${String(error.details?.['reason'])}` : error.code;
}

const expectedReasons: Record<string, string[]> = {
  'no match': ['BUNDLE_NOT_FOR_US'],
  'HMAC failure': ['invalid:mac'],
  'header failure': ['invalid:header', 'invalid:scrypt-work-factor'],
  'payload failure': ['invalid:chunk', 'invalid:truncated', 'invalid:trailing-data'],
};

describe('age: the C2SP test vectors', () => {
  it('has the vectors it expects to run and to skip', () => {
    expect(all.length).toBe(143);
    expect(skipped.filter((v) => v.name.startsWith('armor_')).length).toBe(33);
    expect(skipped.filter((v) => v.name.startsWith('hybrid')).length).toBe(18);
    expect(skipped.length).toBe(51);
    expect(vectors.length).toBe(92);
    const byExpectation = Object.fromEntries(Object.keys({ success: 1, ...expectedReasons }).map((e) => [e, vectors.filter((v) => v.expect === e).length]));
    expect(byExpectation).toEqual({ success: 15, 'no match': 7, 'HMAC failure': 1, 'header failure': 51, 'payload failure': 18 });
  });

  it.each(vectors.map((v) => [v.name, v] as const))('%s', async (_name, vector) => {
    const sodium = await loadSodium();
    const passphrase = vector.passphrases[0];
    for (const piece of [vector.file.length || 1, 777, 65_552]) {
      const outcome = await run(vector, passphrase, piece, sodium);
      if (vector.expect === 'success') {
        expect(outcome.error).toBeUndefined();
        expect(sha256Hex(outcome.released)).toBe(vector.payload);
        continue;
      }
      expect(outcome.error, `${vector.name} must be refused`).toBeDefined();
      expect(expectedReasons[vector.expect]).toContain(reasonOf(outcome.error));
      // What was released before the failure is exactly what the vector allows, never more.
      if (vector.payload) expect(sha256Hex(outcome.released)).toBe(vector.payload);
      else expect(outcome.released.length).toBe(0);
    }
  });
});
