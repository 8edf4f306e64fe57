import { open } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import { sqlcipherKeyLiteral } from '../crypto/keys';
import { CIPHER_PAGE_SIZE, Database } from '../db/database';
import { schemaVersion } from '../db/migrations';
import { sql } from '../db/sql';
import { bindAuditKey, verifyAudit } from '../store/audit-log';
import { fullCheck } from '../vault/integrity';

/**
 * Writes a consistent encrypted copy of the database at `target` (a new file), keyed with the
 * same raw key (docs/security.md S20). It runs on a connection of its own inside one read
 * transaction: in WAL mode that reader sees one committed state from the first table to the last,
 * while the vault's own connection goes on writing beside it.
 */
export async function exportDatabase(source: string, key: Uint8Array, target: string): Promise<void> {
  // Bound as a parameter: the key is never part of a statement's text, so no error can echo it.
  const keyText = sqlcipherKeyLiteral(key).slice(1, -1);
  // The vault's connection never creates files, so neither can its ATTACH: the file is made here, private.
  await (await open(target, 'wx', 0o600)).close();
  const reader = await Database.open(source, key, { create: false });
  try {
    await reader.run(sql`ATTACH DATABASE ${target} AS backup KEY ${keyText}`);
    try {
      // Before the first page is written: restore opens it with the vault's own page size.
      await reader.exec(`PRAGMA backup.cipher_page_size = ${CIPHER_PAGE_SIZE};`);
      // A deferred BEGIN: it takes only a read snapshot of the vault, never its write lock.
      await reader.exec('BEGIN DEFERRED;');
      try {
        await reader.get(sql`SELECT sqlcipher_export('backup')`);
        // The export copies tables, not the schema version that migrations go by.
        const version = await reader.get<{ user_version: number }>(sql`PRAGMA main.user_version`);
        await reader.exec(`PRAGMA backup.user_version = ${Math.trunc(Number(version?.user_version ?? 0))};`);
        await reader.exec('COMMIT;');
      } catch (error) {
        await reader.exec('ROLLBACK;').catch(() => undefined);
        throw error;
      }
    } finally {
      await reader.exec('DETACH DATABASE backup;').catch(() => undefined);
    }
  } finally {
    await reader.close();
  }
}

export interface SnapshotFacts {
  schemaVersion: number;
  auditEntries: number;
  auditHead: string;
  /** The attachment files the snapshot's rows need: `<id>.ckb`, and `<id>.work.ckb` for a working copy. */
  attachmentFiles: string[];
}

/**
 * Opens a snapshot with the vault's keys and runs SQLCipher's page check, SQLite's integrity
 * check and the audit chain's verification; BACKUP_INVALID on any problem. The connection writes
 * nothing but the file's journal mode (binding the audit key takes a write transaction, which a
 * read-only connection refuses), so the snapshot is hashed only after this has closed it.
 */
export async function verifySnapshot(path: string, keys: { database: Uint8Array; audit: Uint8Array }): Promise<SnapshotFacts> {
  let db: Database;
  try {
    db = await Database.open(path, keys.database, { create: false });
  } catch (error) {
    throw invalidDatabase(error instanceof AppError ? error.code : 'open-failed');
  }
  try {
    const integrity = await fullCheck(db);
    if (!integrity.ok) throw invalidDatabase('integrity', integrity.pages);
    await bindAuditKey(db, keys.audit);
    const audit = await verifyAudit(db);
    if (!audit.ok) {
      throw new AppError('BACKUP_INVALID', 'The audit log in this backup does not verify: it was changed or is damaged.', { details: { reason: 'audit-chain' } });
    }
    const head = await db.get<{ hash: string }>(sql`SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1`);
    const rows = await db.all<{ id: string; working: number }>(sql`SELECT id, working_sha256 IS NOT NULL AS working FROM attachments`);
    return {
      schemaVersion: await schemaVersion(db),
      auditEntries: audit.entries,
      auditHead: head?.hash ?? '',
      attachmentFiles: rows.flatMap((row) => (row.working ? [`${row.id}.ckb`, `${row.id}.work.ckb`] : [`${row.id}.ckb`])),
    };
  } catch (error) {
    if (error instanceof AppError && error.code === 'BACKUP_INVALID') throw error;
    throw invalidDatabase('unreadable');
  } finally {
    await db.close();
  }
}

function invalidDatabase(reason: string, pages: number[] = []): AppError {
  return new AppError('BACKUP_INVALID', 'The database in this backup is damaged or does not open with this vault\u2019s key.', {
    details: { reason: `database-${reason}`, ...(pages.length > 0 ? { pages: pages.slice(0, 100) } : {}) },
  });
}
