import type { Sodium } from '../sodium';
import { invalid } from './base64';
import { ByteQueue } from './byte-queue';

/**
 * The age payload: a 16-byte nonce, then STREAM over ChaCha20-Poly1305 (IETF) in 64 KiB chunks,
 * each sealed under the nonce "11-byte big-endian counter || last flag". The final chunk carries
 * the flag; it may be short or full, and it is empty only when the whole payload is empty.
 */
export const CHUNK_BYTES = 64 * 1024;
export const TAG_BYTES = 16;
export const SEALED_CHUNK_BYTES = CHUNK_BYTES + TAG_BYTES;
export const PAYLOAD_NONCE_BYTES = 16;

export function chunkNonce(counter: number, last: boolean): Uint8Array {
  const nonce = new Uint8Array(12);
  let rest = counter;
  for (let at = 10; at >= 0 && rest > 0; at -= 1) {
    nonce[at] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  nonce[11] = last ? 1 : 0;
  return nonce;
}

/** Seals plaintext into chunks; a full chunk is sealed only once more plaintext (or the end) shows whether it is the last. */
export class PayloadSealer {
  private readonly queue = new ByteQueue();
  private counter = 0;
  private finished = false;

  constructor(
    private readonly sodium: Sodium,
    private readonly key: Uint8Array,
  ) {}

  private seal(plaintext: Uint8Array, last: boolean): Uint8Array {
    const sealed = this.sodium.crypto_aead_chacha20poly1305_ietf_encrypt(plaintext, null, null, chunkNonce(this.counter, last), this.key);
    this.counter += 1;
    return sealed;
  }

  update(bytes: Uint8Array): Uint8Array[] {
    if (this.finished) throw new Error('The age payload is already finished.');
    this.queue.push(bytes);
    const out: Uint8Array[] = [];
    while (this.queue.length > CHUNK_BYTES) out.push(this.seal(this.queue.take(CHUNK_BYTES), false));
    return out;
  }

  final(): Uint8Array {
    if (this.finished) throw new Error('The age payload is already finished.');
    this.finished = true;
    return this.seal(this.queue.take(this.queue.length), true);
  }
}

/** Receives each chunk's plaintext once its tag has verified. */
export type Emit = (plaintext: Uint8Array) => void;

/**
 * Opens chunks and emits only plaintext whose tag has verified. A sealed chunk is opened as
 * non-final only when at least one byte follows it, and as final only at end of input, so a final
 * chunk with anything after it, a missing final chunk and an empty final chunk after data are all
 * refused (docs/security.md S21). As the C2SP vectors require, a chunk that authenticates is
 * emitted before the error its position causes (a full final chunk followed by more bytes, a full
 * non-final chunk at the end): a reader acts on the output only once the whole file succeeded.
 */
export class PayloadOpener {
  private readonly queue = new ByteQueue();
  private counter = 0;
  private finished = false;

  constructor(
    private readonly sodium: Sodium,
    private readonly key: Uint8Array,
  ) {}

  private open(sealed: Uint8Array, last: boolean): Uint8Array | null {
    try {
      return this.sodium.crypto_aead_chacha20poly1305_ietf_decrypt(null, sealed, null, chunkNonce(this.counter, last), this.key);
    } catch {
      return null;
    }
  }

  update(bytes: Uint8Array, emit: Emit): void {
    if (this.finished) throw new Error('The age payload is already finished.');
    this.queue.push(bytes);
    while (this.queue.length > SEALED_CHUNK_BYTES) {
      const sealed = this.queue.take(SEALED_CHUNK_BYTES);
      const plaintext = this.open(sealed, false);
      if (!plaintext) {
        const final = this.open(sealed, true);
        if (!final) throw invalid('chunk', `chunk ${this.counter + 1} does not authenticate (damaged or altered).`);
        this.finished = true;
        emit(final);
        throw invalid('trailing-data', 'there are bytes after its final chunk.');
      }
      this.counter += 1;
      emit(plaintext);
    }
  }

  final(emit: Emit): void {
    if (this.finished) throw new Error('The age payload is already finished.');
    this.finished = true;
    const rest = this.queue.take(this.queue.length);
    if (rest.length === TAG_BYTES && this.counter > 0) throw invalid('chunk', 'its final chunk is empty, which only an empty file may have.');
    if (rest.length < TAG_BYTES) throw invalid('truncated', 'it ends before its final chunk.');
    const plaintext = this.open(rest, true);
    if (plaintext) {
      if (plaintext.length > 0) emit(plaintext);
      return;
    }
    const notFinal = rest.length === SEALED_CHUNK_BYTES ? this.open(rest, false) : null;
    if (!notFinal) throw invalid('chunk', `chunk ${this.counter + 1} (the last) does not authenticate (damaged, altered or cut short).`);
    emit(notFinal);
    throw invalid('truncated', 'it ends before its final chunk.');
  }
}
