import type { Database } from '../../src/main/core/db/database';
import { sql, type Sql } from '../../src/main/core/db/sql';

/** The plan's steps, one line each, as EXPLAIN QUERY PLAN words them. */
export async function planOf(db: Database, statement: Sql): Promise<string[]> {
  const rows = await db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${statement}`);
  return rows.map((row) => row.detail);
}

/**
 * Runs `run` against the real database and hands back the reads it sent (all and get), so that a
 * plan test asserts the store's own statements rather than a copy of them.
 */
export async function statementsOf(db: Database, run: (db: Database) => Promise<unknown>): Promise<Sql[]> {
  const seen: Sql[] = [];
  const recording = new Proxy(db, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if ((property === 'all' || property === 'get') && typeof value === 'function') {
        return (query: Sql) => {
          seen.push(query);
          return (value as (q: Sql) => Promise<unknown>).call(target, query);
        };
      }
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  await run(recording);
  return seen;
}
