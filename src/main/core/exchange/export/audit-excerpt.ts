import type { ExportProfile } from '../../../../shared/api/exports';
import type { AuditChange } from '../../../../shared/domain/views';
import type { Queryable } from '../../db/database';
import { sql } from '../../db/sql';
import { GENESIS_HASH } from '../../store/audit-log';

/** One audit entry as it travels: enough for a reader to recompute its hash from `prevHash`. */
export interface ExcerptEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  recordKind: string | null;
  recordId: string | null;
  changes: AuditChange[];
  prevHash: string;
  hash: string;
}

/**
 * The chain of custody of the exported records (docs/security.md S30): every audit entry about
 * them and the chain's head as sealed at the time of export. The head travels in the manifest,
 * which the sender signs, so a receiver holds a signed statement of how long the log was and how
 * it ended, and can check each entry's hash (docs/export-format.md).
 */
export interface AuditExcerpt {
  entries: ExcerptEntry[];
  /** Entries about these records left out because they carry an actor's free text (a reveal's reason). */
  withheld: number;
  head: { entries: number; hash: string };
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  record_kind: string | null;
  record_id: string | null;
  changes: string;
  prev_hash: string;
  hash: string;
}

const BATCH = 500;

/*
 * Only a reveal carries words an actor typed (its reason), and a reason for looking up a source's
 * identity can say who the source is. It leaves only in an archive to the organisation itself.
 */
function travels(changes: AuditChange[], profile: ExportProfile): boolean {
  return profile === 'archive' || !changes.some((change) => change.note !== undefined);
}

export async function auditExcerpt(db: Queryable, recordIds: readonly string[], profile: ExportProfile, stillOpen: () => void): Promise<AuditExcerpt> {
  // The head first: every entry read below is then at or before it, even if writes go on meanwhile.
  const anchor = await db.get<{ entries: number; head: string }>(sql`SELECT entries, head FROM audit_anchor WHERE id = 1`);
  const head = { entries: anchor?.entries ?? 0, hash: anchor?.head ?? GENESIS_HASH };
  const entries: ExcerptEntry[] = [];
  let withheld = 0;
  for (let start = 0; start < recordIds.length; start += BATCH) {
    stillOpen();
    const batch = JSON.stringify(recordIds.slice(start, start + BATCH));
    const rows = await db.all<AuditRow>(sql`
      SELECT * FROM audit_log WHERE record_id IN (SELECT value FROM json_each(${batch})) AND seq <= ${head.entries} ORDER BY seq`);
    for (const row of rows) {
      const changes = JSON.parse(row.changes) as AuditChange[];
      if (!travels(changes, profile)) {
        withheld += 1;
        continue;
      }
      entries.push({
        seq: row.seq,
        at: row.at,
        actor: row.actor,
        action: row.action,
        recordKind: row.record_kind,
        recordId: row.record_id,
        changes,
        prevHash: row.prev_hash,
        hash: row.hash,
      });
    }
  }
  entries.sort((a, b) => a.seq - b.seq);
  return { entries, withheld, head };
}
