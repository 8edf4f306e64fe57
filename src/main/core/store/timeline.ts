import { compareFuzzyDates } from '../../../shared/dates/fuzzy-date';
import { RECORD_KINDS, type RecordData, type RecordKind } from '../../../shared/domain/records';
import type { TimelineItem } from '../../../shared/domain/views';
import type { Queryable } from '../db/database';
import { join, sql } from '../db/sql';
import { kindModule } from './kinds';

/** The kinds that put anything on a timeline, as their modules declare. */
const DATED_KINDS = RECORD_KINDS.filter((kind) => kindModule(kind).timeline !== undefined);

function itemsOf<K extends RecordKind>(row: { id: string; kind: K; label: string; data: string }): TimelineItem[] {
  const entries = kindModule(row.kind).timeline?.(JSON.parse(row.data) as RecordData<K>, row.id) ?? [];
  return entries.map(({ keySuffix, type, ...entry }) => ({
    key: `${row.id}${keySuffix ?? ''}`,
    recordId: row.id,
    label: row.label,
    ...entry,
    ...(type !== undefined ? { type } : {}),
  }));
}

/**
 * A case's incidents, testimonies and the status changes of its people, in date order. Uncertain
 * dates stay ranges; items sort by their earliest day, then their latest, "before" a period ahead
 * of it and "after" it behind.
 */
export async function caseTimeline(db: Queryable, caseId: string, filter: { personId?: string; types?: string[] } = {}): Promise<TimelineItem[]> {
  const rows = await db.all<{ id: string; kind: RecordKind; label: string; data: string }>(sql`
    SELECT r.id, r.kind, r.label, r.data FROM record_cases c JOIN records r ON r.id = c.record_id
    WHERE c.case_id = ${caseId} AND r.deleted_at IS NULL AND r.draft = 0
      AND r.kind IN (${join(DATED_KINDS.map((kind) => sql`${kind}`))})`);
  return rows
    .flatMap(itemsOf)
    .filter((item) => !filter.personId || item.personIds.includes(filter.personId))
    .filter((item) => !filter.types || (item.type !== undefined && filter.types.includes(item.type)) || (item.kind === 'testimony' && filter.types.includes('testimony')))
    .sort((a, b) => compareFuzzyDates(a.date, b.date) || a.key.localeCompare(b.key));
}
