import { sqlite3 } from './driver';
import { chmod, open } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import { sqlcipherKeyLiteral } from '../crypto/keys';
import type { Sql } from './sql';
import { cachedConnection, call, StatementCache } from './statement-cache';
import type { Queryable, RunResult } from './queryable';

export type { Queryable, RunResult } from './queryable';
export { STATEMENT_CACHE_SIZE, StatementCache } from './statement-cache';

export interface OpenOptions {
  /** Make a new database: the file must not exist yet, and is created with mode 0600. */
  create: boolean;
  /** A second connection that only reads, for the background integrity check (docs/security.md S14). */
  readOnly?: boolean;
  /** Prepared statements kept for reuse (STATEMENT_CACHE_SIZE); 0 prepares every call anew. */
  statementCacheSize?: number;
}

/*
 * SQLCipher's page size: measured here with ~2 KB rows, 8192 halves insert time against the
 * default 4096. Any other driver that opens the vault must set the same.
 */
export const CIPHER_PAGE_SIZE = 8192;

/**
 * Set on every connection after the key; exported so that the benchmark's baselines match. The
 * page cache is 32 MiB rather than SQLite's 2 MiB: every page read from disk is decrypted and
 * checked first, so a full-text search that reads the same index pages again costs far less from
 * the cache (search at 100,000 testimonies: about 40% less); the window's memory stays under
 * its target (see the bench's scale section).
 */
export const CONNECTION_PRAGMAS =
  'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; ' +
  'PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -32768;';

/*
 * SQLCipher logs decryption failures to stderr at level WARN by default (4.6+). The log level is
 * process-wide in 4.x, but it is set on every connection before the key so that it holds whichever
 * connection is opened first (docs/security.md S15).
 */
export const QUIET_LOG_PRAGMA = 'PRAGMA cipher_log_level = NONE;';

/*
 * OFF, which is SQLCipher's own default since 4.5: ON costs 1.7x on every write here, and once ON
 * it cannot be turned off for the life of the process. Keys are zeroed on lock instead
 * (docs/security.md S15, S16).
 */
const MEMORY_SECURITY_PRAGMA = 'PRAGMA cipher_memory_security = OFF;';

/** The read-only connection's settings: no writes, no temp files, wait rather than fail on a lock. */
const READ_ONLY_PRAGMAS = 'PRAGMA query_only = ON; PRAGMA temp_store = MEMORY; PRAGMA busy_timeout = 5000;';

const PRIVATE_FILE_MODE = 0o600;

type Driver = sqlite3.Database;

/** Creates the database file itself, exclusively and private, before the driver sees the path. */
async function createPrivateFile(path: string): Promise<void> {
  const handle = await open(path, 'wx', PRIVATE_FILE_MODE).catch((error: unknown) => {
    throw (error as NodeJS.ErrnoException).code === 'EEXIST'
      ? new AppError('VAULT_EXISTS', 'A database already exists here; it is never overwritten.')
      : new AppError('IO_FAILED', 'The vault database could not be created.');
  });
  await handle.close();
}

/** SQLite gives -wal and -shm the database file's mode; this holds even where it would not. */
async function privateCompanions(path: string): Promise<void> {
  for (const suffix of ['-wal', '-shm']) {
    await chmod(path + suffix, PRIVATE_FILE_MODE).catch(() => undefined);
  }
}

export function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

/**
 * The only code that touches the SQLCipher driver. Calls are queued one at a time so that a
 * transaction owns the connection from BEGIN to COMMIT.
 */
export class Database implements Queryable {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private closing: Promise<void> | undefined;
  /** Set when the vault is found damaged: every write is refused with it, reads still work. */
  private writesRefused: AppError | undefined;

  private constructor(
    private readonly driver: Driver,
    private readonly statements: StatementCache,
    private readonly conn: Queryable,
    readonly path: string,
  ) {}

