import type { RecordKind } from '../../../shared/domain/records';
import type { TrashItem } from '../../../shared/domain/views';
import { sql, type Sql } from '../db/sql';

export interface TrashRow {
  id: string;
  kind: RecordKind | 'attachment';
  label: string;
  deleted_at: string;
}

/**
 * One page of the trash, newest first: records and attachments merged by the time they were
 * deleted, in SQL, so a vault with a long trash never reads all of it. Ties fall to the id, so
 * pages neither skip nor repeat a row. Each side reads the partial trash index in order and the
 * merge stops after `offset + limit` rows.
 */
export function trashPageSql(limit: number, offset: number): Sql {
  return sql`
    SELECT id, kind, label, deleted_at FROM records WHERE deleted_at IS NOT NULL
    UNION ALL
    SELECT id, 'attachment' AS kind, name AS label, deleted_at FROM attachments WHERE deleted_at IS NOT NULL
    ORDER BY deleted_at DESC, id DESC
    LIMIT ${limit} OFFSET ${offset}`;
}

/** How many rows the whole trash holds, counted from the same partial indexes. */
export function trashCountSql(): Sql {
  return sql`
    SELECT (SELECT count(*) FROM records WHERE deleted_at IS NOT NULL)
         + (SELECT count(*) FROM attachments WHERE deleted_at IS NOT NULL) AS n`;
}

export function toTrashItem(row: TrashRow): TrashItem {
  return { id: row.id, kind: row.kind, label: row.label, deletedAt: row.deleted_at };
}
