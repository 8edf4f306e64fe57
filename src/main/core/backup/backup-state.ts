import { z } from 'zod';
import type { Database, Queryable } from '../db/database';
import { sql } from '../db/sql';
import { appendAudit } from '../store/audit-log';
import { readSettings } from '../store/settings';

export const REMINDER_DAYS_DEFAULT = 7;
export const REMINDER_DAYS_MAX = 365;

const state = z
  .object({
    lastBackupAt: z.iso.datetime().nullable().default(null),
    reminderDays: z.number().int().min(1).max(REMINDER_DAYS_MAX).default(REMINDER_DAYS_DEFAULT),
  })
  .strict();
export type BackupState = z.infer<typeof state>;

/** Kept in the vault's meta table beside the settings, so a restored vault knows its own last backup. */
export async function readBackupState(db: Queryable): Promise<BackupState> {
  const row = await db.get<{ value: string }>(sql`SELECT value FROM meta WHERE key = 'backup'`);
  let saved: unknown = {};
  try {
    saved = row ? JSON.parse(row.value) : {};
  } catch {
    saved = {};
  }
  const parsed = state.safeParse(saved);
  return parsed.success ? parsed.data : state.parse({});
}

async function save(tx: Queryable, next: BackupState): Promise<void> {
  await tx.run(sql`INSERT OR REPLACE INTO meta (key, value) VALUES ('backup', ${JSON.stringify(next)})`);
}

/** A finished backup: its time, and an entry in the audit log (no path: the drive's name is nobody's business). */
export async function recordBackup(db: Database, at: string, facts: { attachments: number; newAttachments: number }): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await readBackupState(tx);
    await save(tx, { ...before, lastBackupAt: at });
    const { userName } = await readSettings(tx);
    await appendAudit(tx, { actor: userName, action: 'backup', recordKind: 'vault', changes: [{ field: 'backup', new: { at, ...facts } }] });
  });
}

/** A change of the reminder, audited like every setting (docs/security.md S30). */
export async function setReminderDays(db: Database, days: number): Promise<BackupState> {
  return db.transaction(async (tx) => {
    const before = await readBackupState(tx);
    const next = state.parse({ ...before, reminderDays: days });
    if (next.reminderDays === before.reminderDays) return next;
    await save(tx, next);
    const { userName } = await readSettings(tx);
    await appendAudit(tx, { actor: userName, action: 'update_settings', recordKind: 'settings', changes: [{ field: 'backupReminderDays', old: before.reminderDays, new: next.reminderDays }] });
    return next;
  });
}

/** Whether the reminder is due: never backed up, or the last backup is older than the days set. */
export function reminderDue(current: BackupState, now: Date): boolean {
  if (current.lastBackupAt === null) return true;
  return now.getTime() - Date.parse(current.lastBackupAt) > current.reminderDays * 24 * 60 * 60 * 1000;
}
