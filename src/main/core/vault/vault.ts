import { access, mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../../shared/errors';
import { ATTACHMENTS_FOLDER } from '../attachments/attachments';
import { KDF_DEFAULT, strongerParams, type Argon2Params } from '../crypto/kdf';
import { cryptoReady } from '../crypto/blake2b';
import { constantTimeEqual } from '../crypto/hash';
import { generateKey, KeyRing } from '../crypto/keys';
import { wipe } from '../crypto/sodium';
import { Database } from '../db/database';
import { migrate, MIGRATIONS, schemaVersion, type Migration } from '../db/migrations';
import { sql } from '../db/sql';
import { bindAuditKey } from '../store/audit-log';
import {
  headerPath,
  readHeader,
  writeHeader,
  type VaultHeader,
} from './header';
import { findSlot, passphraseSlot, recoverySlot, unwrapPassphraseSlot, unwrapRecoverySlot } from './key-slots';
import { fullCheck, startBackgroundCheck, type BackgroundCheck, type IntegrityReport, type IntegrityState } from './integrity';
import { formatRecoveryKey, generateRecoverySecret, parseRecoveryKey } from './recovery-key';

export const DATABASE_FILE = 'casekeep.db';
const DATABASE_COMPANIONS = ['', '-wal', '-shm', '-journal'];

export interface VaultOptions {
  /** Stronger parameters than the default; weaker ones are refused. */
  kdf?: Argon2Params;
  migrations?: readonly Migration[];
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** What a folder holds: nothing of ours, a vault, or data whose header is gone (docs/security.md S35). */
export type FolderContents = 'empty' | 'vault' | 'headerless';

export async function folderContents(folder: string): Promise<FolderContents> {
  if (await exists(headerPath(folder))) return 'vault';
  for (const suffix of DATABASE_COMPANIONS) {
    if (await exists(join(folder, DATABASE_FILE + suffix))) return 'headerless';
  }
  const blobs = await readdir(join(folder, ATTACHMENTS_FOLDER)).catch(() => []);
  return blobs.length > 0 ? 'headerless' : 'empty';
}

function headerMissing(): AppError {
  return new AppError(
    'VAULT_CORRUPT',
    'This folder holds vault data, but the header is missing: without it the data cannot be opened. Nothing was changed. Restore the header or the vault from a backup.',
  );
}

/** readHeader, with a missing header over existing data reported as damage, never as "absent". */
async function readVaultHeader(folder: string): Promise<VaultHeader> {
  try {
    return await readHeader(folder);
  } catch (error) {
    if (error instanceof AppError && error.code === 'VAULT_NOT_FOUND' && (await folderContents(folder)) === 'headerless') throw headerMissing();
    throw error;
  }
}

/**
 * One vault folder: `vault.json` (key slots, no case data), the SQLCipher database and its
 * attachments. A Vault object exists only while unlocked; lock() ends it.
 */
export class Vault {
  private open = true;
  private check: BackgroundCheck | undefined;
  private integrityState: IntegrityState = 'ok';
  private damagedPages: number[] = [];
  private checked: Promise<IntegrityReport | null> = Promise.resolve(null);
  private readonly damageListeners = new Set<(pages: number[]) => void>();

  private constructor(
    readonly folder: string,
    private header: VaultHeader,
    private readonly database: Database,
    /** Exposed so that tests can prove lock() zeroes it. */
    readonly keys: KeyRing,
  ) {}

  static async exists(folder: string): Promise<boolean> {
    return exists(headerPath(folder));
  }

  /**
   * A new vault in an empty folder. Nothing that was there before is removed or overwritten
   * (docs/security.md S35): a folder with data but no header is refused as damaged, and a failed
   * create removes only the files it made itself.
   */
  static async create(folder: string, passphrase: string, options: VaultOptions = {}): Promise<{ vault: Vault; recoveryKey: string }> {
    await cryptoReady();
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const contents = await folderContents(folder);
    if (contents === 'vault') throw new AppError('VAULT_EXISTS', 'This folder already holds a vault.');
    if (contents === 'headerless') throw headerMissing();

    const vaultId = uuidv7();
    const createdAt = new Date().toISOString();
    const master = await generateKey();
    const recoverySecret = generateRecoverySecret();
    const header: VaultHeader = {
      format: 'casekeep-vault',
      version: 1,
      vaultId,
      createdAt,
      slots: [
        await passphraseSlot(vaultId, master, passphrase, options.kdf ?? KDF_DEFAULT),
        await recoverySlot(vaultId, master, recoverySecret),
      ],
    };
    const recoveryKey = formatRecoveryKey(recoverySecret);
    wipe(recoverySecret);

    const keys = await KeyRing.derive(master);
    const databasePath = join(folder, DATABASE_FILE);
    let made = false;
    let database: Database | undefined;
    try {
      // Exclusive: if a database appeared since the check above, this fails and it is left alone.
      database = await Database.open(databasePath, keys.database, { create: true }).catch((error: unknown) => {
        made = !(error instanceof AppError && error.code === 'VAULT_EXISTS');
        throw error;
      });
      made = true;
      await bindAuditKey(database, keys.audit);
      await migrate(database, options.migrations ?? MIGRATIONS);
      await database.run(sql`INSERT INTO meta (key, value) VALUES ('vault_id', ${vaultId}), ('created_at', ${createdAt})`);
      // The header goes last: until it exists, nothing half-made can be mistaken for a vault.
      await writeHeader(folder, header);
    } catch (error) {
      await database?.close().catch(() => undefined);
      keys.dispose();
      // Only what this call made: the folder held no database file before it (checked above).
      if (made) await removeDatabaseFiles(folder);
      throw error;
    }
    return { vault: new Vault(folder, header, database, keys), recoveryKey };
  }

  static async unlock(folder: string, passphrase: string, options: VaultOptions = {}): Promise<Vault> {
    await cryptoReady();
    const header = await readVaultHeader(folder);
    const master = await unwrapPassphraseSlot(header, passphrase);
    return Vault.openDatabase(folder, header, master, options);
  }

  static async unlockWithRecoveryKey(folder: string, recoveryKey: string, options: VaultOptions = {}): Promise<Vault> {
    await cryptoReady();
    const header = await readVaultHeader(folder);
    const master = await unwrapRecoverySlot(header, parseRecoveryKey(recoveryKey));
    return Vault.openDatabase(folder, header, master, options);
  }

  /**
   * Unlock does constant work whatever the vault's size: Database.open reads page 1 and the schema.
   * The full checks then run in the background (docs/security.md S14).
   */
  private static async openDatabase(folder: string, header: VaultHeader, master: Uint8Array, options: VaultOptions): Promise<Vault> {
    const keys = await KeyRing.derive(master);
    let database: Database | undefined;
    try {
      database = await Database.open(join(folder, DATABASE_FILE), keys.database, { create: false });
      await bindAuditKey(database, keys.audit);
      await migrate(database, options.migrations ?? MIGRATIONS);
    } catch (error) {
      await database?.close().catch(() => undefined);
      keys.dispose();
      throw error;
    }
    const vault = new Vault(folder, header, database, keys);
    vault.startIntegrityCheck();
    return vault;
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

  /** Where the background check stands, and the damaged pages once it found some. */
  get integrity(): { state: IntegrityState; pages: number[] } {
    return { state: this.integrityState, pages: [...this.damagedPages] };
  }

  /**
   * Calls `listener` with the pages each time a background check finds damage; at once if one
   * already has. Returns the function that unsubscribes.
   */
  onDamaged(listener: (pages: number[]) => void): () => void {
    this.damageListeners.add(listener);
    if (this.integrityState === 'damaged') listener([...this.damagedPages]);
    return () => this.damageListeners.delete(listener);
  }

  /** Settles when the running background check does: its report, or null if it was stopped. */
  whenChecked(): Promise<IntegrityReport | null> {
    return this.checked;
  }

  /**
   * Runs both full checks on a second read-only connection (after unlock, backup and restore).
   * On damage the vault refuses every write from then on; reads go on so that the user can copy
   * out what is there before restoring a backup.
   */
  startIntegrityCheck(): Promise<IntegrityReport | null> {
    this.assertOpen();
    const previous = this.check;
    this.integrityState = 'checking';
    const check = startBackgroundCheck(() => Database.open(this.database.path, this.keys.database, { create: false, readOnly: true }));
    this.check = check;
    this.checked = (async () => {
      await previous?.stop();
      const report = await check.done;
      if (this.check !== check || report === null || !this.open) return report;
      this.check = undefined;
      if (report.ok) {
        this.integrityState = 'ok';
      } else {
        this.integrityState = 'damaged';
        this.damagedPages = report.pages;
        await this.database.refuseWrites(damagedError(report.pages));
        for (const listener of this.damageListeners) listener([...report.pages]);
      }
      return report;
    })();
    return this.checked;
  }

  /** Rewraps the master key under a new passphrase; the database is not rewritten. */
  async changePassphrase(current: string, next: string): Promise<void> {
    this.assertOpen();
    const master = await unwrapPassphraseSlot(this.header, current);
    const same = constantTimeEqual(master, this.keys.master);
    // The same bytes as the master key whose heap copies lock() wipes: only the buffer here.
    master.fill(0);
    if (!same) throw new AppError('WRONG_PASSPHRASE', 'The passphrase is wrong.');
    await this.setPassphrase(next);
  }

  /**
   * After unlocking with the recovery key: a new passphrase without the old one. The slot keeps
   * the vault's own parameters when they are stronger than the default: a change never weakens.
   */
  async setPassphrase(next: string): Promise<void> {
    this.assertOpen();
    const current = findSlot(this.header, 'passphrase').kdf;
    const slot = await passphraseSlot(this.header.vaultId, this.keys.master, next, strongerParams(current, KDF_DEFAULT));
    this.assertOpen();
    const header: VaultHeader = {
      ...this.header,
      slots: this.header.slots.map((existing) => (existing.kind === 'passphrase' ? slot : existing)),
    };
    await writeHeader(this.folder, header);
    this.header = header;
  }

  /** Stops the background check, checkpoints and closes the database, then zeroes every key. */
  async lock(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    try {
      await this.check?.stop();
      this.check = undefined;
      await this.database.close({ checkpoint: true });
    } finally {
      this.keys.dispose();
    }
  }

  private assertOpen(): void {
    if (!this.open) throw new AppError('VAULT_LOCKED', 'The vault is locked.');
  }
}

function damagedError(pages: number[]): AppError {
  const where = pages.length > 0 ? ` (pages ${pages.slice(0, 20).join(', ')})` : '';
  return new AppError(
    'VAULT_CORRUPT',
    `The vault is damaged${where}. Nothing more can be saved: copy out what you need and restore from a backup.`,
    { details: { pages: pages.slice(0, 1000) } },
  );
}

/** Removes a database this process has just created itself; never called on one found on disk. */
async function removeDatabaseFiles(folder: string): Promise<void> {
  for (const suffix of DATABASE_COMPANIONS) {
    await unlink(join(folder, DATABASE_FILE + suffix)).catch(() => undefined);
  }
}
