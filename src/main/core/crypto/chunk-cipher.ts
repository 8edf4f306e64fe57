import { AppError } from '../../../shared/errors';
import { loadSodium, type Sodium } from './sodium';

/** crypto_aead_xchacha20poly1305_ietf: key, nonce and tag sizes that formats built on it rely on. */
export const CHUNK_KEY_BYTES = 32;
export const CHUNK_NONCE_BYTES = 24;
export const CHUNK_TAG_BYTES = 16;

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

function checkLibrary(sodium: Sodium): void {
  if (
    sodium.crypto_aead_xchacha20poly1305_ietf_KEYBYTES !== CHUNK_KEY_BYTES ||
    sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES !== CHUNK_TAG_BYTES ||
    sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES !== CHUNK_NONCE_BYTES
  ) {
    throw new AppError('INTERNAL', 'The cryptography library does not match the attachment format.');
  }
}

export interface ChunkCipherLimits {
  /** The largest record (plaintext and tag) sealed or opened. */
  recordBytes: number;
  /** The exact length of every associated data. */
  adBytes: number;
}

/**
 * Seals and opens records under one key with crypto_aead_xchacha20poly1305_ietf, calling
 * libsodium's own functions on one buffer in its WebAssembly heap. The wrappers would copy the key
 * into that heap on every call and free it without wiping, so the attachments key would outlive
 * the vault lock there (docs/security.md S16); here it is copied in once, and dispose() zeroes the
 * whole area (key, nonce, plaintext, ciphertext) before giving it back. The nonce and associated
 * data of each record are the format's (attachments/blob-format.ts).
 */
export class ChunkCipher {
  private readonly raw: RawModule;
  private area: number;
  private readonly nonceAt: number;
  private readonly adAt: number;
  private readonly inAt: number;
  private readonly outAt: number;
  private readonly areaBytes: number;

  static async create(key: Uint8Array, limits: ChunkCipherLimits): Promise<ChunkCipher> {
    return new ChunkCipher(await loadSodium(), key, limits);
  }

  private constructor(
    sodium: Sodium,
    key: Uint8Array,
    private readonly limits: ChunkCipherLimits,
  ) {
    if (!(key instanceof Uint8Array) || key.length !== CHUNK_KEY_BYTES) {
      throw new AppError('INTERNAL', 'An attachments key must be exactly 32 bytes.');
    }
    checkLibrary(sodium);
    this.raw = rawModule(sodium);
    this.nonceAt = CHUNK_KEY_BYTES;
    this.adAt = this.nonceAt + CHUNK_NONCE_BYTES;
    this.inAt = this.adAt + limits.adBytes;
    this.outAt = this.inAt + limits.recordBytes;
    this.areaBytes = this.outAt + limits.recordBytes;
    this.area = this.raw._malloc(this.areaBytes);
    if (this.area === 0) throw new AppError('INTERNAL', 'Out of memory for the attachment cipher.');
    this.heap().set(key, this.area);
  }

  // Read afresh each time: the view is replaced whenever the heap grows.
  private heap(): Uint8Array {
    if (this.area === 0) throw new AppError('INTERNAL', 'The attachment cipher was already released.');
    return this.raw.HEAPU8;
  }

  private prepare(nonce: Uint8Array, ad: Uint8Array, input: Uint8Array): void {
    if (input.length > this.limits.recordBytes) throw new AppError('INTERNAL', 'An attachment record is larger than the format allows.');
    if (nonce.length !== CHUNK_NONCE_BYTES || ad.length !== this.limits.adBytes) {
      throw new AppError('INTERNAL', 'An attachment record nonce or associated data has the wrong size.');
    }
    const heap = this.heap();
    heap.set(nonce, this.area + this.nonceAt);
    heap.set(ad, this.area + this.adAt);
    heap.set(input, this.area + this.inAt);
  }

  /** `plaintext` sealed with this nonce and associated data: ciphertext and tag. */
  seal(nonce: Uint8Array, ad: Uint8Array, plaintext: Uint8Array): Uint8Array {
    if (plaintext.length + CHUNK_TAG_BYTES > this.limits.recordBytes) {
      throw new AppError('INTERNAL', 'An attachment record is larger than the format allows.');
    }
    this.prepare(nonce, ad, plaintext);
    const a = this.area;
    const status = this.raw._crypto_aead_xchacha20poly1305_ietf_encrypt(
      a + this.outAt, 0, a + this.inAt, plaintext.length, 0, a + this.adAt, ad.length, 0, 0, a + this.nonceAt, a,
    );
    if (status !== 0) throw new AppError('INTERNAL', 'An attachment record could not be encrypted.');
    return this.heap().slice(a + this.outAt, a + this.outAt + plaintext.length + CHUNK_TAG_BYTES);
  }

  /** The plaintext of `record` sealed with this nonce and associated data, or null when it does not open so. */
  open(nonce: Uint8Array, ad: Uint8Array, record: Uint8Array): Uint8Array | null {
    if (record.length < CHUNK_TAG_BYTES) return null;
    this.prepare(nonce, ad, record);
    const a = this.area;
    const status = this.raw._crypto_aead_xchacha20poly1305_ietf_decrypt(
      a + this.outAt, 0, 0, a + this.inAt, record.length, 0, a + this.adAt, ad.length, 0, a + this.nonceAt, a,
    );
    if (status !== 0) return null;
    return this.heap().slice(a + this.outAt, a + this.outAt + record.length - CHUNK_TAG_BYTES);
  }

  dispose(): void {
    if (this.area === 0) return;
    this.raw.HEAPU8.fill(0, this.area, this.area + this.areaBytes);
    this.raw._free(this.area);
    this.area = 0;
  }
}
