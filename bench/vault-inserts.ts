import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sqlite3 from '@journeyapps/sqlcipher';
import { CIPHER_PAGE_SIZE, CONNECTION_PRAGMAS, Database } from '../src/main/core/db/database';
import type { Sql } from '../src/main/core/db/sql';
import { inFreshProcess, Samples, timeMs, withTempDir, type BenchContext } from './section';
import { chunks, insertMany, insertOne, rowBytes, TESTIMONIES_SCHEMA, testimonyRows, type TestimonyRow } from './testimony-rows';

/*
 * Bulk-insert variants for the vault and sqlcipher sections. Each gets a fresh database in a
 * fresh folder, creates the table (not timed), times one transaction holding every row, then
 * closes with a checkpoint and reports the file size. They run in child processes: insertRounds.
 */

export const INSERTED_ROWS = 100_000;
/**
 * Rows per multi-row INSERT. db.run parses every statement anew, and a long one costs more to
 * parse: with the plain driver 50–100 rows beat both 10 and 500–3640 here; with the encrypted one
 * 100, 500 and 2000 were within this shared machine's noise of each other.
 */
export const BATCH_ROWS = 100;

export interface InsertSample {
  ms: number;
  fileBytes: number;
}

type Variant = (dir: string, rows: readonly TestimonyRow[]) => Promise<InsertSample>;

async function fileBytes(path: string): Promise<number> {
  let total = 0;
  for (const suffix of ['', '-wal']) total += await stat(path + suffix).then((info) => info.size, () => 0);
  return total;
}

// --- through the app's wrapper: SQLCipher, the vault's key handling and pragmas -----------------

async function encrypted(dir: string, work: (db: Database) => Promise<unknown>): Promise<InsertSample> {
  const path = join(dir, 'vault.db');
  const db = await Database.open(path, randomBytes(32), { create: true });
  await db.exec(TESTIMONIES_SCHEMA);
  const ms = await timeMs(() => work(db));
  await db.close({ checkpoint: true });
  return { ms, fileBytes: await fileBytes(path) };
}

// --- the same driver, raw: no key, or keyed without the wrapper ------------------------------------

interface Raw {
  exec(script: string): Promise<void>;
  run(query: Sql): Promise<void>;
  /** Like Database.runEach: one prepared statement, rebound for every query (all of one text). */
  runPrepared(queries: Iterable<Sql>): Promise<void>;
  close(): Promise<void>;
}

const settle = (resolve: () => void, reject: (error: Error) => void) => (error: Error | null) => (error ? reject(error) : resolve());

async function openRaw(path: string, setup: string): Promise<Raw> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened: sqlite3.Database = new sqlite3.Database(path, (error) => (error ? reject(error) : resolve(opened)));
  });
  const exec = (script: string) => new Promise<void>((resolve, reject) => db.exec(script, settle(resolve, reject)));
  await exec(setup);
  return {
    exec,
    run: (query) => new Promise<void>((resolve, reject) => db.run(query.text, query.values, settle(resolve, reject))),
    async runPrepared(queries) {
      let statement: sqlite3.Statement | undefined;
      for (const query of queries) {
        const prepared = (statement ??= await new Promise<sqlite3.Statement>((resolve, reject) => {
          const made: sqlite3.Statement = db.prepare(query.text, (error: Error | null) => (error ? reject(error) : resolve(made)));
        }));
        await new Promise<void>((resolve, reject) => prepared.run(query.values, settle(resolve, reject)));
      }
      statement?.finalize();
    },
    close: () => new Promise<void>((resolve, reject) => db.close(settle(resolve, reject))),
  };
}

/** Unencrypted: the vault's page size, then the very pragmas Database.open sets. */
const PLAIN_SETUP = `PRAGMA page_size = ${CIPHER_PAGE_SIZE}; ${CONNECTION_PRAGMAS}`;
/** Encrypted like the vault, with cipher_memory_security as asked (OFF is SQLCipher's default). */
const keyedSetup = (memorySecurity: 'ON' | 'OFF') =>
  `PRAGMA key = "x'${randomBytes(32).toString('hex')}'"; PRAGMA cipher_page_size = ${CIPHER_PAGE_SIZE}; ` +
  `PRAGMA cipher_memory_security = ${memorySecurity}; ${CONNECTION_PRAGMAS}`;

async function raw(dir: string, setup: string, work: (db: Raw) => Promise<unknown>): Promise<InsertSample> {
  const path = join(dir, 'raw.db');
  const db = await openRaw(path, setup);
  await db.exec(TESTIMONIES_SCHEMA);
  const ms = await timeMs(async () => {
    await db.exec('BEGIN IMMEDIATE');
    await work(db);
    await db.exec('COMMIT');
  });
  await db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  await db.close();
  return { ms, fileBytes: await fileBytes(path) };
}

// --- better-sqlite3: synchronous, statement prepared once ---------------------------------------

/** The little of better-sqlite3's API used here (the package ships no types). */
interface BetterDatabase {
  pragma(source: string): unknown;
  exec(source: string): void;
  prepare(source: string): { run(...values: unknown[]): unknown };
  transaction(work: () => void): () => void;
  close(): void;
}
type BetterConstructor = new (path: string) => BetterDatabase;

