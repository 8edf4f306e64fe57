import { AppError } from '../../../../shared/errors';
import { forget, scrubHeap, type Sodium } from '../sodium';
import { invalid } from './base64';
import { checkHeaderStart, findHeaderEnd, headerWithoutMac, macLine, MAX_HEADER_BYTES, MAX_STANZAS, parseHeader, type Stanza } from './header';
import { hkdfSha256, hmacSha256 } from './hkdf';
import { PayloadOpener, PayloadSealer, PAYLOAD_NONCE_BYTES, type Emit } from './payload';
import {
  checkScrypt,
  checkX25519,
  DEFAULT_SCRYPT_LOG_N,
  FILE_KEY_BYTES,
  unwrapScrypt,
  unwrapX25519,
  wrapScrypt,
  wrapX25519,
} from './stanzas';

export interface EncryptOptions {
  /** X25519 public keys (32 bytes each). */
  recipients: Uint8Array[];
  /** A passphrase (scrypt stanza); age allows it only without other recipients. */
  passphrase?: string;
  /** scrypt work factor written (log2 N), 1 to 20; defaults to 18 (age's own default). */
  scryptLogN?: number;
}

export interface DecryptOptions {
  /** X25519 secret keys (32 bytes each). */
  identities: Uint8Array[];
  passphrase?: string;
}

const EMPTY = new Uint8Array(0);

function headerMac(sodium: Sodium, fileKey: Uint8Array, macInput: Uint8Array): Uint8Array {
  const key = hkdfSha256(sodium, fileKey, EMPTY, 'header', 32);
  const mac = hmacSha256(sodium, key, macInput);
  key.fill(0);
  return mac;
}

function payloadKey(sodium: Sodium, fileKey: Uint8Array, nonce: Uint8Array): Uint8Array {
  return hkdfSha256(sodium, fileKey, nonce, 'payload', 32);
}

/** Writes an age file: `header` first, then what update and final return. */
export class AgeEncryptor {
  readonly header: Uint8Array;
  private readonly sealer: PayloadSealer;
  private readonly key: Uint8Array;

  constructor(
    private readonly sodium: Sodium,
    o: EncryptOptions,
  ) {
    const recipients = o.recipients;
    const hasPassphrase = o.passphrase !== undefined;
    if (hasPassphrase && recipients.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'age encrypts to a passphrase or to recipients, not both.');
    }
    if (!hasPassphrase && recipients.length === 0) throw new AppError('VALIDATION_FAILED', 'Choose at least one recipient or a passphrase.');
    if (recipients.length > MAX_STANZAS) throw new AppError('VALIDATION_FAILED', `An age file has at most ${MAX_STANZAS} recipients.`);
    const fileKey = sodium.randombytes_buf(FILE_KEY_BYTES);
    try {
      const stanzas: Stanza[] = hasPassphrase
        ? [wrapScrypt(sodium, o.passphrase ?? '', o.scryptLogN ?? DEFAULT_SCRYPT_LOG_N, fileKey)]
        : recipients.map((recipient) => wrapX25519(sodium, recipient, fileKey));
      const macInput = Buffer.from(headerWithoutMac(stanzas), 'latin1');
      const nonce = sodium.randombytes_buf(PAYLOAD_NONCE_BYTES);
      this.header = Buffer.concat([macInput, Buffer.from(macLine(headerMac(sodium, fileKey, macInput)), 'latin1'), nonce]);
      this.key = payloadKey(sodium, fileKey, nonce);
    } finally {
      forget(sodium, fileKey);
    }
    this.sealer = new PayloadSealer(sodium, this.key);
  }

  update(bytes: Uint8Array): Uint8Array[] {
    return this.sealer.update(bytes);
  }

  final(): Uint8Array {
    const last = this.sealer.final();
    this.dispose();
    return last;
  }

  dispose(): void {
    if (this.key.some((byte) => byte !== 0)) forget(this.sodium, this.key);
  }
}

export function checkDecryptOptions(o: DecryptOptions): void {
  for (const identity of o.identities) {
    if (identity.length !== 32) throw new AppError('VALIDATION_FAILED', 'An age identity key is 32 bytes long.');
  }
  if (o.identities.length === 0 && o.passphrase === undefined) {
    throw new AppError('VALIDATION_FAILED', 'Give at least one identity or a passphrase to open an age file.');
  }
}

/**
 * Reads an age file: the header (every stanza checked, the file key unwrapped, the MAC verified),
 * the payload nonce, then the payload. Any failure is final: later calls throw it again.
 */
export class AgeDecryptor {
  /** Bytes before the payload (header, nonce), in storage that doubles as it fills, so feeding tiny pieces stays linear. */
  private storage = Buffer.alloc(0);
  private stored = 0;
  private searched = 0;
  private opener: PayloadOpener | undefined;
  private fileKey: Uint8Array | undefined;
  private key: Uint8Array | undefined;
  private failure: unknown;
  private done = false;

