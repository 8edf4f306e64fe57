import sodium from 'libsodium-wrappers-sumo';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENVELOPE_OVERHEAD, envelopeFromParts, envelopeParts, open, seal } from '../../../../src/main/core/crypto/envelope';
import { unwrapKey, wrapKey } from '../../../../src/main/core/crypto/key-wrap';

const text = (s: string) => new TextEncoder().encode(s);

beforeAll(async () => {
  await sodium.ready;
});

describe('versioned AEAD envelope', () => {
  it('version 1 is 0x01, a 24-byte nonce, then XChaCha20-Poly1305 of the plaintext under the associated data', async () => {
    const key = sodium.randombytes_buf(32);
    const envelope = await seal(key, text('Ayşe'), 'casekeep/source-identity/v1/abc');
    expect(envelope[0]).toBe(1);
    expect(envelope).toHaveLength(ENVELOPE_OVERHEAD + 5);
    // Opened by libsodium directly, as the bytes written before this module existed were sealed.
    const plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, envelope.subarray(25), 'casekeep/source-identity/v1/abc', envelope.subarray(1, 25), key);
    expect(new TextDecoder().decode(plain)).toBe('Ayşe');
  });

  it('opens a value sealed the way source identities always were', async () => {
    const key = sodium.randombytes_buf(32);
    const nonce = sodium.randombytes_buf(24);
    const box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(text('{"realName":"X"}'), 'ad', null, nonce, key);
    const old = new Uint8Array([1, ...nonce, ...box]);
    expect(new TextDecoder().decode((await open(key, old, 'ad'))!)).toBe('{"realName":"X"}');
  });

  it('does not open under another key, other associated data, a flipped byte or cut short', async () => {
    const key = sodium.randombytes_buf(32);
    const envelope = await seal(key, text('secret'), 'here');
    expect(await open(key, envelope, 'here')).toEqual(text('secret'));
    expect(await open(sodium.randombytes_buf(32), envelope, 'here')).toBeNull();
    expect(await open(key, envelope, 'there')).toBeNull();
    for (let i = 1; i < envelope.length; i += 1) {
      const flipped = Uint8Array.from(envelope);
      flipped[i]! ^= 0x40;
      expect(await open(key, flipped, 'here')).toBeNull();
    }
    for (const length of [0 + 1, 10, ENVELOPE_OVERHEAD - 1, envelope.length - 1]) {
      expect(await open(key, envelope.subarray(0, length), 'here')).toBeNull();
    }
  });

  it('refuses a version it does not know, by name', async () => {
    const key = sodium.randombytes_buf(32);
    const envelope = await seal(key, text('secret'), 'here');
    for (const version of [0, 2, 255]) {
      const other = Uint8Array.from(envelope);
      other[0] = version;
      await expect(open(key, other, 'here')).rejects.toMatchObject({ code: 'VAULT_CORRUPT', details: { reason: 'envelope-version', version } });
    }
    await expect(open(key, new Uint8Array(0), 'here')).rejects.toMatchObject({ code: 'VAULT_CORRUPT' });
    await expect(seal(new Uint8Array(16), text('x'), 'here')).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('splits into and rebuilds from the nonce and ciphertext a key slot stores', async () => {
    const kek = sodium.randombytes_buf(32);
    const master = sodium.randombytes_buf(32);
    const wrapped = await wrapKey(kek, master, 'casekeep-vault/1/id/passphrase/x');
    expect(wrapped.nonce).toHaveLength(24);
    expect(wrapped.ciphertext).toHaveLength(48);
    expect(await unwrapKey(kek, wrapped, 'casekeep-vault/1/id/passphrase/x')).toEqual(master);
    expect(await unwrapKey(kek, wrapped, 'casekeep-vault/1/id/recovery/x')).toBeNull();
    const envelope = envelopeFromParts(wrapped.nonce, wrapped.ciphertext);
    expect(envelopeParts(envelope)).toEqual(wrapped);
    expect(() => envelopeFromParts(wrapped.nonce.subarray(1), wrapped.ciphertext)).toThrow();
  });
});
