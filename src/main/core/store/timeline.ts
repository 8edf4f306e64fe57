import type { FuzzyDate } from '../../../shared/domain/common';
import type { RecordData, RecordKind } from '../../../shared/domain/records';
import type { TimelineItem } from '../../../shared/domain/views';
import type { Queryable } from '../db/database';
import { sql } from '../db/sql';

function exact(day: string): FuzzyDate {
  return { precision: 'day', earliest: day, latest: day };
}

/**
 * A case's incidents, testimonies and the status changes of its people, in date order. Uncertain
 * dates stay ranges; items sort by their earliest day, then their latest.
 */
export async function caseTimeline(db: Queryable, caseId: string, filter: { personId?: string; types?: string[] } = {}): Promise<TimelineItem[]> {
  const rows = await db.all<{ id: string; kind: RecordKind; label: string; data: string }>(sql`
    SELECT r.id, r.kind, r.label, r.data FROM record_cases c JOIN records r ON r.id = c.record_id
    WHERE c.case_id = ${caseId} AND r.deleted_at IS NULL AND r.draft = 0 AND r.kind IN ('incident', 'testimony', 'person')`);
  const items: TimelineItem[] = [];
  for (const row of rows) {
    if (row.kind === 'incident') {
      const d = JSON.parse(row.data) as RecordData<'incident'>;
      if (d.date) items.push({ key: row.id, recordId: row.id, kind: 'incident', label: row.label, type: d.type, date: d.date, personIds: d.involved.map((p) => p.personId) });
    } else if (row.kind === 'testimony') {
      const d = JSON.parse(row.data) as RecordData<'testimony'>;
      items.push({ key: row.id, recordId: row.id, kind: 'testimony', label: row.label, date: exact(d.interviewDate), personIds: d.personLinks.map((l) => l.personId) });
    } else {
      const d = JSON.parse(row.data) as RecordData<'person'>;
      d.statusHistory.forEach((change, index) => {
        if (change.date) items.push({ key: `${row.id}#${index}`, recordId: row.id, kind: 'status', label: row.label, type: change.status, date: change.date, personIds: [row.id] });
      });
    }
  }
  return items
    .filter((item) => !filter.personId || item.personIds.includes(filter.personId))
    .filter((item) => !filter.types || (item.type !== undefined && filter.types.includes(item.type)) || (item.kind === 'testimony' && filter.types.includes('testimony')))
    .sort((a, b) => a.date.earliest.localeCompare(b.date.earliest) || a.date.latest.localeCompare(b.date.latest) || a.key.localeCompare(b.key));
}