  constructor(
    private readonly sodium: Sodium,
    private readonly o: DecryptOptions,
  ) {
    checkDecryptOptions(o);
  }

  update(bytes: Uint8Array, emit: Emit): void {
    this.guard(() => {
      if (this.opener) this.opener.update(bytes, emit);
      else {
        this.store(bytes);
        this.readHeader(false, emit);
      }
    });
  }

  final(emit: Emit): void {
    this.guard(() => {
      if (!this.opener) this.readHeader(true, emit);
      const opener = this.opener;
      if (!opener) throw invalid('header', 'it ends inside its header.');
      opener.final(emit);
      this.done = true;
      this.dispose();
    });
  }

  dispose(): void {
    const secrets = [this.fileKey, this.key].filter((s): s is Uint8Array => s !== undefined && s.some((b) => b !== 0));
    if (secrets.length > 0) forget(this.sodium, ...secrets);
  }

  private guard<T>(step: () => T): T {
    if (this.failure !== undefined) throw this.failure;
    if (this.done) throw new Error('The age file is already finished.');
    try {
      return step();
    } catch (error) {
      this.failure = error;
      this.dispose();
      throw error;
    }
  }

  private store(bytes: Uint8Array): void {
    const needed = this.stored + bytes.length;
    if (needed > this.storage.length) {
      const grown = Buffer.alloc(Math.max(needed, 2 * this.storage.length, 4096));
      this.storage.copy(grown, 0, 0, this.stored);
      this.storage = grown;
    }
    this.storage.set(bytes, this.stored);
    this.stored = needed;
  }

  /** Parses the header once it is complete; hands what follows the payload nonce to the opener. */
  private readHeader(atEnd: boolean, emit: Emit): void {
    let pending = this.storage.subarray(0, this.stored);
    if (!this.fileKey) {
      checkHeaderStart(pending);
      const { end, resumeAt } = findHeaderEnd(pending, this.searched);
      this.searched = resumeAt;
      if (end < 0 || end > MAX_HEADER_BYTES) {
        if (pending.length > MAX_HEADER_BYTES) throw invalid('header', 'its header is too large.');
        if (atEnd) throw invalid('header', 'it ends inside its header.');
        return;
      }
      const parsed = parseHeader(pending.subarray(0, end));
      this.fileKey = this.unwrapFileKey(parsed.stanzas);
      const expected = headerMac(this.sodium, this.fileKey, parsed.macInput);
      if (!this.sodium.memcmp(expected, parsed.mac)) throw invalid('mac', 'its header was altered (the MAC does not match).');
      pending = Buffer.from(pending.subarray(end));
      this.storage = pending;
      this.stored = pending.length;
    }
    if (pending.length < PAYLOAD_NONCE_BYTES) {
      if (atEnd) throw invalid('header', 'it ends before its payload nonce.');
      return;
    }
    this.key = payloadKey(this.sodium, this.fileKey, pending.subarray(0, PAYLOAD_NONCE_BYTES));
    forget(this.sodium, this.fileKey);
    this.opener = new PayloadOpener(this.sodium, this.key);
    const rest = pending.subarray(PAYLOAD_NONCE_BYTES);
    this.storage = Buffer.alloc(0);
    this.stored = 0;
    this.opener.update(rest, emit);
  }

  private unwrapFileKey(stanzas: Stanza[]): Uint8Array {
    const scrypt = stanzas.filter((stanza) => stanza.type === 'scrypt');
    if (scrypt.length > 0 && stanzas.length > 1) throw invalid('header', 'a passphrase (scrypt) stanza must be the only stanza.');
    for (const stanza of stanzas) {
      if (stanza.type === 'X25519') checkX25519(stanza);
      else if (stanza.type === 'scrypt') checkScrypt(stanza);
    }
    const [passphraseStanza] = scrypt;
    if (passphraseStanza) {
      if (this.o.passphrase === undefined) {
        throw new AppError('BUNDLE_NOT_FOR_US', 'This file is protected by a passphrase.', { details: { passphrase: true } });
      }
      const fileKey = unwrapScrypt(this.sodium, passphraseStanza, this.o.passphrase);
      if (!fileKey) throw new AppError('BUNDLE_NOT_FOR_US', 'The passphrase does not open this file.', { details: { passphrase: true } });
      return fileKey;
    }
    const x25519 = stanzas.filter((stanza) => stanza.type === 'X25519');
    try {
      for (const identity of this.o.identities) {
        const publicKey = this.sodium.crypto_scalarmult_base(identity);
        for (const stanza of x25519) {
          const fileKey = unwrapX25519(this.sodium, stanza, identity, publicKey);
          if (fileKey) return fileKey;
        }
      }
    } finally {
      // The wrappers copy each identity into libsodium's heap and free it unwiped (docs/security.md S16).
      scrubHeap(this.sodium, this.o.identities);
    }
    throw new AppError('BUNDLE_NOT_FOR_US', 'None of the keys given opens this file: it was encrypted for other recipients.', {
      details: { passphrase: false },
    });
  }
}
