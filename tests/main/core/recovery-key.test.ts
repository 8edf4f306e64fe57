import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSodium } from '../../../src/main/core/crypto/sodium';
import { formatRecoveryKey, parseRecoveryKey } from '../../../src/main/core/vault/recovery-key';
import { AppError } from '../../../src/shared/errors';

describe('recovery key text', () => {
  it('round-trips any 32 bytes, forgiving case, spaces and look-alike digits', async () => {
    // The checksum is BLAKE2b from libsodium, which must be loaded for these synchronous calls.
    await loadSodium();
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (secret) => {
        const text = formatRecoveryKey(secret);
        expect(text).toMatch(/^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/);
        expect(parseRecoveryKey(text)).toEqual(secret);
        const sloppy = text.toLowerCase().replace(/-/g, ' ').replace(/o/g, '0').replace(/i/g, '1');
        expect(parseRecoveryKey(sloppy)).toEqual(secret);
      }),
    );
  });

  it('catches any single changed character with its checksum', async () => {
    const sodium = await loadSodium();
    const text = formatRecoveryKey(sodium.randombytes_buf(32)).replace(/-/g, '');
    let caught = 0;
    for (let i = 0; i < text.length; i++) {
      const changed = text.slice(0, i) + (text[i] === 'Q' ? 'R' : 'Q') + text.slice(i + 1);
      try {
        parseRecoveryKey(changed);
      } catch (error) {
        expect((error as AppError).code).toBe('WRONG_RECOVERY_KEY');
        caught++;
      }
    }
    // A 20-bit checksum misses one typo in a million; across 56 positions none should slip.
    expect(caught).toBe(text.length);
    for (const bad of ['', 'ABCD', text + 'A', text.slice(1), '!'.repeat(56)]) {
      expect(() => parseRecoveryKey(bad)).toThrow(AppError);
    }
  });
});
