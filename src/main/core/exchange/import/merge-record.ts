import type { ImportOutcome, ImportWarningCode } from '../../../../shared/api/imports';
import { recordSchemas } from '../../../../shared/domain/records';
import type { Queryable } from '../../db/database';
import { sql } from '../../db/sql';
import { canonicalJson } from '../../store/canonical-json';
import type { RecordRow } from '../../store/record-rows';
import { lineageSalt, loadLineages, rowContent } from '../lineage-store';
import { absorb, EMPTY_LINEAGE, inConflict, recordCurrent, winner, type Head, type Lineage, type VersionContent } from '../merge-engine';
import type { IncomingRecord } from './incoming';

/** What merging one incoming record would do, computed the same way for the preview and the write. */
export interface RecordMerge {
  incoming: IncomingRecord;
  row: RecordRow | undefined;
  outcome: ImportOutcome;
  warning?: ImportWarningCode;
  /** The lineage as stored, and as it will be. */
  before: Lineage;
  after: Lineage;
  /** What the record shows afterwards; undefined when skipped. */
  shown?: VersionContent;
  redacted: number;
}

function getPath(value: unknown, path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let current: Record<string, unknown> = target;
  for (const key of path.slice(0, -1)) {
    const next = current[key];
    if (next === null || typeof next !== 'object') return;
    current = next as Record<string, unknown>;
  }
  current[path.at(-1)!] = value;
}

/**
 * A version from a redacted bundle lacks what the sender's profile left out. Where this vault has
 * its own value for such a field, it keeps it: a gap in a bundle is never read as "now empty".
 */
function withLocalValues(head: IncomingRecord['heads'][number], local: Record<string, unknown> | undefined): Head {
  if (head.redacted.length === 0 || !local) return head;
  const data = structuredClone(head.content.data);
  for (const dotted of head.redacted) {
    const path = dotted.split('.');
    const value = getPath(local, path);
    if (value !== undefined) setPath(data, path, structuredClone(value));
  }
  const parsed = recordSchemas[head.content.kind].safeParse(data);
  if (!parsed.success) return head;
  return { ...head, content: { ...head.content, data: parsed.data as Record<string, unknown> } };
}

function sameHeads(a: Lineage, b: Lineage): boolean {
  return a.heads.length === b.heads.length && a.heads.every((h, i) => h.version === b.heads[i]!.version);
}

/** Merges one record in memory: the local state first made a version, then every incoming head absorbed. */
export function mergeRecord(incoming: IncomingRecord, row: RecordRow | undefined, stored: Lineage, destroyedHere: boolean, salt: string): RecordMerge {
  const redacted = incoming.heads[0]!.redacted.length;
  const skip = (warning: ImportWarningCode): RecordMerge => ({ incoming, row, outcome: 'skipped', warning, before: stored, after: stored, redacted });
  if (!row && destroyedHere) return skip('destroyed-here');
  if (row && row.draft === 1) return skip('draft-here');
  if (row && row.kind !== incoming.kind) return skip('kind-differs');
  const local = row ? recordCurrent(stored, rowContent(row), salt).lineage : stored;
  const localData = row ? (JSON.parse(row.data) as Record<string, unknown>) : undefined;
  let after = local;
  for (const head of incoming.heads) after = absorb(after, withLocalValues(head, localData)).lineage;
  const shown = winner(after.heads)!.content;
  let outcome: ImportOutcome;
  if (!row) outcome = 'new';
  else if (sameHeads(local, after)) outcome = 'unchanged';
  else if (inConflict(after)) outcome = 'conflict';
  else if (local.heads.every((h) => !after.heads.some((a) => a.version === h.version))) outcome = 'fast-forward';
  else outcome = 'identical';
  return { incoming, row, outcome, before: stored, after, shown, redacted };
}

/** Whether the record's row must be written: it is new, or what it shows changes. */
export function rowChanges(merge: RecordMerge): boolean {
  if (!merge.shown) return false;
  return !merge.row || canonicalJson(rowContent(merge.row)) !== canonicalJson(merge.shown);
}

/** Merges every incoming record against the vault as it is now; reads only. */
export async function mergeAll(db: Queryable, records: readonly IncomingRecord[]): Promise<RecordMerge[]> {
  const ids = JSON.stringify(records.map((r) => r.id));
  const rows = new Map(
    (await db.all<RecordRow>(sql`SELECT * FROM records WHERE id IN (SELECT value FROM json_each(${ids}))`)).map((r) => [r.id, r]),
  );
  const destroyed = new Set(
    (
      await db.all<{ record_id: string }>(
        sql`SELECT DISTINCT record_id FROM audit_log WHERE action = 'purge' AND record_id IN (SELECT value FROM json_each(${ids}))`,
      )
    ).map((r) => r.record_id),
  );
  const lineages = await loadLineages(db, records.map((r) => r.id));
  const salt = await lineageSalt(db);
  return records.map((incoming) => mergeRecord(incoming, rows.get(incoming.id), lineages.get(incoming.id) ?? EMPTY_LINEAGE, destroyed.has(incoming.id), salt));
}
