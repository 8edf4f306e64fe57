import { generateKeyPairSync, sign } from 'node:crypto';
import sodium from 'libsodium-wrappers-sumo';
import { describe, expect, it } from 'vitest';
import { loadSodium, sodiumHeap } from '../../../../src/main/core/crypto/sodium';
import { generateSigningKeyPair, generateX25519KeyPair, signDetached, verifyDetached, x25519PublicKey } from '../../../../src/main/core/crypto/signing';

const text = (s: string) => new TextEncoder().encode(s);

describe('Ed25519 signing', () => {
  it('signs so that the signature verifies, and only for that message and key', async () => {
    const { publicKey, secretKey } = await generateSigningKeyPair();
    expect(publicKey).toHaveLength(32);
    expect(secretKey).toHaveLength(64);
    const message = text('manifest');
    const signature = await signDetached(message, secretKey);
    expect(signature).toHaveLength(64);
    expect(verifyDetached(signature, message, publicKey)).toBe(true);
    expect(verifyDetached(signature, text('manifesT'), publicKey)).toBe(false);
    expect(verifyDetached(signature, message, (await generateSigningKeyPair()).publicKey)).toBe(false);
    for (let i = 0; i < 64; i += 7) {
      const flipped = Uint8Array.from(signature);
      flipped[i]! ^= 1;
      expect(verifyDetached(flipped, message, publicKey)).toBe(false);
    }
    expect(verifyDetached(signature.subarray(1), message, publicKey)).toBe(false);
    expect(verifyDetached(signature, message, publicKey.subarray(1))).toBe(false);
    // OpenSSL takes this one (all-zero key and signature, a small-order point); we must not.
    expect(verifyDetached(new Uint8Array(64), message, new Uint8Array(32))).toBe(false);
    const identity = new Uint8Array(32);
    identity[0] = 1;
    const forged = new Uint8Array(64);
    forged.set(identity, 0);
    expect(verifyDetached(forged, message, identity)).toBe(false);
  });

  it('agrees with OpenSSL and with libsodium on the same keys (independent checks)', async () => {
    await sodium.ready;
    const { publicKey, secretKey } = await generateSigningKeyPair();
    const message = text('audit head');
    const ours = await signDetached(message, secretKey);
    expect(sodium.crypto_sign_verify_detached(ours, message, publicKey)).toBe(true);
    // Ed25519 is deterministic: OpenSSL signing with the same seed gives the same bytes.
    const seed = secretKey.subarray(0, 32);
    const pkcs8 = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
    const theirs = sign(null, message, { key: pkcs8, format: 'der', type: 'pkcs8' });
    expect(Buffer.from(ours).equals(theirs)).toBe(true);
    const other = generateKeyPairSync('ed25519');
    const otherRaw = other.publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
    expect(verifyDetached(sign(null, message, other.privateKey), message, otherRaw)).toBe(true);
  });
});

describe('X25519 key pairs', () => {
  it('gives a public key that matches the secret scalar', async () => {
    await sodium.ready;
    const { publicKey, secretKey } = await generateX25519KeyPair();
    expect(publicKey).toHaveLength(32);
    expect(secretKey).toHaveLength(32);
    expect(sodium.crypto_scalarmult_base(secretKey)).toEqual(publicKey);
    expect(await x25519PublicKey(secretKey)).toEqual(publicKey);
    expect((await generateX25519KeyPair()).secretKey).not.toEqual(secretKey);
  });
});

/** How many times `secret` is found in libsodium's WebAssembly heap. */
async function copiesInHeap(secret: Uint8Array): Promise<number> {
  const heap = sodiumHeap(await loadSodium())!;
  const haystack = Buffer.from(heap.buffer, heap.byteOffset, heap.length);
  let count = 0;
  for (let at = haystack.indexOf(secret); at >= 0; at = haystack.indexOf(secret, at + 1)) count += 1;
  return count;
}

describe('S16 signing and identity secrets do not stay in the WebAssembly heap', () => {
  it('leaves no copy of a signing or X25519 secret key after making, signing with or deriving from it', async () => {
    const signing = await generateSigningKeyPair();
    expect(await copiesInHeap(signing.secretKey.subarray(0, 32))).toBe(0);
    await signDetached(text('manifest'), signing.secretKey);
    expect(await copiesInHeap(signing.secretKey.subarray(0, 32))).toBe(0);
    const x25519 = await generateX25519KeyPair();
    expect(await copiesInHeap(x25519.secretKey)).toBe(0);
    await x25519PublicKey(x25519.secretKey);
    expect(await copiesInHeap(x25519.secretKey)).toBe(0);
    // The caller's own buffers are left intact: they are still in use.
    expect(signing.secretKey.some((byte) => byte !== 0)).toBe(true);
    expect(x25519.secretKey.some((byte) => byte !== 0)).toBe(true);
  });
});
