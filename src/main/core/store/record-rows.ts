import type { RecordKind } from '../../../shared/domain/records';
import type { StoredRecord } from '../../../shared/domain/views';

/** A row of `records` as the driver returns it. */
export interface RecordRow {
  id: string;
  kind: RecordKind;
  label: string;
  data: string;
  draft: number;
  secret: Uint8Array | null;
  pseudonym: string | null;
  created_at: string;
  updated_at: string;
  origin: string;
  deleted_at: string | null;
}

export function toStoredRecord(row: RecordRow): StoredRecord {
  const record = {
    id: row.id,
    kind: row.kind,
    draft: row.draft === 1,
    label: row.label,
    data: JSON.parse(row.data) as unknown,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    origin: row.origin,
    deletedAt: row.deleted_at,
  } as StoredRecord;
  if (row.kind === 'source') {
    record.pseudonym = row.pseudonym ?? '';
    record.hasIdentity = row.secret !== null;
  }
  return record;
}
