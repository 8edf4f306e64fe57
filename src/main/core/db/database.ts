import { sqlite3 } from './driver';
import { chmod, open } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import { sqlcipherKeyLiteral } from '../crypto/keys';
import type { Sql } from './sql';

export interface RunResult {
  changes: number;
  lastID: number;
}

/**
 * What handlers may do with the store; a transaction hands out the same interface. run, get, all
 * and runEach reuse prepared statements (StatementCache); exec never does.
 */
export interface Queryable {
  run(query: Sql): Promise<RunResult>;
  get<T>(query: Sql): Promise<T | undefined>;
  all<T>(query: Sql): Promise<T[]>;
  /** A constant script (migrations); never built from input. */
  exec(script: string): Promise<void>;
  /**
   * Runs `statement(item)` for every item, one after the other, through the connection's cached
   * prepared statements: one trip to the driver's thread pool per row. For bulk writes inside a
   * transaction. Returns the sum of the changes that run() would report for each.
   */
  runEach<T>(items: Iterable<T>, statement: (item: T) => Sql): Promise<number>;
}

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

function call<T>(fn: (callback: (error: Error | null, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => fn((error, value) => (error ? reject(error) : resolve(value as T))));
}

function prepare(db: Driver, text: string): Promise<sqlite3.Statement> {
  return new Promise((resolve, reject) => {
    const statement = db.prepare(text, (error: Error | null) => (error ? reject(error) : resolve(statement)));
  });
}

function finalize(statement: sqlite3.Statement): Promise<void> {
  return new Promise((resolve) => statement.finalize(() => resolve()));
}

/** How many prepared statements a connection keeps: the store's hot paths use a few dozen texts. */
export const STATEMENT_CACHE_SIZE = 96;

/*
 * A statement that stopped on a row (get, or run of a SELECT or RETURNING) is still active: it
 * holds the read snapshot open, which stalls checkpoints, and a get without parameters would go on
 * to the next row. Such statements are reset as soon as their answer is in.
 */
const DONE_AFTER_ONE_STEP = /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b(?![\s\S]*\bRETURNING\b)/i;

/**
 * Prepared statements of one connection, keyed by their text, least recently used dropped first.
 * A repeated statement then makes one trip to the driver's thread pool instead of two (prepare,
 * then run) and is not compiled again. A statement whose run failed is finalized and forgotten,
 * so that no error state carries over; SQLite itself re-prepares one whose schema changed.
 */
export class StatementCache {
  private readonly ready = new Map<string, sqlite3.Statement>();
  private readonly preparing = new Map<string, Promise<sqlite3.Statement>>();
  private finalizing: Promise<void>[] = [];

  constructor(
    private readonly db: Driver,
    readonly capacity = STATEMENT_CACHE_SIZE,
  ) {}

  get size(): number {
    return this.ready.size;
  }

  /*
   * A hit is handed over synchronously: the caller queues its run on the statement before any
   * other caller could evict it, and a finalize queued later runs after that run.
   */
  private cached(text: string): sqlite3.Statement | undefined {
    const hit = this.ready.get(text);
    if (hit) {
      this.ready.delete(text);
      this.ready.set(text, hit);
    }
    return hit;
  }

  private async prepared(text: string): Promise<sqlite3.Statement> {
    let pending = this.preparing.get(text);
    if (!pending) {
      pending = prepare(this.db, text).then(
        (statement) => {
          this.preparing.delete(text);
          this.ready.set(text, statement);
          for (const [oldest, old] of this.ready) {
            if (this.ready.size <= this.capacity) break;
            this.ready.delete(oldest);
            this.finalizing.push(finalize(old));
          }
          return statement;
        },
        (error: unknown) => {
          this.preparing.delete(text);
          throw error;
        },
      );
      this.preparing.set(text, pending);
    }
    await pending;
    // Another caller may have evicted it meanwhile: prepare again rather than use a finalized one.
    return this.cached(text) ?? this.prepared(text);
  }

  private forget(text: string, statement: sqlite3.Statement): void {
    if (this.ready.get(text) !== statement) return;
    this.ready.delete(text);
    this.finalizing.push(finalize(statement));
  }

  /** Runs `step` on the statement for `text`, preparing it on a miss; a failure evicts it. */
  async use<T>(text: string, step: (statement: sqlite3.Statement, settle: (error: Error | null, value?: T) => void) => void): Promise<T> {
    if (this.capacity === 0) return this.once(text, step);
    const statement = this.cached(text) ?? (await this.prepared(text));
    return new Promise<T>((resolve, reject) =>
      step(statement, (error, value) => {
        if (error) {
          this.forget(text, statement);
          reject(error);
        } else {
          resolve(value as T);
        }
      }),
    );
  }

  /** Without a cache: prepared for this one call and finalized after it, as the driver's db.run does. */
  private async once<T>(text: string, step: (statement: sqlite3.Statement, settle: (error: Error | null, value?: T) => void) => void): Promise<T> {
    const statement = await prepare(this.db, text);
    try {
      return await new Promise<T>((resolve, reject) => step(statement, (error, value) => (error ? reject(error) : resolve(value as T))));
    } finally {
      await finalize(statement);
    }
  }

  /** Finalizes every statement: the connection cannot close while one is left (SQLITE_BUSY). */
  async clear(): Promise<void> {
    await Promise.allSettled([...this.preparing.values()]);
    const statements = [...this.ready.values()];
    this.ready.clear();
    const pending = [...this.finalizing, ...statements.map(finalize)];
    this.finalizing = [];
    await Promise.all(pending);
  }
}

function resetAfter(statement: sqlite3.Statement, settle: (error: Error | null, value?: unknown) => void, error: Error | null, value?: unknown): void {
  // Queued on the same statement, so it runs before whatever asks for the statement next.
  statement.reset(() => settle(error, value));
}

function cachedConnection(db: Driver, cache: StatementCache): Queryable {
  const run = (query: Sql) =>
    cache.use<RunResult>(query.text, (statement, settle) =>
      statement.run(query.values as unknown[], function (this: sqlite3.RunResult, error: Error | null) {
        const result = error ? undefined : { changes: this.changes, lastID: this.lastID };
        if (error || DONE_AFTER_ONE_STEP.test(query.text)) settle(error, result);
        else resetAfter(statement, settle as (error: Error | null, value?: unknown) => void, null, result);
      }),
    );
  const runEachCached = async <T>(items: Iterable<T>, statement: (item: T) => Sql): Promise<number> => {
    let changes = 0;
    for (const item of items) changes += (await run(statement(item))).changes;
    return changes;
  };
  return {
    run,
    get: <T>(query: Sql) =>
      cache.use<T | undefined>(query.text, (statement, settle) =>
        statement.get(query.values as unknown[], (error: Error | null, row?: T) => resetAfter(statement, settle as (error: Error | null, value?: unknown) => void, error, row)),
      ),
    all: <T>(query: Sql) => cache.use<T[]>(query.text, (statement, settle) => statement.all(query.values as unknown[], (error: Error | null, rows: T[]) => settle(error, rows))),
    exec: (script) => call<void>((cb) => db.exec(script, cb)),
    runEach: runEachCached,
  };
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
