import type { CaseSummary } from '../../../shared/domain/views';
import type { Queryable } from '../db/database';
import { identifier, sql, type Sql } from '../db/sql';
import { labelColumn } from './list-order';

export interface CaseListOptions {
  status?: string;
  sort: 'updated' | 'label' | 'created';
  direction: 'asc' | 'desc';
  limit: number;
  offset: number;
}

interface CaseRow {
  id: string;
  label: string;
  status: string;
  reference: string | null;
  updated_at: string;
  person: number | null;
  source: number | null;
  testimony: number | null;
  incident: number | null;
  attachment: number | null;
  last_change: string | null;
}

/*
 * `kind = 'case' AND deleted_at IS NULL` is written out, not bound: it is what lets SQLite use the
 * partial indexes of migration 90, which hold the live cases only, in each sort order.
 */
function whereLive(status: string | undefined): Sql {
  return status === undefined
    ? sql`r.kind = 'case' AND r.deleted_at IS NULL`
    : sql`r.kind = 'case' AND r.deleted_at IS NULL AND json_extract(r.data, '$.status') = ${status}`;
}

/** One page of live cases with their counts, read off a sort index and `case_stats`. */
export function casePageSql(options: CaseListOptions): Sql {
  const column = identifier(labelColumn(options.sort), ['updated_at', 'created_at', 'label']);
  const direction = options.direction === 'asc' ? sql`ASC` : sql`DESC`;
  return sql`
    SELECT r.id, r.label, json_extract(r.data, '$.status') AS status, json_extract(r.data, '$.reference') AS reference, r.updated_at,
           s.person, s.source, s.testimony, s.incident, s.attachment, s.last_change
    FROM records r LEFT JOIN case_stats s ON s.case_id = r.id
    WHERE ${whereLive(options.status)}
    ORDER BY r.${column} ${direction}, r.id ${direction}
    LIMIT ${options.limit} OFFSET ${options.offset}`;
}

/** How many live cases the filter matches, from the same partial index. */
export function caseCountSql(options: Pick<CaseListOptions, 'status'>): Sql {
  return sql`SELECT count(*) AS n FROM records r WHERE ${whereLive(options.status)}`;
}

function toSummary(row: CaseRow): CaseSummary {
  const summary: CaseSummary = {
    id: row.id,
    label: row.label,
    status: row.status,
    updatedAt: row.updated_at,
    lastChange: row.last_change !== null && row.last_change > row.updated_at ? row.last_change : row.updated_at,
    counts: { person: row.person ?? 0, source: row.source ?? 0, testimony: row.testimony ?? 0, incident: row.incident ?? 0, attachment: row.attachment ?? 0 },
  };
  if (row.reference) summary.reference = row.reference;
  return summary;
}

/**
 * A page of cases with how much each holds and when anything in it last changed. The counts are
 * kept per case by the triggers of migration 90, so a page costs the same in any size of vault.
 */
export async function listCases(db: Queryable, options: CaseListOptions): Promise<{ items: CaseSummary[]; total: number }> {
  const rows = await db.all<CaseRow>(casePageSql(options));
  const total = await db.get<{ n: number }>(caseCountSql(options));
  return { items: rows.map(toSummary), total: total?.n ?? 0 };
}
