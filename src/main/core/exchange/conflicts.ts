import type { ConflictView } from '../../../shared/api/imports';
import { recordSchemas } from '../../../shared/domain/records';
import type { StoredRecord } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import type { Database, Queryable } from '../db/database';
import { sql } from '../db/sql';
import { recordLabel } from '../store/labels';
import { toStoredRecord, type RecordRow } from '../store/record-rows';
import { checkReferences } from '../store/references';
import { writeMergedRecord } from './import/write-record';
import { lineageSalt, loadLineages, rowContent, saveLineage } from './lineage-store';
import { inConflict, recordCurrent, resolve, winner, type VersionContent } from './merge-engine';

/** Records with more than one head; only those whose heads disagree are conflicts. */
async function candidates(db: Queryable): Promise<string[]> {
  const rows = await db.all<{ record_id: string }>(sql`SELECT record_id FROM record_heads GROUP BY record_id HAVING count(*) > 1 ORDER BY record_id`);
  return rows.map((r) => r.record_id);
}

export async function countConflicts(db: Queryable): Promise<number> {
  const lineages = await loadLineages(db, await candidates(db));
  return [...lineages.values()].filter(inConflict).length;
}

/** Every open conflict with each side's full content, for a person to compare. */
export async function listConflicts(db: Queryable): Promise<ConflictView[]> {
  const lineages = await loadLineages(db, await candidates(db));
  const views: ConflictView[] = [];
  for (const [recordId, lineage] of lineages) {
    if (!inConflict(lineage)) continue;
    const shown = winner(lineage.heads)!;
    const row = await db.get<{ pseudonym: string | null }>(sql`SELECT pseudonym FROM records WHERE id = ${recordId}`);
    const extra = row?.pseudonym ? { pseudonym: row.pseudonym } : {};
    views.push({
      recordId,
      kind: shown.content.kind,
      shown: shown.version,
      sides: lineage.heads.map((h) => ({
        version: h.version,
        updatedAt: h.content.updatedAt,
        deletedAt: h.content.deletedAt,
        label: recordLabel(h.content.kind, h.content.data, extra),
        data: h.content.data,
      })),
    });
  }
  return views;
}

export type Resolution = { version: string } | { data: unknown };

/**
 * Ends a conflict with a new version whose parents are every side, so it supersedes them all
 * here and wherever it travels. A person picks a side as it was, or edits; edited data passes the
 * same checks as any edit typed here.
 */
export async function resolveConflict(deps: { db: Database; actor(): Promise<string> }, recordId: string, choice: Resolution): Promise<StoredRecord> {
  const actor = await deps.actor();
  return deps.db.transaction(async (tx) => {
    const row = await tx.get<RecordRow>(sql`SELECT * FROM records WHERE id = ${recordId}`);
    if (!row) throw new AppError('NOT_FOUND', 'No record with this id.');
    const stored = (await loadLineages(tx, [recordId])).get(recordId)!;
    const salt = await lineageSalt(tx);
    const current = recordCurrent(stored, rowContent(row), salt).lineage;
    if (!inConflict(current)) throw new AppError('CONFLICT', 'This record is not in conflict any more; reload it.');
    const now = new Date().toISOString();
    let content: VersionContent;
    let how: string;
    if ('version' in choice) {
      const side = current.heads.find((h) => h.version === choice.version);
      if (!side) throw new AppError('NOT_FOUND', 'That version is not one of the sides of this conflict; reload it.');
      content = { ...side.content, updatedAt: now };
      how = `chose version ${choice.version.slice(0, 12)}`;
    } else {
      const data = recordSchemas[row.kind].parse(choice.data) as Record<string, unknown>;
      await checkReferences(tx, row.kind, data);
      content = { kind: row.kind, data, deletedAt: row.deleted_at, updatedAt: now };
      how = 'edited';
    }
    const { lineage } = resolve(current, content, salt);
    await writeMergedRecord(tx, { id: recordId, createdAt: row.created_at, origin: row.origin, row, shown: content }, { actor, action: 'resolve_conflict', note: `conflict resolved: ${how}` });
    await saveLineage(tx, recordId, stored, lineage);
    return toStoredRecord((await tx.get<RecordRow>(sql`SELECT * FROM records WHERE id = ${recordId}`))!);
  });
}