async function better(dir: string, rows: readonly TestimonyRow[]): Promise<InsertSample> {
  const path = join(dir, 'better.db');
  const Better = createRequire(import.meta.url)('better-sqlite3') as BetterConstructor;
  const db = new Better(path);
  db.exec(PLAIN_SETUP);
  db.exec(TESTIMONIES_SCHEMA);
  const ms = await timeMs(async () => {
    const first = rows[0];
    if (!first) return;
    const insert = db.prepare(insertOne(first).text);
    db.transaction(() => {
      for (const row of rows) insert.run(...insertOne(row).values);
    })();
  });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { ms, fileBytes: await fileBytes(path) };
}

const batches = (rows: readonly TestimonyRow[]) => chunks(rows, BATCH_ROWS);

/** Awaits `run` for each statement in turn: what an import loop over the wrapper does. */
async function each(statements: Iterable<Sql>, run: (query: Sql) => Promise<unknown>): Promise<void> {
  for (const query of statements) await run(query);
}
function* map<T, U>(items: Iterable<T>, to: (item: T) => U): Generator<U> {
  for (const item of items) yield to(item);
}
const oneByOne = (rows: readonly TestimonyRow[]) => map(rows, insertOne);
const batched = (rows: readonly TestimonyRow[]) => map(batches(rows), insertMany);

export const INSERT_VARIANTS = {
  'encrypted-run-row': (dir, rows) => encrypted(dir, (db) => db.transaction((tx) => each(oneByOne(rows), (query) => tx.run(query)))),
  'encrypted-run-batch': (dir, rows) => encrypted(dir, (db) => db.transaction((tx) => each(batched(rows), (query) => tx.run(query)))),
  'encrypted-runEach-row': (dir, rows) => encrypted(dir, (db) => db.transaction((tx) => tx.runEach(rows, insertOne))),
  'plain-run-row': (dir, rows) => raw(dir, PLAIN_SETUP, (db) => each(oneByOne(rows), db.run)),
  'plain-run-batch': (dir, rows) => raw(dir, PLAIN_SETUP, (db) => each(batched(rows), db.run)),
  'plain-prepared-row': (dir, rows) => raw(dir, PLAIN_SETUP, (db) => db.runPrepared(oneByOne(rows))),
  'keyed-run-batch': (dir, rows) => raw(dir, keyedSetup('OFF'), (db) => each(batched(rows), db.run)),
  'keyed-memory-security-run-batch': (dir, rows) => raw(dir, keyedSetup('ON'), (db) => each(batched(rows), db.run)),
  'better-sqlite3-prepared-row': (dir, rows) => better(dir, rows),
} satisfies Record<string, Variant>;

export type InsertVariant = keyof typeof INSERT_VARIANTS;

export interface InsertResult {
  samples: Partial<Record<InsertVariant, InsertSample>>;
  /** UTF-8 bytes of text plus 8 per integer, averaged over the rows. */
  averageRowBytes: number;
}

/** The task a child process runs: the same seeded rows, then each variant in its own folder. */
export async function measureInserts(input: { variants: InsertVariant[]; rows: number }): Promise<InsertResult> {
  const rows = testimonyRows(input.rows);
  const samples: InsertResult['samples'] = {};
  for (const name of input.variants) {
    samples[name] = await withTempDir('insert', (dir) => INSERT_VARIANTS[name](dir, rows));
  }
  return { samples, averageRowBytes: rows.reduce((sum, row) => sum + rowBytes(row), 0) / rows.length };
}

/**
 * Runs each group of variants in a new process per round and collects seconds and file sizes.
 * cipher_memory_security = ON (the sqlcipher section's comparison) cannot be turned off for the
 * rest of the process and slows every SQLite allocation there, encrypted or not: a baseline sharing
 * its process would be slowed too and flatter the ratios. Groups swap order and variants rotate
 * within their group every round, so that none always runs first or after the same neighbour.
 */
export async function insertRounds(context: BenchContext, section: string, groups: readonly InsertVariant[][]) {
  const seconds = new Samples();
  const sizes = new Map<InsertVariant, number>();
  let averageRowBytes = 0;
  const task = new URL(import.meta.url);
  for (let round = 1; round <= context.rounds; round++) {
    const order = round % 2 === 1 ? groups : [...groups].reverse();
    for (const group of order) {
      const shift = (round - 1) % group.length;
      const variants = [...group.slice(shift), ...group.slice(0, shift)];
      context.progress(`${section}: ${INSERTED_ROWS.toLocaleString('en')} inserts, round ${round}/${context.rounds}: ${variants.join(', ')}`);
      const result = await inFreshProcess<InsertResult>(task, 'measureInserts', { variants, rows: INSERTED_ROWS });
      averageRowBytes = result.averageRowBytes;
      for (const variant of variants) {
        const sample = result.samples[variant];
        if (!sample) throw new Error(`No sample for ${variant}`);
        seconds.push(variant, sample.ms / 1000);
        sizes.set(variant, sample.fileBytes);
      }
    }
  }
  return { seconds, sizes, averageRowBytes };
}
