import { randomBytes } from 'node:crypto';
import { readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Database, STATEMENT_CACHE_SIZE } from '../../../src/main/core/db/database';
import { sql } from '../../../src/main/core/db/sql';
import { tempFolder } from '../../helpers/temp';

async function openFresh(options: { statementCacheSize?: number } = {}): Promise<{ db: Database; path: string }> {
  const path = join(await tempFolder(), 'cache.db');
  const db = await Database.open(path, new Uint8Array(randomBytes(32)), { create: true, ...options });
  await db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE) STRICT;');
  return { db, path };
}

/** Paths this process holds open, from /proc: a closed database leaves none of its files there. */
async function openFiles(): Promise<string[]> {
  const fds = await readdir('/proc/self/fd');
  const targets = await Promise.all(fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
  return targets;
}

/** The same mix of writes, failures and reads; returns everything the database answered. */
async function workload(db: Database): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (let i = 0; i < 20; i++) answers.push(await db.run(sql`INSERT INTO t (v) VALUES (${`v${i}`})`));
  // A failing statement: the next use of the same text must work as if it never failed.
  answers.push(await db.run(sql`INSERT INTO t (v) VALUES (${'v3'})`).catch((error: { code?: string }) => error.code));
  answers.push(await db.run(sql`INSERT INTO t (v) VALUES (${'after the failure'})`));
  // get without parameters, twice: each answers the first row, not the next one.
  answers.push(await db.get(sql`SELECT v FROM t ORDER BY id`));
  answers.push(await db.get(sql`SELECT v FROM t ORDER BY id`));
  answers.push(await db.get(sql`SELECT v FROM t WHERE id = ${5}`));
  answers.push(await db.get(sql`SELECT v FROM t WHERE id = ${-1}`));
  answers.push(await db.all(sql`SELECT id, v FROM t WHERE id > ${15} ORDER BY id`));
  answers.push(await db.runEach([1, 2, 3], (id) => sql`UPDATE t SET v = v || '!' WHERE id = ${id}`));
  answers.push(await db.transaction(async (tx) => [await tx.run(sql`DELETE FROM t WHERE id = ${20}`), await tx.get(sql`SELECT count(*) AS n FROM t`)]));
  answers.push(await db.all(sql`SELECT id, v FROM t ORDER BY id`));
  return answers;
}

describe('prepared statement cache', () => {
  it('answers exactly as preparing every statement anew does', async () => {
    const cached = await openFresh();
    const uncached = await openFresh({ statementCacheSize: 0 });
    const withCache = await workload(cached.db);
    expect(cached.db.cachedStatements).toBeGreaterThan(0);
    expect(uncached.db.cachedStatements).toBe(0);
    expect(withCache).toEqual(await workload(uncached.db));
    expect(withCache).toContain('SQLITE_CONSTRAINT');
    await Promise.all([cached.db.close(), uncached.db.close()]);
  });

  it('stays bounded however many different statements run', async () => {
    const { db } = await openFresh();
    for (let i = 0; i < STATEMENT_CACHE_SIZE * 3; i++) {
      // Distinct texts: each is a statement of its own.
      expect(await db.get({ text: `SELECT ${i} AS n`, values: [] })).toEqual({ n: i });
      expect(db.cachedStatements).toBeLessThanOrEqual(STATEMENT_CACHE_SIZE);
    }
    expect(db.cachedStatements).toBe(STATEMENT_CACHE_SIZE);
    // The oldest were dropped, not broken: they prepare again when used.
    expect(await db.get({ text: 'SELECT 0 AS n', values: [] })).toEqual({ n: 0 });
    await db.close();
  });

  it('finalizes every statement on close, so the database closes and lets go of its files', async () => {
    const { db, path } = await openFresh();
    await workload(db);
    // A get leaves its statement on a row until it is reset; close must still succeed.
    await db.get(sql`SELECT v FROM t ORDER BY id`);
    expect(db.cachedStatements).toBeGreaterThan(5);
    expect((await openFiles()).some((target) => target.startsWith(path))).toBe(true);
    await expect(db.close({ checkpoint: true })).resolves.toBeUndefined();
    expect((await openFiles()).filter((target) => target.startsWith(path))).toEqual([]);
  });

  it('follows schema changes between calls: a cached statement prepares again', async () => {
    const { db } = await openFresh();
    await db.run(sql`INSERT INTO t (v) VALUES (${'a'})`);
    expect(await db.all(sql`SELECT * FROM t`)).toEqual([{ id: 1, v: 'a' }]);
    await db.exec("ALTER TABLE t ADD COLUMN w TEXT NOT NULL DEFAULT 'new'");
    expect(await db.all(sql`SELECT * FROM t`)).toEqual([{ id: 1, v: 'a', w: 'new' }]);
    // A table dropped and made again under the same name, with other columns.
    await db.exec('DROP TABLE t; CREATE TABLE t (id INTEGER PRIMARY KEY, other TEXT) STRICT;');
    await expect(db.run(sql`INSERT INTO t (v) VALUES (${'b'})`)).rejects.toMatchObject({ code: 'SQLITE_ERROR' });
    await db.run(sql`INSERT INTO t (other) VALUES (${'c'})`);
    expect(await db.all(sql`SELECT * FROM t`)).toEqual([{ id: 1, other: 'c' }]);
    await db.close();
  });
});
