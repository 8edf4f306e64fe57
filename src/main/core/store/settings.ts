import { settingsSchema, type Settings } from '../../../shared/api/settings';
import type { Database } from '../db/database';
import { sql } from '../db/sql';

export async function readSettings(db: Database): Promise<Settings> {
  const row = await db.get<{ value: string }>(sql`SELECT value FROM meta WHERE key = 'settings'`);
  const parsed = settingsSchema.safeParse(row ? JSON.parse(row.value) : {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

export async function updateSettings(db: Database, change: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await readSettings(db)), ...change });
  await db.run(sql`INSERT OR REPLACE INTO meta (key, value) VALUES ('settings', ${JSON.stringify(next)})`);
  return next;
}
