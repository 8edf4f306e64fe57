import type { sqlite3 } from './driver';
import type { Queryable, RunResult } from './queryable';
import type { Sql } from './sql';

type Driver = sqlite3.Database;

export function call<T>(fn: (callback: (error: Error | null, value?: T) => void) => void): Promise<T> {
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

export function cachedConnection(db: Driver, cache: StatementCache): Queryable {
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
