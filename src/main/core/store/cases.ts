import type { CaseSummary } from '../../../shared/domain/views';
import type { Queryable } from '../db/database';
import { identifier, sql } from '../db/sql';
import { labelColumn } from './list-order';

/** Cases with how much each holds and when anything in it last changed. */
export async function listCases(db: Queryable, options: { status?: string; sort: 'updated' | 'label' | 'created'; direction: 'asc' | 'desc' }): Promise<CaseSummary[]> {
  const rows = await db.all<{ id: string; label: string; data: string; updated_at: string }>(sql`
    SELECT id, label, data, updated_at FROM records WHERE kind = 'case' AND deleted_at IS NULL
    ORDER BY ${identifier(labelColumn(options.sort), ['updated_at', 'created_at', 'label'])} ${options.direction === 'asc' ? sql`ASC` : sql`DESC`}`);
  const counts = await db.all<{ case_id: string; kind: string; n: number; last: string }>(sql`
    SELECT c.case_id, r.kind, count(*) AS n, max(r.updated_at) AS last FROM record_cases c JOIN records r ON r.id = c.record_id
    WHERE r.deleted_at IS NULL AND r.kind != 'case' GROUP BY c.case_id, r.kind`);
  const attachments = await db.all<{ case_id: string; n: number }>(sql`
    SELECT c.case_id, count(*) AS n FROM attachments a JOIN record_cases c ON c.record_id = a.owner_id
    WHERE a.deleted_at IS NULL GROUP BY c.case_id`);
  const summaries: CaseSummary[] = [];
  for (const row of rows) {
    const data = JSON.parse(row.data) as { status: string; reference?: string };
    if (options.status && data.status !== options.status) continue;
    const mine = counts.filter((c) => c.case_id === row.id);
    const count = (kind: string) => mine.find((c) => c.kind === kind)?.n ?? 0;
    const summary: CaseSummary = {
      id: row.id,
      label: row.label,
      status: data.status,
      updatedAt: row.updated_at,
      lastChange: [row.updated_at, ...mine.map((c) => c.last)].sort().at(-1) ?? row.updated_at,
      counts: { person: count('person'), source: count('source'), testimony: count('testimony'), incident: count('incident'), attachment: attachments.find((a) => a.case_id === row.id)?.n ?? 0 },
    };
    if (data.reference) summary.reference = data.reference;
    summaries.push(summary);
  }
  return summaries;
}
