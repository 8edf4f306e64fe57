import { AppError } from '../../../shared/errors';
import type { Sodium } from '../crypto/sodium';
import { ABYTES, AD_BYTES, NONCE_BYTES, RECORD_BYTES, checkBlobKey, recordAd, recordNonce } from './blob-format';

/** The parts of the raw Emscripten module that the wrappers keep public but do not type. */
interface RawModule {
  HEAPU8: Uint8Array;
  _malloc(bytes: number): number;
  _free(address: number): void;
  /** (c, clen_p, m, mlen_lo, mlen_hi, ad, adlen_lo, adlen_hi, nsec, npub, k) */
  _crypto_aead_xchacha20poly1305_ietf_encrypt(...args: number[]): number;
  /** (m, mlen_p, nsec, c, clen_lo, clen_hi, ad, adlen_lo, adlen_hi, npub, k) */
  _crypto_aead_xchacha20poly1305_ietf_decrypt(...args: number[]): number;
}

function rawModule(sodium: Sodium): RawModule {
  const raw = (sodium as unknown as { libsodium?: Partial<RawModule> }).libsodium;
  if (
    !raw?.HEAPU8 ||
    typeof raw._malloc !== 'function' ||
    typeof raw._free !== 'function' ||
    typeof raw._crypto_aead_xchacha20poly1305_ietf_encrypt !== 'function' ||
    typeof raw._crypto_aead_xchacha20poly1305_ietf_decrypt !== 'function'
  ) {
    throw new AppError('INTERNAL', 'The cryptography library does not offer what the attachment format needs.');
  }
  return raw as RawModule;
}

const KEY_OFFSET = 0;
const NONCE_OFFSET = KEY_OFFSET + 32;
const AD_OFFSET = NONCE_OFFSET + NONCE_BYTES;
const IN_OFFSET = AD_OFFSET + AD_BYTES;
const OUT_OFFSET = IN_OFFSET + RECORD_BYTES;
const AREA_BYTES = OUT_OFFSET + RECORD_BYTES;

/**
 * Seals and opens the records of one blob with crypto_aead_xchacha20poly1305_ietf, calling
 * libsodium's own functions on one buffer in its WebAssembly heap. The wrappers would copy the key
 * into that heap on every call and free it without wiping, so the attachments key would outlive
 * the vault lock there (docs/security.md S16); here it is copied in once, and dispose() zeroes the
 * whole area (key, nonce, plaintext, ciphertext) before giving it back.
 */
export class ChunkCipher {
  private readonly raw: RawModule;
  private area: number;

  constructor(
    sodium: Sodium,
    key: Uint8Array,
    private readonly header: Uint8Array,
  ) {
    checkBlobKey(sodium, key);
    this.raw = rawModule(sodium);
    this.area = this.raw._malloc(AREA_BYTES);
    if (this.area === 0) throw new AppError('INTERNAL', 'Out of memory for the attachment cipher.');
    this.heap().set(key, this.area + KEY_OFFSET);
  }

  // Read afresh each time: the view is replaced whenever the heap grows.
  private heap(): Uint8Array {
    if (this.area === 0) throw new AppError('INTERNAL', 'The attachment cipher was already released.');
    return this.raw.HEAPU8;
  }

  private prepare(index: number, final: boolean, input: Uint8Array): void {
    if (input.length > RECORD_BYTES) throw new AppError('INTERNAL', 'An attachment record is larger than the format allows.');
    const heap = this.heap();
    heap.set(recordNonce(this.header, index), this.area + NONCE_OFFSET);
    heap.set(recordAd(this.header, index, final), this.area + AD_OFFSET);
    heap.set(input, this.area + IN_OFFSET);
  }

  /** The record for plaintext chunk `index`. */
  seal(index: number, final: boolean, plaintext: Uint8Array): Uint8Array {
    this.prepare(index, final, plaintext);
    const a = this.area;
    const status = this.raw._crypto_aead_xchacha20poly1305_ietf_encrypt(
      a + OUT_OFFSET, 0, a + IN_OFFSET, plaintext.length, 0, a + AD_OFFSET, AD_BYTES, 0, 0, a + NONCE_OFFSET, a + KEY_OFFSET,
    );
    if (status !== 0) throw new AppError('INTERNAL', 'An attachment record could not be encrypted.');
    return this.heap().slice(a + OUT_OFFSET, a + OUT_OFFSET + plaintext.length + ABYTES);
  }

  /** The plaintext of record `index` sealed with this final flag, or null when it does not open so. */
  open(index: number, final: boolean, record: Uint8Array): Uint8Array | null {
    if (record.length < ABYTES) return null;
    this.prepare(index, final, record);
    const a = this.area;
    const status = this.raw._crypto_aead_xchacha20poly1305_ietf_decrypt(
      a + OUT_OFFSET, 0, 0, a + IN_OFFSET, record.length, 0, a + AD_OFFSET, AD_BYTES, 0, a + NONCE_OFFSET, a + KEY_OFFSET,
    );
    if (status !== 0) return null;
    return this.heap().slice(a + OUT_OFFSET, a + OUT_OFFSET + record.length - ABYTES);
  }

  dispose(): void {
    if (this.area === 0) return;
    this.raw.HEAPU8.fill(0, this.area, this.area + AREA_BYTES);
    this.raw._free(this.area);
    this.area = 0;
  }
}
