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

/** Writes an age file: `header` first, then what update and final return. Made by `AgeEncryptor.create`. */
export class AgeEncryptor {
  private readonly sealer: PayloadSealer;

  private constructor(
    private readonly sodium: Sodium,
    readonly header: Uint8Array,
    private readonly key: Uint8Array,
  ) {
    this.sealer = new PayloadSealer(sodium, this.key);
  }

  /** Async because a passphrase's scrypt runs in a worker (stanzas.ts). */
  static async create(sodium: Sodium, o: EncryptOptions): Promise<AgeEncryptor> {
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
        ? [await wrapScrypt(sodium, o.passphrase ?? '', o.scryptLogN ?? DEFAULT_SCRYPT_LOG_N, fileKey)]
        : recipients.map((recipient) => wrapX25519(sodium, recipient, fileKey));
      const macInput = Buffer.from(headerWithoutMac(stanzas), 'latin1');
      const nonce = sodium.randombytes_buf(PAYLOAD_NONCE_BYTES);
      const header = Buffer.concat([macInput, Buffer.from(macLine(headerMac(sodium, fileKey, macInput)), 'latin1'), nonce]);
      return new AgeEncryptor(sodium, header, payloadKey(sodium, fileKey, nonce));
    } finally {
      forget(sodium, fileKey);
    }
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

/** A step of the decryptor: undefined when it is done at once, a promise while a passphrase's scrypt runs in its worker. */
export type Step = Promise<void> | undefined;

/** Runs `next` after `step`, at once when `step` finished synchronously. */
function after(step: Step, next: () => Step): Step {
  return step ? step.then(next) : next();
}

/**
 * Reads an age file: the header (every stanza checked, the file key unwrapped, the MAC verified),
 * the payload nonce, then the payload. Any failure is final: later calls throw it again. When a
 * step returns a promise (the header's scrypt stanza is being opened), wait for it before the next.
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
  private waiting = false;
  private disposed = false;

  constructor(
    private readonly sodium: Sodium,
    private readonly o: DecryptOptions,
  ) {
    checkDecryptOptions(o);
  }

  update(bytes: Uint8Array, emit: Emit): Step {
    return this.guard(() => {
      if (this.opener) return void this.opener.update(bytes, emit);
      this.store(bytes);
      return this.readHeader(false, emit);
    });
  }

  final(emit: Emit): Step {
    return this.guard(() =>
      after(this.opener ? undefined : this.readHeader(true, emit), () => {
        const opener = this.opener;
        if (!opener) throw invalid('header', 'it ends inside its header.');
        opener.final(emit);
        this.done = true;
        this.dispose();
        return undefined;
      }),
    );
  }

  dispose(): void {
    this.disposed = true;
    const secrets = [this.fileKey, this.key].filter((s): s is Uint8Array => s !== undefined && s.some((b) => b !== 0));
    if (secrets.length > 0) forget(this.sodium, ...secrets);
  }

  private guard(step: () => Step): Step {
    if (this.failure !== undefined) throw this.failure;
    if (this.done) throw new Error('The age file is already finished.');
    if (this.waiting) throw new Error('The age file is still being opened: wait for the previous step.');
    const fail = (error: unknown): never => {
      this.failure = error;
      this.dispose();
      throw error;
    };
    let pending: Step;
    try {
      pending = step();
    } catch (error) {
      return fail(error);
    }
    if (!pending) return undefined;
    this.waiting = true;
    return pending.then(
      () => {
        this.waiting = false;
      },
      (error: unknown) => {
        this.waiting = false;
        fail(error);
      },
    );
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

  /** Parses the header once it is complete, unwraps the file key and checks the MAC; then the nonce. */
  private readHeader(atEnd: boolean, emit: Emit): Step {
    if (this.fileKey) return this.readNonce(atEnd, emit);
    const pending = this.storage.subarray(0, this.stored);
    checkHeaderStart(pending);
    const { end, resumeAt } = findHeaderEnd(pending, this.searched);
    this.searched = resumeAt;
    if (end < 0 || end > MAX_HEADER_BYTES) {
      if (pending.length > MAX_HEADER_BYTES) throw invalid('header', 'its header is too large.');
      if (atEnd) throw invalid('header', 'it ends inside its header.');
      return undefined;
    }
    const parsed = parseHeader(pending.subarray(0, end));
    const rest = Buffer.from(pending.subarray(end));
    this.storage = rest;
    this.stored = rest.length;
    const opened = (fileKey: Uint8Array): Step => {
      if (this.disposed) {
        // The stream was closed while scrypt ran: the key arrives with no one to use it.
        forget(this.sodium, fileKey);
        throw new Error('The age file was closed while it was being opened.');
      }
      this.fileKey = fileKey;
      const expected = headerMac(this.sodium, fileKey, parsed.macInput);
      if (!this.sodium.memcmp(expected, parsed.mac)) throw invalid('mac', 'its header was altered (the MAC does not match).');
      return this.readNonce(atEnd, emit);
    };
    const passphraseStanza = this.checkStanzas(parsed.stanzas);
    if (passphraseStanza) return this.unwrapPassphrase(passphraseStanza).then(opened);
    return opened(this.unwrapWithIdentities(parsed.stanzas));
  }

  /** Derives the payload key once the nonce after the header is here; hands what follows to the opener. */
  private readNonce(atEnd: boolean, emit: Emit): Step {
    const fileKey = this.fileKey;
    if (!fileKey) throw new Error('The age header is not read yet.');
    const pending = this.storage.subarray(0, this.stored);
    if (pending.length < PAYLOAD_NONCE_BYTES) {
      if (atEnd) throw invalid('header', 'it ends before its payload nonce.');
      return undefined;
    }
    this.key = payloadKey(this.sodium, fileKey, pending.subarray(0, PAYLOAD_NONCE_BYTES));
    forget(this.sodium, fileKey);
    this.opener = new PayloadOpener(this.sodium, this.key);
    const rest = pending.subarray(PAYLOAD_NONCE_BYTES);
    this.storage = Buffer.alloc(0);
    this.stored = 0;
    this.opener.update(rest, emit);
    return undefined;
  }

  /** Checks the form of every stanza; returns the passphrase stanza when the file has one. */
  private checkStanzas(stanzas: Stanza[]): Stanza | undefined {
    const scrypt = stanzas.filter((stanza) => stanza.type === 'scrypt');
    if (scrypt.length > 0 && stanzas.length > 1) throw invalid('header', 'a passphrase (scrypt) stanza must be the only stanza.');
    for (const stanza of stanzas) {
      if (stanza.type === 'X25519') checkX25519(stanza);
      else if (stanza.type === 'scrypt') checkScrypt(stanza);
    }
    const [passphraseStanza] = scrypt;
    if (passphraseStanza && this.o.passphrase === undefined) {
      throw new AppError('BUNDLE_NOT_FOR_US', 'This file is protected by a passphrase.', { details: { passphrase: true } });
    }
    return passphraseStanza;
  }

  private async unwrapPassphrase(stanza: Stanza): Promise<Uint8Array> {
    const fileKey = await unwrapScrypt(this.sodium, stanza, this.o.passphrase ?? '');
    if (!fileKey) throw new AppError('BUNDLE_NOT_FOR_US', 'The passphrase does not open this file.', { details: { passphrase: true } });
    return fileKey;
  }

  private unwrapWithIdentities(stanzas: Stanza[]): Uint8Array {
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
