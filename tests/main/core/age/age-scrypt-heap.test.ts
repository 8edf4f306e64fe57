import { describe, expect, it } from 'vitest';
import { createDecryptStream, createEncryptStream, decrypt, DEFAULT_SCRYPT_LOG_N, encrypt } from '../../../../src/main/core/crypto/age/index';
import { loadSodium, sodiumHeap } from '../../../../src/main/core/crypto/sodium';
import { throughTransform } from './stream-helpers';

/** What scrypt at the default work factor needs: 128 · r · N bytes, r = 8 (256 MiB at 18). */
const SCRYPT_BYTES = 128 * 8 * 2 ** DEFAULT_SCRYPT_LOG_N;

async function heapBytes(): Promise<number> {
  return sodiumHeap(await loadSodium())?.length ?? 0;
}

describe('age: passphrase memory', () => {
  it('derives the scrypt key in a worker, so this process keeps no 256 MiB heap after a passphrase encrypt and decrypt', async () => {
    const before = await heapBytes();
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(SCRYPT_BYTES);
    const plaintext = Buffer.from('a bundle protected by a passphrase, Сәуле');
    const passphrase = 'correct horse battery staple';

    const sealed = await encrypt(plaintext, { recipients: [], passphrase });
    expect(Buffer.from(await decrypt(sealed, { identities: [], passphrase }))).toEqual(plaintext);
    const streamed = await throughTransform(await createEncryptStream({ recipients: [], passphrase }), plaintext);
    const opened = await throughTransform(createDecryptStream({ identities: [], passphrase }), streamed.out, 17);
    expect(opened.error).toBeUndefined();
    expect(opened.out).toEqual(plaintext);

    // WebAssembly memory never shrinks: one in-process derivation would leave it at 256 MiB or more.
    expect(await heapBytes()).toBeLessThan(SCRYPT_BYTES);
  });
});
