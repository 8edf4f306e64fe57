import { randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import { loadSodium } from '../../../../src/main/core/crypto/sodium';
import { decodeBase64 } from '../../../../src/main/core/crypto/age/base64';
import { findHeaderEnd } from '../../../../src/main/core/crypto/age/header';
import { hkdfSha256 } from '../../../../src/main/core/crypto/age/hkdf';
import {
  createDecryptStream,
  createEncryptStream,
  decrypt,
  encrypt,
  MAX_SCRYPT_LOG_N,
  MAX_STANZAS,
  parseIdentityFile,
  parseRecipient,
  x25519IdentityString,
  x25519Recipient,
} from '../../../../src/main/core/crypto/age/index';
import { throughTransform } from './stream-helpers';

const CHUNK = 64 * 1024;

async function keyPair(): Promise<{ publicKey: Uint8Array; privateKey: Uint8Array }> {
  return (await loadSodium()).crypto_box_keypair();
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('age: base64', () => {
  it('accepts only canonical unpadded base64, which Node alone would not enforce', () => {
    expect(decodeBase64('AAAA')).toEqual(new Uint8Array(3));
    expect(decodeBase64('AA')).toEqual(new Uint8Array(1));
    expect(decodeBase64('')).toEqual(new Uint8Array(0));
    // Each of these decodes with Buffer.from(…, 'base64').
    for (const lenient of ['AA==', 'AB', 'AAB', 'AA AA', 'AA\nAA', '-_-_', 'A', 'AAAAA', 'AA=A', 'ÀAAA']) {
      expect(decodeBase64(lenient), lenient).toBeNull();
    }
  });
});

describe('age: HKDF-SHA256 from the streaming HMAC', () => {
  it('matches RFC 5869 test cases 1 and 3 (an empty salt, as the age header MAC uses)', async () => {
    const sodium = await loadSodium();
    const hex = (s: string): Buffer => Buffer.from(s, 'hex');
    const ikm = hex('0b'.repeat(22));
    const case1 = hkdfSha256(sodium, ikm, hex('000102030405060708090a0b0c'), hex('f0f1f2f3f4f5f6f7f8f9'), 42);
    expect(Buffer.from(case1).toString('hex')).toBe('3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');
    const case3 = hkdfSha256(sodium, ikm, new Uint8Array(0), '', 42);
    expect(Buffer.from(case3).toString('hex')).toBe('8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8');
  });
});

describe('age: key strings', () => {
  it('round-trips recipients and identities, in the case age uses', async () => {
    const { publicKey, privateKey } = await keyPair();
    const recipient = x25519Recipient(publicKey);
    const identity = x25519IdentityString(privateKey);
    expect(recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    expect(identity).toMatch(/^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/);
    expect(parseRecipient(recipient)).toEqual(publicKey);
    expect(parseIdentityFile(`# created: now\r\n# public key: ${recipient}\r\n\r\n${identity}\r\n`)).toEqual([privateKey]);
  });

  it('refuses damaged, mixed-case, wrong-prefix and unknown key lines', async () => {
    const { publicKey, privateKey } = await keyPair();
    const recipient = x25519Recipient(publicKey);
    const identity = x25519IdentityString(privateKey);
    const damaged = `${recipient.slice(0, -1)}${recipient.endsWith('q') ? 'p' : 'q'}`;
    for (const bad of [damaged, recipient.toUpperCase(), `${recipient.slice(0, 10)}A${recipient.slice(11)}`, identity, 'age1', '']) {
      expect(() => parseRecipient(bad), bad).toThrow(AppError);
    }
    for (const bad of [identity.toLowerCase(), recipient, 'AGE-PLUGIN-YUBIKEY-1QQQ', `${identity} x`]) {
      expect(() => parseIdentityFile(bad), bad).toThrow(AppError);
    }
    expect(() => parseIdentityFile('# only a comment\n\n')).toThrow(/no age identity/);
  });
});

describe('age: the file layout', () => {
  it('an empty payload is one empty final chunk; 64 KiB is one full final chunk', async () => {
    const { publicKey, privateKey } = await keyPair();
    for (const [size, sealed] of [
      [0, 16],
      [1, 17],
      [CHUNK, CHUNK + 16],
      [CHUNK + 1, CHUNK + 16 + 17],
    ] as const) {
      const file = Buffer.from(await encrypt(randomBytes(size), { recipients: [publicKey] }));
      expect(file.length - findHeaderEnd(file).end - 16).toBe(sealed);
      expect((await decrypt(file, { identities: [privateKey] })).length).toBe(size);
    }
  });

  it('a header fed one byte at a time is read the same', async () => {
    const { publicKey, privateKey } = await keyPair();
    const plaintext = randomBytes(3000);
    const file = await encrypt(plaintext, { recipients: [publicKey, (await keyPair()).publicKey] });
    const result = await throughTransform(createDecryptStream({ identities: [privateKey] }), file, 1);
    expect(result.error).toBeUndefined();
    expect(result.out.equals(plaintext)).toBe(true);
  });

  it('plain garbage and another age version are refused at once as not age', async () => {
    const { privateKey } = await keyPair();
    for (const garbage of [randomBytes(100_000), Buffer.from('age-encryption.org/v2\n-> X25519 AAAA\n\n--- AAAA\n')]) {
      const error = await refusal(decrypt(garbage, { identities: [privateKey] }));
      expect(error).toMatchObject({ code: 'BUNDLE_INVALID', details: { reason: 'header' } });
    }
    const armored = await refusal(decrypt(Buffer.from('-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n'), { identities: [privateKey] }));
    expect(armored.message).toMatch(/ASCII-armored/);
  });
});

describe('age: limits', () => {
  it('writes at most 64 recipients and refuses a header with more stanzas before trying any key', async () => {
    expect(MAX_STANZAS).toBe(64);
    const sodium = await loadSodium();
    const { privateKey, publicKey } = await keyPair();
    const many = Array.from({ length: MAX_STANZAS + 1 }, () => sodium.crypto_box_keypair().publicKey);
    expect(await refusal(encrypt(Buffer.from('x'), { recipients: many }))).toMatchObject({ code: 'VALIDATION_FAILED' });
    const full = Buffer.from(await encrypt(Buffer.from('x'), { recipients: [...many.slice(0, MAX_STANZAS - 1), publicKey] }));
    expect(Buffer.from(await decrypt(full, { identities: [privateKey] })).toString()).toBe('x');
    const text = full.toString('latin1');
    const withGrease = Buffer.from(text.replace('\n--- ', '\n-> grease\n\n--- '), 'latin1');
    const error = await refusal(decrypt(withGrease, { identities: [privateKey] }));
    expect(error).toMatchObject({ code: 'BUNDLE_INVALID', details: { reason: 'header' } });
    expect(error.message).toMatch(/more than 64/);
  });

  it('refuses a header larger than the cap without waiting for its end', async () => {
    const { privateKey } = await keyPair();
    const line = `${'A'.repeat(64)}\n`;
    const huge = Buffer.from(`age-encryption.org/v1\n-> grease\n${line.repeat(5000)}`);
    const error = await refusal(decrypt(huge, { identities: [privateKey] }));
    expect(error.message).toMatch(/too large/);
  });

  it('writes scrypt work factors up to 20 and refuses higher ones in a file with their own reason', async () => {
    expect(MAX_SCRYPT_LOG_N).toBe(20);
    expect(await refusal(encrypt(Buffer.from('x'), { recipients: [], passphrase: 'p', scryptLogN: MAX_SCRYPT_LOG_N + 1 }))).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const file = Buffer.from(await encrypt(Buffer.from('x'), { recipients: [], passphrase: 'p', scryptLogN: 10 })).toString('latin1');
    const raised = Buffer.from(file.replace(/^(-> scrypt \S+) 10$/m, `$1 ${MAX_SCRYPT_LOG_N + 1}`), 'latin1');
    const error = await refusal(decrypt(raised, { identities: [], passphrase: 'p' }));
    expect(error).toMatchObject({ code: 'BUNDLE_INVALID', details: { reason: 'scrypt-work-factor' } });
    expect(error.message).toMatch(/at most 20/);
  });

  it('refuses a passphrase together with recipients, and neither', async () => {
    const { publicKey } = await keyPair();
    expect(await refusal(encrypt(Buffer.from('x'), { recipients: [publicKey], passphrase: 'p' }))).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await refusal(encrypt(Buffer.from('x'), { recipients: [] }))).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(() => createDecryptStream({ identities: [] })).toThrow(AppError);
  });

  it('refuses a low-order recipient key (an all-zero shared secret)', async () => {
    const lowOrder = new Uint8Array(32);
    expect(await refusal(encrypt(Buffer.from('x'), { recipients: [lowOrder] }))).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('a passphrase file without the passphrase, or with the wrong one, is not for us', async () => {
    const { privateKey } = await keyPair();
    const file = await encrypt(Buffer.from('x'), { recipients: [], passphrase: 'right', scryptLogN: 10 });
    expect(await refusal(decrypt(file, { identities: [privateKey] }))).toMatchObject({ code: 'BUNDLE_NOT_FOR_US', details: { passphrase: true } });
    expect(await refusal(decrypt(file, { identities: [], passphrase: 'wrong' }))).toMatchObject({ code: 'BUNDLE_NOT_FOR_US' });
  });
});

describe('age: streaming', () => {
  it('encrypts and decrypts 256 MiB with memory far below its size', async () => {
    const { publicKey, privateKey } = await keyPair();
    const total = 256 * 1024 * 1024;
    const block = randomBytes(CHUNK - 1000);
    const source = (): Readable =>
      Readable.from(
        (function* () {
          for (let sent = 0; sent < total; sent += block.length) yield block.subarray(0, Math.min(block.length, total - sent));
        })(),
      );
    const before = process.memoryUsage().rss;
    let peak = 0;
    let received = 0;
    // Encrypted output is decrypted at once, so neither the plaintext nor the file is ever whole.
    await pipeline(
      source(),
      await createEncryptStream({ recipients: [publicKey] }),
      createDecryptStream({ identities: [privateKey] }),
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          received += chunk.length;
          peak = Math.max(peak, process.memoryUsage().rss - before);
          callback();
        },
      }),
    );
    expect(received).toBe(total);
    // Half the size leaves room for garbage not yet collected; a reader that kept the data would pass it.
    expect(peak).toBeLessThan(total / 2);
  });
});
