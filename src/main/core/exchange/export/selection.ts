import type { RecordKind } from '../../../../shared/domain/records';
import { AppError } from '../../../../shared/errors';
import type { Database, Queryable } from '../../db/database';
import { sql } from '../../db/sql';
import type { RecordRow } from '../../store/record-rows';
import type { RecordVersion } from '../bundle-types';
import { conflictHeadsForExport, versionsForExport } from '../lineage';
import type { Head } from '../merge-engine';

/** What the user chose to export. */
export interface Selection {
  caseIds: readonly string[];
  recordIds: readonly string[];
  all: boolean;
}

/** A record as read for export, with the version it is sent as. */
export interface SelectedRecord {
  row: RecordRow;
  version: RecordVersion;
  otherHeads: Head[];
}

/** One attachment row as the export reads it. */
export interface SelectedAttachment {
  id: string;
  ownerId: string;
  ownerKind: RecordKind;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  workingSha256: string | null;
  createdAt: string;
  origin: string;
}

/*
 * Rows are read a batch at a time, each batch in a short transaction of its own with its versions
 * (so a record and the version it is sent as are always the same content), and other calls get
 * the database between batches: a large export does not hold it for its whole length.
 */
const BATCH = 200;
const LIVE = sql`deleted_at IS NULL AND draft = 0`;
const ids = (list: readonly string[]) => JSON.stringify([...list]);

async function liveIds(db: Queryable, candidates: readonly string[], kind?: RecordKind): Promise<Set<string>> {
  const kindIs = kind ? sql`AND kind = ${kind}` : sql``;
  const rows = await db.all<{ id: string }>(sql`SELECT id FROM records WHERE id IN (SELECT value FROM json_each(${ids(candidates)})) AND ${LIVE} ${kindIs}`);
  return new Set(rows.map((row) => row.id));
}

/**
 * The ids of every record the selection takes: each case with what is filed in it, each single
 * record, or the whole vault; then the source of every testimony taken, since a testimony means
 * nothing without it and its consent decides what of it may travel. Records in the trash and
 * drafts are never taken; a case or record asked for by id that is one of them is refused.
 */
export async function selectRecordIds(db: Queryable, selection: Selection): Promise<string[]> {
  const chosen = new Set<string>();
  if (selection.all) {
    for (const row of await db.all<{ id: string }>(sql`SELECT id FROM records WHERE ${LIVE} ORDER BY kind, id`)) chosen.add(row.id);
  } else {
    const cases = await liveIds(db, selection.caseIds, 'case');
    const missingCase = selection.caseIds.find((id) => !cases.has(id));
    if (missingCase) throw new AppError('NOT_FOUND', 'A chosen case does not exist or is in the trash.', { fields: [{ path: 'caseIds', message: `No case ${missingCase}.` }] });
    const records = await liveIds(db, selection.recordIds);
    const missingRecord = selection.recordIds.find((id) => !records.has(id));
    if (missingRecord) throw new AppError('NOT_FOUND', 'A chosen record does not exist, is in the trash or is a draft.', { fields: [{ path: 'recordIds', message: `No record ${missingRecord}.` }] });
    for (const id of cases) chosen.add(id);
    for (const id of records) chosen.add(id);
    const filed = await db.all<{ id: string }>(sql`
      SELECT id FROM records
      WHERE id IN (SELECT record_id FROM record_cases WHERE case_id IN (SELECT value FROM json_each(${ids([...cases])})))
        AND ${LIVE}
      ORDER BY kind, id`);
    for (const row of filed) chosen.add(row.id);
  }
  const sources = await db.all<{ id: string }>(sql`
    SELECT json_extract(data, '$.sourceId') AS id FROM records
    WHERE kind = 'testimony' AND id IN (SELECT value FROM json_each(${ids([...chosen])}))`);
  const live = await liveIds(db, sources.map((row) => row.id).filter((id): id is string => typeof id === 'string'), 'source');
  for (const id of live) chosen.add(id);
  return [...chosen];
}

/**
 * Reads the chosen records in batches with their versions. `stillOpen` is asked before each
 * batch, so a lock during an export stops it between batches rather than on a closed database.
 */
export async function readSelected(db: Database, recordIds: readonly string[], stillOpen: () => void, onBatch?: (done: number) => void): Promise<SelectedRecord[]> {
  const selected: SelectedRecord[] = [];
  for (let start = 0; start < recordIds.length; start += BATCH) {
    stillOpen();
    const batch = recordIds.slice(start, start + BATCH);
    const part = await db.transaction(async (tx) => {
      const rows = await tx.all<RecordRow>(sql`SELECT * FROM records WHERE id IN (SELECT value FROM json_each(${ids(batch)})) AND ${LIVE} ORDER BY id`);
      const live = rows.map((row) => row.id);
      const versions = await versionsForExport(tx, live);
      const heads = await conflictHeadsForExport(tx, live);
      return rows.flatMap((row) => {
        const version = versions.get(row.id);
        return version ? [{ row, version, otherHeads: heads.get(row.id) ?? [] }] : [];
      });
    });
    selected.push(...part);
    onBatch?.(Math.min(recordIds.length, start + BATCH));
  }
  return selected;
}

interface AttachmentRow {
  id: string;
  owner_id: string;
  owner_kind: RecordKind;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  working_sha256: string | null;
  created_at: string;
  origin: string;
}

/** The files attached to the chosen records, leaving out those in the trash. */
export async function selectAttachments(db: Queryable, ownerIds: readonly string[]): Promise<SelectedAttachment[]> {
  const rows = await db.all<AttachmentRow>(sql`
    SELECT a.id, a.owner_id, r.kind AS owner_kind, a.name, a.mime, a.size, a.sha256, a.working_sha256, a.created_at, a.origin
    FROM attachments a JOIN records r ON r.id = a.owner_id
    WHERE a.owner_id IN (SELECT value FROM json_each(${ids(ownerIds)})) AND a.deleted_at IS NULL
    ORDER BY a.owner_id, a.created_at, a.id`);
  return rows.map((row) => ({
    id: row.id,
    ownerId: row.owner_id,
    ownerKind: row.owner_kind,
    name: row.name,
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    workingSha256: row.working_sha256,
    createdAt: row.created_at,
    origin: row.origin,
  }));
}
