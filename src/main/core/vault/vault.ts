import { access, mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../../shared/errors';
import { derivePassphraseKey, KDF_DEFAULT, SALT_BYTES, type Argon2Params } from '../crypto/kdf';
import { unwrapKey, wrapKey } from '../crypto/key-wrap';
import { KeyRing } from '../crypto/keys';
import { loadSodium, type Sodium } from '../crypto/sodium';
import { Database } from '../db/database';
import { migrate, MIGRATIONS, schemaVersion, type Migration } from '../db/migrations';
import { sql } from '../db/sql';
import {
  headerPath,
  readHeader,
  slotAssociatedData,
  writeHeader,
  type PassphraseSlot,
  type RecoverySlot,
  type VaultHeader,
} from './header';
import { quickCheck, fullCheck, type IntegrityReport } from './integrity';
import { formatRecoveryKey, generateRecoverySecret, parseRecoveryKey, recoveryKek } from './recovery-key';

export const DATABASE_FILE = 'casekeep.db';
const DATABASE_COMPANIONS = ['', '-wal', '-shm', '-journal'];

export interface VaultOptions {
  /** Stronger parameters than the default; weaker ones are refused. */
  kdf?: Argon2Params;
  migrations?: readonly Migration[];
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function passphraseSlot(sodium: Sodium, vaultId: string, master: Uint8Array, passphrase: string, kdf: Argon2Params): Promise<PassphraseSlot> {
  const salt = sodium.randombytes_buf(SALT_BYTES);
  const kek = await derivePassphraseKey(passphrase, salt, kdf);
  const slot = { kind: 'passphrase' as const, kdf };
  const wrapped = wrapKey(sodium, kek, master, slotAssociatedData(vaultId, slot));
  sodium.memzero(kek);
  return { ...slot, salt: b64(salt), nonce: b64(wrapped.nonce), wrappedKey: b64(wrapped.ciphertext) };
}

function recoverySlot(sodium: Sodium, vaultId: string, master: Uint8Array, secret: Uint8Array): RecoverySlot {
  const salt = sodium.randombytes_buf(32);
  const kek = recoveryKek(sodium, secret, salt);
  const slot = { kind: 'recovery' as const, kdf: { alg: 'blake2b-keyed' as const } };
  const wrapped = wrapKey(sodium, kek, master, slotAssociatedData(vaultId, slot));
  sodium.memzero(kek);
  return { ...slot, salt: b64(salt), nonce: b64(wrapped.nonce), wrappedKey: b64(wrapped.ciphertext) };
}

function findSlot<K extends 'passphrase' | 'recovery'>(header: VaultHeader, kind: K) {
  const slot = header.slots.find((candidate) => candidate.kind === kind);
  if (!slot) throw new AppError('VAULT_CORRUPT', `The vault header has no ${kind} slot.`);
  return slot as Extract<VaultHeader['slots'][number], { kind: K }>;
}

async function unwrapPassphraseSlot(sodium: Sodium, header: VaultHeader, passphrase: string): Promise<Uint8Array> {
  const slot = findSlot(header, 'passphrase');
  const kek = await derivePassphraseKey(passphrase, bytes(slot.salt), slot.kdf);
  const master = unwrapKey(sodium, kek, { nonce: bytes(slot.nonce), ciphertext: bytes(slot.wrappedKey) }, slotAssociatedData(header.vaultId, slot));
  sodium.memzero(kek);
  if (!master) throw new AppError('WRONG_PASSPHRASE', 'The passphrase is wrong.');
  return master;
}

/**
 * One vault folder: `vault.json` (key slots, no case data), the SQLCipher database and its
 * attachments. A Vault object exists only while unlocked; lock() ends it.
 */
export class Vault {
  private open = true;

  private constructor(
    readonly folder: string,
    private header: VaultHeader,
    private readonly database: Database,
    /** Exposed so that tests can prove lock() zeroes it. */
    readonly keys: KeyRing,
    private readonly sodium: Sodium,
  ) {}

  static async exists(folder: string): Promise<boolean> {
    return exists(headerPath(folder));
  }

  static async create(folder: string, passphrase: string, options: VaultOptions = {}): Promise<{ vault: Vault; recoveryKey: string }> {
    const sodium = await loadSodium();
    await mkdir(folder, { recursive: true, mode: 0o700 });
    if (await Vault.exists(folder)) throw new AppError('VAULT_EXISTS', 'This folder already holds a vault.');
    // A database without a header is a create that crashed: its key was never stored anywhere.
    await removeDatabaseFiles(folder);

    const vaultId = uuidv7();
    const createdAt = new Date().toISOString();
    const master = sodium.randombytes_buf(32);
    const recoverySecret = generateRecoverySecret(sodium);
    const header: VaultHeader = {
      format: 'casekeep-vault',
      version: 1,
      vaultId,
      createdAt,
      slots: [
        await passphraseSlot(sodium, vaultId, master, passphrase, options.kdf ?? KDF_DEFAULT),
        recoverySlot(sodium, vaultId, master, recoverySecret),
      ],
    };
    const recoveryKey = formatRecoveryKey(sodium, recoverySecret);
    sodium.memzero(recoverySecret);

    const keys = new KeyRing(sodium, master);
    let database: Database | undefined;
    try {
      database = await Database.open(join(folder, DATABASE_FILE), keys.database, { create: true });
      await migrate(database, options.migrations ?? MIGRATIONS);
      await database.run(sql`INSERT INTO meta (key, value) VALUES ('vault_id', ${vaultId}), ('created_at', ${createdAt})`);
      // The header goes last: until it exists, nothing half-made can be mistaken for a vault.
      await writeHeader(folder, header);
    } catch (error) {
      await database?.close().catch(() => undefined);
      keys.dispose();
      await removeDatabaseFiles(folder);
      throw error;
    }
    return { vault: new Vault(folder, header, database, keys, sodium), recoveryKey };
  }

  static async unlock(folder: string, passphrase: string, options: VaultOptions = {}): Promise<Vault> {
    const sodium = await loadSodium();
    const header = await readHeader(folder);
    const master = await unwrapPassphraseSlot(sodium, header, passphrase);
    return Vault.openDatabase(sodium, folder, header, master, options);
  }

  static async unlockWithRecoveryKey(folder: string, recoveryKey: string, options: VaultOptions = {}): Promise<Vault> {
    const sodium = await loadSodium();
    const header = await readHeader(folder);
    const secret = parseRecoveryKey(sodium, recoveryKey);
    const slot = findSlot(header, 'recovery');
    const kek = recoveryKek(sodium, secret, bytes(slot.salt));
    sodium.memzero(secret);
    const master = unwrapKey(sodium, kek, { nonce: bytes(slot.nonce), ciphertext: bytes(slot.wrappedKey) }, slotAssociatedData(header.vaultId, slot));
    sodium.memzero(kek);
    if (!master) throw new AppError('WRONG_RECOVERY_KEY', 'This recovery key does not open this vault.');
    return Vault.openDatabase(sodium, folder, header, master, options);
  }

  private static async openDatabase(sodium: Sodium, folder: string, header: VaultHeader, master: Uint8Array, options: VaultOptions): Promise<Vault> {
    const keys = new KeyRing(sodium, master);
    let database: Database | undefined;
    try {
      database = await Database.open(join(folder, DATABASE_FILE), keys.database, { create: false });
      const report = await quickCheck(database);
      if (!report.ok) {
        throw new AppError('VAULT_CORRUPT', 'The vault database is damaged. Restore it from a backup.', {
          details: { pages: report.pages },
        });
      }
      await migrate(database, options.migrations ?? MIGRATIONS);
    } catch (error) {
      await database?.close().catch(() => undefined);
      keys.dispose();
      throw error;
    }
    return new Vault(folder, header, database, keys, sodium);
  }

  get id(): string {
    return this.header.vaultId;
  }

  get createdAt(): string {
    return this.header.createdAt;
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** The store; refuses once locked. */
  get db(): Database {
    if (!this.open) throw new AppError('VAULT_LOCKED', 'The vault is locked.');
    return this.database;
  }

  schemaVersion(): Promise<number> {
    return schemaVersion(this.db);
  }

  checkIntegrity(): Promise<IntegrityReport> {
    return fullCheck(this.db);
  }

  /** Rewraps the master key under a new passphrase; the database is not rewritten. */
  async changePassphrase(current: string, next: string): Promise<void> {
    this.assertOpen();
    const master = await unwrapPassphraseSlot(this.sodium, this.header, current);
    const same = this.sodium.memcmp(master, this.keys.master);
    this.sodium.memzero(master);
    if (!same) throw new AppError('WRONG_PASSPHRASE', 'The passphrase is wrong.');
    await this.setPassphrase(next);
  }

  /** After unlocking with the recovery key: a new passphrase without the old one. */
  async setPassphrase(next: string): Promise<void> {
    this.assertOpen();
    const slot = await passphraseSlot(this.sodium, this.header.vaultId, this.keys.master, next, KDF_DEFAULT);
    const header: VaultHeader = {
      ...this.header,
      slots: this.header.slots.map((existing) => (existing.kind === 'passphrase' ? slot : existing)),
    };
    await writeHeader(this.folder, header);
    this.header = header;
  }

  /** Checkpoints and closes the database, then zeroes every key. */
  async lock(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    try {
      await this.database.close({ checkpoint: true });
    } finally {
      this.keys.dispose();
    }
  }

  private assertOpen(): void {
    if (!this.open) throw new AppError('VAULT_LOCKED', 'The vault is locked.');
  }
}

async function removeDatabaseFiles(folder: string): Promise<void> {
  for (const suffix of DATABASE_COMPANIONS) {
    await unlink(join(folder, DATABASE_FILE + suffix)).catch(() => undefined);
  }
}
