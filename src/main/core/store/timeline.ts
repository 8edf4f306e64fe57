import { RECORD_KINDS, type RecordData, type RecordKind } from '../../../shared/domain/records';
import type { TimelineItem } from '../../../shared/domain/views';
import type { Queryable } from '../db/database';
import { join, sql } from '../db/sql';
import { kindModule } from './kinds';
import { alongChains } from './timeline-chain';

/** The kinds that put anything on a timeline, as their modules declare. */
const DATED_KINDS = RECORD_KINDS.filter((kind) => kindModule(kind).timeline !== undefined);

type Row = { id: string; kind: RecordKind; label: string; data: string };

/** A record's entries; what it follows is named by label when that record is in the case too. */
function itemsOf<K extends RecordKind>(row: Row & { kind: K }, labels: ReadonlyMap<string, string>): TimelineItem[] {
  const entries = kindModule(row.kind).timeline?.(JSON.parse(row.data) as RecordData<K>, row.id) ?? [];
  return entries.map(({ keySuffix, type, follows, ...entry }) => {
    const label = follows !== undefined ? labels.get(follows) : undefined;
    return {
      key: `${row.id}${keySuffix ?? ''}`,
      recordId: row.id,
      label: row.label,
      ...entry,
      ...(type !== undefined ? { type } : {}),
      ...(follows !== undefined && label !== undefined ? { follows: { recordId: follows, label } } : {}),
    };
  });
}

/**
 * A case's incidents, testimonies and the status changes of its people, in date order, or those
 * of one person or one organisation. Uncertain dates stay ranges; items sort by their earliest
 * day, then their latest, "before" a period ahead of it and "after" it behind, and an incident
 * that follows another after it (timeline-chain.ts).
 */
export async function caseTimeline(db: Queryable, caseId: string, filter: { personId?: string; organisationId?: string; types?: string[] } = {}): Promise<TimelineItem[]> {
  const rows = await db.all<Row>(sql`
    SELECT r.id, r.kind, r.label, r.data FROM record_cases c JOIN records r ON r.id = c.record_id
    WHERE c.case_id = ${caseId} AND r.deleted_at IS NULL AND r.draft = 0
      AND r.kind IN (${join(DATED_KINDS.map((kind) => sql`${kind}`))})`);
  const labels = new Map(rows.map((row) => [row.id, row.label]));
  // Laid along the chains before filtering: a transfer shown alone still starts after its arrest.
  return alongChains(rows.flatMap((row) => itemsOf(row, labels)))
    .filter((item) => !filter.personId || item.personIds.includes(filter.personId))
    .filter((item) => !filter.organisationId || (item.organisationIds ?? []).includes(filter.organisationId))
    .filter((item) => !filter.types || (item.type !== undefined && filter.types.includes(item.type)) || (item.kind === 'testimony' && filter.types.includes('testimony')));
}
