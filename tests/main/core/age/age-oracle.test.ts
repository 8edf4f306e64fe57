import { randomBytes } from 'node:crypto';
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSodium } from '../../../../src/main/core/crypto/sodium';
import {
  createDecryptStream,
  createEncryptStream,
  parseIdentity,
  parseRecipient,
  x25519IdentityString,
  x25519Recipient,
} from '../../../../src/main/core/crypto/age/index';
import { throughTransform } from './stream-helpers';

/**
 * docs/security.md S21: `age-encryption`, the reference TypeScript implementation of age, as a
 * second reader and writer. Sizes cluster around the 64 KiB chunk boundaries, where STREAM's
 * final-chunk rules bite.
 */
const CHUNK = 64 * 1024;
const size = fc.oneof(
  fc.constantFrom(0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK - 1, 2 * CHUNK, 2 * CHUNK + 1, 3 * CHUNK),
  fc.integer({ min: 0, max: 400_000 }),
);
const piece = fc.oneof(fc.constantFrom(1_000, CHUNK, CHUNK + 16), fc.integer({ min: 1, max: 200_000 }));

interface KeyPair {
  identity: string;
  recipient: string;
}

async function theirKeys(count: number): Promise<KeyPair[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const identity = await generateX25519Identity();
      return { identity, recipient: await identityToRecipient(identity) };
    }),
  );
}

describe('age: against the reference TypeScript implementation', () => {
  it('reads and writes the same key strings', async () => {
    const sodium = await loadSodium();
    for (const { identity, recipient } of await theirKeys(5)) {
      const secret = parseIdentity(identity);
      expect(x25519IdentityString(secret)).toBe(identity);
      expect(x25519Recipient(sodium.crypto_scalarmult_base(secret))).toBe(recipient);
      expect(x25519Recipient(parseRecipient(recipient))).toBe(recipient);
    }
  });

  it('what we encrypt to 1 to 3 recipients, each of them decrypts with age-encryption', async () => {
    await fc.assert(
      fc.asyncProperty(size, piece, fc.integer({ min: 1, max: 3 }), fc.nat(), async (length, pieceSize, count, pick) => {
        const keys = await theirKeys(count);
        const plaintext = randomBytes(length);
        const sealed = await throughTransform(await createEncryptStream({ recipients: keys.map((k) => parseRecipient(k.recipient)) }), plaintext, pieceSize);
        expect(sealed.error).toBeUndefined();
        const decrypter = new Decrypter();
        decrypter.addIdentity((keys[pick % count] as KeyPair).identity);
        expect(Buffer.from(await decrypter.decrypt(sealed.out)).equals(plaintext)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('what age-encryption encrypts to 1 to 3 recipients, we decrypt with any one of their keys', async () => {
    await fc.assert(
      fc.asyncProperty(size, piece, fc.integer({ min: 1, max: 3 }), fc.nat(), async (length, pieceSize, count, pick) => {
        const keys = await theirKeys(count);
        const plaintext = randomBytes(length);
        const encrypter = new Encrypter();
        for (const k of keys) encrypter.addRecipient(k.recipient);
        const sealed = await encrypter.encrypt(plaintext);
        const opened = await throughTransform(createDecryptStream({ identities: [parseIdentity((keys[pick % count] as KeyPair).identity)] }), sealed, pieceSize);
        expect(opened.error).toBeUndefined();
        expect(opened.out.equals(plaintext)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('a passphrase works both ways', async () => {
    await fc.assert(
      fc.asyncProperty(size, fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }), async (length, passphrase) => {
        const plaintext = randomBytes(length);
        const ours = await throughTransform(await createEncryptStream({ recipients: [], passphrase, scryptLogN: 10 }), plaintext);
        const decrypter = new Decrypter();
        decrypter.addPassphrase(passphrase);
        expect(Buffer.from(await decrypter.decrypt(ours.out)).equals(plaintext)).toBe(true);

        const encrypter = new Encrypter();
        encrypter.setPassphrase(passphrase);
        encrypter.setScryptWorkFactor(10);
        const theirs = await encrypter.encrypt(plaintext);
        const opened = await throughTransform(createDecryptStream({ identities: [], passphrase }), theirs);
        expect(opened.error).toBeUndefined();
        expect(opened.out.equals(plaintext)).toBe(true);
      }),
      { numRuns: 10 },
    );
  });

  it('a file for other recipients is not for us, from either side', async () => {
    const [ours, other] = await theirKeys(2);
    const encrypter = new Encrypter();
    encrypter.addRecipient((other as KeyPair).recipient);
    const opened = await throughTransform(createDecryptStream({ identities: [parseIdentity((ours as KeyPair).identity)] }), await encrypter.encrypt('x'));
    expect(opened.error).toMatchObject({ code: 'BUNDLE_NOT_FOR_US' });
    expect(opened.out.length).toBe(0);
  });
});
