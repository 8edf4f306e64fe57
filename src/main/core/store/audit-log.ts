import { createHash } from 'node:crypto';
import type { AuditChange, AuditEntry, AuditProblem, AuditReport } from '../../../shared/domain/views';
import type { Queryable } from '../db/database';
import { sql } from '../db/sql';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEvent {
  actor: string;
  action: string;
  recordKind?: string | null;
  recordId?: string | null;
  changes: AuditChange[];
  at?: string;
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

/*
 * Each entry's hash covers the previous entry's hash and its own content, not its sequence number:
 * an edited entry fails its own hash, a removed or moved one breaks the link of the next.
 */
function entryHash(prevHash: string, row: Pick<AuditRow, 'at' | 'actor' | 'action' | 'record_kind' | 'record_id' | 'changes'>): string {
  const content = canonicalJson({
    at: row.at,
    actor: row.actor,
    action: row.action,
    recordKind: row.record_kind,
    recordId: row.record_id,
    changes: JSON.parse(row.changes) as unknown,
  });
  return createHash('sha256').update(`${prevHash}\n${content}`).digest('hex');
}

/** Appends one entry inside the caller's transaction, so the change and its entry commit together. */
export async function appendAudit(tx: Queryable, event: AuditEvent): Promise<void> {
  const last = await tx.get<{ hash: string }>(sql`SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1`);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const row = {
    at: event.at ?? new Date().toISOString(),
    actor: event.actor,
    action: event.action,
    record_kind: event.recordKind ?? null,
    record_id: event.recordId ?? null,
    changes: canonicalJson(event.changes),
  };
  const hash = entryHash(prevHash, row);
  await tx.run(sql`
    INSERT INTO audit_log (at, actor, action, record_kind, record_id, changes, prev_hash, hash)
    VALUES (${row.at}, ${row.actor}, ${row.action}, ${row.record_kind}, ${row.record_id}, ${row.changes}, ${prevHash}, ${hash})`);
}

/** Field-level differences between two versions of a record's data. */
export function diffFields(before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): AuditChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: AuditChange[] = [];
  for (const field of [...keys].sort()) {
    const old = before?.[field];
    const next = after?.[field];
    if (canonicalJson(old) === canonicalJson(next)) continue;
    const change: AuditChange = { field };
    if (old !== undefined) change.old = old;
    if (next !== undefined) change.new = next;
    changes.push(change);
  }
  return changes;
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    recordKind: row.record_kind,
    recordId: row.record_id,
    changes: JSON.parse(row.changes) as AuditChange[],
    hash: row.hash,
  };
}

export async function listAudit(db: Queryable, options: { recordId?: string; limit: number; beforeSeq?: number }): Promise<AuditEntry[]> {
  const before = options.beforeSeq ?? Number.MAX_SAFE_INTEGER;
  const rows = options.recordId
    ? await db.all<AuditRow>(sql`SELECT * FROM audit_log WHERE record_id = ${options.recordId} AND seq < ${before} ORDER BY seq DESC LIMIT ${options.limit}`)
    : await db.all<AuditRow>(sql`SELECT * FROM audit_log WHERE seq < ${before} ORDER BY seq DESC LIMIT ${options.limit}`);
  return rows.map(toEntry);
}

/**
 * Walks the chain and names every entry that was altered, removed, inserted or moved. Works on
 * what the database holds now, so it catches edits made behind the app's back.
 */
export async function verifyAudit(db: Queryable): Promise<AuditReport> {
  const rows = await db.all<AuditRow>(sql`SELECT * FROM audit_log ORDER BY seq`);
  const problems: AuditProblem[] = [];
  const hashes = new Set(rows.map((row) => row.hash));
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const row of rows) {
    const gap = row.seq > expectedSeq;
    if (gap) {
      problems.push({ seq: expectedSeq, problem: 'removed', message: `Entries ${expectedSeq} to ${row.seq - 1} are missing.` });
    }
    if (entryHash(row.prev_hash, row) !== row.hash) {
      problems.push({ seq: row.seq, problem: 'altered', message: `Entry ${row.seq} was changed after it was written.` });
    } else if (row.prev_hash !== prevHash && !gap) {
      // Chained to an entry that exists but is not its predecessor: moved, or something put before it.
      const known = hashes.has(row.prev_hash) || row.prev_hash === GENESIS_HASH;
      problems.push(
        known
          ? { seq: row.seq, problem: 'reordered', message: `Entry ${row.seq} is out of its place, or an entry was inserted before it.` }
          : { seq: row.seq, problem: 'removed', message: `The entry before ${row.seq} is missing.` },
      );
    }
    prevHash = row.hash;
    expectedSeq = row.seq + 1;
  }
  return { ok: problems.length === 0, entries: rows.length, problems };
}
