import { settingsSchema, type Settings } from '../../../shared/api/settings';
import type { Database, Queryable } from '../db/database';
import { sql } from '../db/sql';
import { appendAudit, diffFields } from './audit-log';

export async function readSettings(db: Queryable): Promise<Settings> {
  const row = await db.get<{ value: string }>(sql`SELECT value FROM meta WHERE key = 'settings'`);
  const parsed = settingsSchema.safeParse(row ? JSON.parse(row.value) : {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

/**
 * Saves a change with its audit entry in one transaction: the user name names every later entry,
 * so who changed it, and to what (as a keyed hash), is itself in the log (docs/security.md S30).
 */
export async function updateSettings(db: Database, change: Partial<Settings>): Promise<Settings> {
  return db.transaction(async (tx) => {
    const before = await readSettings(tx);
    const next = settingsSchema.parse({ ...before, ...change });
    const changes = diffFields(before, next);
    if (changes.length === 0) return next;
    await tx.run(sql`INSERT OR REPLACE INTO meta (key, value) VALUES ('settings', ${JSON.stringify(next)})`);
    // The name in force when the change was made: a rename is made by the one renamed.
    await appendAudit(tx, { actor: before.userName, action: 'update_settings', recordKind: 'settings', changes });
    return next;
  });
}