  /** Opens and keys the database; the key is the very first statement (docs/security.md S11). */
  static async open(path: string, key: Uint8Array, options: OpenOptions): Promise<Database> {
    const keyLiteral = sqlcipherKeyLiteral(key);
    if (options.create) await createPrivateFile(path);
    // Never OPEN_CREATE: a missing file is damage to report, not an empty database to make.
    const mode = options.readOnly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE;
    const driver = await new Promise<Driver>((resolve, reject) => {
      const db: Driver = new sqlite3.Database(path, mode, (error) => (error ? reject(error) : resolve(db)));
    }).catch((error: unknown) => {
      throw (error as { code?: string }).code === 'SQLITE_CANTOPEN'
        ? new AppError('VAULT_CORRUPT', 'The vault database is missing or cannot be opened.')
        : error;
    });
    const statements = new StatementCache(driver, options.statementCacheSize);
    const conn = cachedConnection(driver, statements);
    const database = new Database(driver, statements, conn, path);
    try {
      await conn.exec(QUIET_LOG_PRAGMA);
      await conn.exec(`PRAGMA key = ${keyLiteral};`);
      await conn.exec(`PRAGMA cipher_page_size = ${CIPHER_PAGE_SIZE};`);
      await conn.exec(MEMORY_SECURITY_PRAGMA);
      /*
       * The first read proves the key and reads page 1 and the schema: with the right key, failure
       * here means damage. Constant time whatever the vault's size (docs/security.md S14).
       */
      await conn.get({ text: 'SELECT count(*) AS n FROM sqlite_master', values: [] });
      await conn.get({ text: 'PRAGMA schema_version', values: [] });
      await conn.exec(options.readOnly ? READ_ONLY_PRAGMAS : CONNECTION_PRAGMAS);
      await privateCompanions(path);
    } catch (error) {
      await database.close().catch(() => undefined);
      if (isNotADatabase(error)) {
        throw new AppError('VAULT_CORRUPT', 'The vault database is damaged and cannot be read with the right key. Restore it from a backup.');
      }
      throw error;
    }
    return database;
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    // Refused from the moment a close begins, not only once it ends: work queued behind the close
    // would run beside its checkpoint and be cut off by it (docs/security.md S15, S31).
    if (this.closed || this.closing) return Promise.reject(new AppError('VAULT_LOCKED', 'The vault is locked.'));
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private enqueueWrite<T>(work: () => Promise<T>): Promise<T> {
    if (this.writesRefused && !this.closed) return Promise.reject(this.writesRefused);
    return this.enqueue(work);
  }

  /**
   * From now on every write (run, exec, runEach, transaction) is refused with `reason`; reads go
   * on, so that the user can still copy out what is there. SQLite's query_only backs it up.
   */
  async refuseWrites(reason: AppError): Promise<void> {
    this.writesRefused = reason;
    await this.enqueue(() => this.conn.exec('PRAGMA query_only = ON;')).catch(() => undefined);
  }

  /** How many prepared statements the connection holds now; at most STATEMENT_CACHE_SIZE. */
  get cachedStatements(): number {
    return this.statements.size;
  }

  get refusesWrites(): boolean {
    return this.writesRefused !== undefined;
  }

  /** Stops the statement running now (a long integrity check); it fails with SQLITE_INTERRUPT. */
  interrupt(): void {
    if (!this.closed) this.driver.interrupt();
  }

  run(query: Sql): Promise<RunResult> {
    return this.enqueueWrite(() => this.conn.run(query));
  }

  get<T>(query: Sql): Promise<T | undefined> {
    return this.enqueue(() => this.conn.get<T>(query));
  }

  all<T>(query: Sql): Promise<T[]> {
    return this.enqueue(() => this.conn.all<T>(query));
  }

  exec(script: string): Promise<void> {
    return this.enqueueWrite(() => this.conn.exec(script));
  }

  runEach<T>(items: Iterable<T>, statement: (item: T) => Sql): Promise<number> {
    return this.enqueueWrite(() => this.conn.runEach(items, statement));
  }

  /** Runs `work` between BEGIN IMMEDIATE and COMMIT; any throw rolls everything back. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.enqueueWrite(async () => {
      await this.conn.exec('BEGIN IMMEDIATE');
      try {
        const value = await work(this.conn);
        await this.conn.exec('COMMIT');
        return value;
      } catch (error) {
        await this.conn.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  /** Empties the WAL into the database, then closes (docs/security.md S15). */
  close(options: { checkpoint?: boolean } = {}): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closing ??= this.shutDown(options);
    return this.closing;
  }

  private async shutDown(options: { checkpoint?: boolean }): Promise<void> {
    // What was queued before the close finishes; nothing can join the queue from now on.
    await this.queue;
    // query_only does not stop a checkpoint: it moves pages already committed, it writes no new ones.
    if (options.checkpoint) {
      await this.conn.exec('PRAGMA wal_checkpoint(TRUNCATE);').catch(() => undefined);
    }
    this.closed = true;
    await this.statements.clear();
    await call<void>((cb) => this.driver.close(cb));
  }
}
