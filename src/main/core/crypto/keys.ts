import { AppError } from '../../../shared/errors';
import { forget, loadSodium, type Sodium } from './sodium';

export const KEY_BYTES = 32;

/** Subkey ids under the master key; each purpose gets its own key so one leak does not open all. */
export const SUBKEY = {
  database: 1,
  attachments: 2,
  sourceIdentities: 3,
  headerMac: 4,
  /** Keyed hashes of audited values and the seal over the audit chain (docs/security.md S29, S30). */
  audit: 5,
} as const;
const KDF_CONTEXT = 'casekeep';

function deriveSubkey(sodium: Sodium, master: Uint8Array, id: number): Uint8Array {
  return sodium.crypto_kdf_derive_from_key(KEY_BYTES, id, KDF_CONTEXT, master);
}

/** A new random 32-byte key (a master key, a recovery secret). */
export async function generateKey(): Promise<Uint8Array> {
  return (await loadSodium()).randombytes_buf(KEY_BYTES);
}

/**
 * The value for `PRAGMA key`, built only from raw key bytes: SQLCipher then skips its own KDF and
 * no user text ever reaches the statement (docs/security.md S11).
 */
export function sqlcipherKeyLiteral(key: unknown): string {
  if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) {
    throw new AppError('INTERNAL', 'A database key must be exactly 32 random bytes.');
  }
  return `"x'${Buffer.from(key).toString('hex')}'"`;
}

/**
 * The keys of one unlocked vault; dispose() zeroes every buffer and every copy of them that
 * libsodium left in its heap (docs/security.md S16).
 */
export class KeyRing {
  readonly master: Uint8Array;
  readonly database: Uint8Array;
  readonly attachments: Uint8Array;
  readonly sourceIdentities: Uint8Array;
  readonly headerMac: Uint8Array;
  readonly audit: Uint8Array;
  private disposed = false;

  /** The subkeys of `master`; the ring owns it from here on and zeroes it on dispose(). */
  static async derive(master: Uint8Array): Promise<KeyRing> {
    return new KeyRing(await loadSodium(), master);
  }

  private constructor(
    private readonly sodium: Sodium,
    master: Uint8Array,
  ) {
    this.master = master;
    this.database = deriveSubkey(sodium, master, SUBKEY.database);
    this.attachments = deriveSubkey(sodium, master, SUBKEY.attachments);
    this.sourceIdentities = deriveSubkey(sodium, master, SUBKEY.sourceIdentities);
    this.headerMac = deriveSubkey(sodium, master, SUBKEY.headerMac);
    this.audit = deriveSubkey(sodium, master, SUBKEY.audit);
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  dispose(): void {
    forget(this.sodium, this.master, this.database, this.attachments, this.sourceIdentities, this.headerMac, this.audit);
    this.disposed = true;
  }
}
