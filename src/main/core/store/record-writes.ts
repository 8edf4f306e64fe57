import { RECORD_JSON_MAX } from '../../../shared/domain/common';
import type { RecordData, RecordKind } from '../../../shared/domain/records';
import { AppError } from '../../../shared/errors';
import type { Queryable } from '../db/database';
import { sql } from '../db/sql';
import { kindModule } from './kinds';
import type { RecordRow } from './record-rows';
import { customTexterFor } from './custom-values';
import { searchBody } from './search-text';

/*
 * The rows a record write touches beside the record's own: its bound, pseudonym, search entry,
 * case links and earlier versions. The record store and the import's merge write through these,
 * so a record merged in from a partner is stored exactly as one typed here.
 */

/** The record as stored, refused past RECORD_JSON_MAX with its largest field named. */
export function boundedJson(data: object): string {
  const json = JSON.stringify(data);
  if (json.length <= RECORD_JSON_MAX) return json;
  const sizes = Object.entries(data).map(([field, value]) => [field, JSON.stringify(value)?.length ?? 0] as const);
  const [largest] = sizes.sort((a, b) => b[1] - a[1])[0] ?? ['data'];
  throw new AppError('VALIDATION_FAILED', `This record is too large to save: at most ${RECORD_JSON_MAX.toLocaleString('en')} characters in all. Its largest field is ${largest}.`, {
    fields: [{ path: largest, message: 'The record is too large; shorten this field.', code: 'tooLong' }],
  });
}

export async function nextPseudonym(tx: Queryable): Promise<string> {
  const [pseudonym] = await nextPseudonyms(tx, 1);
  return pseudonym as string;
}

/** The next `count` source pseudonyms, in order, taken with one read and one write. */
export async function nextPseudonyms(tx: Queryable, count: number): Promise<string[]> {
  if (count === 0) return [];
  const row = await tx.get<{ value: string }>(sql`SELECT value FROM meta WHERE key = 'next_source_number'`);
  const n = Number(row?.value ?? '1');
  await tx.run(sql`INSERT OR REPLACE INTO meta (key, value) VALUES ('next_source_number', ${String(n + count)})`);
  return Array.from({ length: count }, (_, i) => `S-${String(n + i).padStart(4, '0')}`);
}

export async function indexRecord<K extends RecordKind>(tx: Queryable, id: string, kind: K, label: string, data: Partial<RecordData<K>>, pseudonym?: string): Promise<void> {
  const custom = (await customTexterFor(tx, [data]))(data.custom);
  const body = searchBody(kind, data, pseudonym ? { pseudonym } : {}, custom);
  const rowid = await tx.get<{ rowid: number }>(sql`SELECT rowid FROM records WHERE id = ${id}`);
  if (!rowid) return;
  await tx.run(sql`DELETE FROM search_index WHERE rowid = ${rowid.rowid}`);
  // With FTS5 secure-delete on (SQLite 3.51.3), deleting a rowid and inserting it again in one
  // transaction can leave the old tokens behind: integrity_check then reports a checksum mismatch
  // and searches find words the record no longer holds. Flushing the pending delete first avoids it.
  await tx.run(sql`INSERT INTO search_index (search_index) VALUES ('flush')`);
  await tx.run(sql`INSERT INTO search_index (rowid, label, body) VALUES (${rowid.rowid}, ${label}, ${body})`);
}

export async function unindexRecord(tx: Queryable, id: string): Promise<void> {
  await tx.run(sql`DELETE FROM search_index WHERE rowid = (SELECT rowid FROM records WHERE id = ${id})`);
}

export async function setCases<K extends RecordKind>(tx: Queryable, id: string, kind: K, data: Partial<RecordData<K>>): Promise<void> {
  await tx.run(sql`DELETE FROM record_cases WHERE record_id = ${id}`);
  for (const caseId of new Set(kindModule(kind).cases(data, id))) {
    await tx.run(sql`INSERT INTO record_cases (case_id, record_id) VALUES (${caseId}, ${id})`);
  }
}

/** The version an update replaces, numbered after the ones before it, for the version history. */
export async function keepRevision(tx: Queryable, row: RecordRow): Promise<void> {
  // Who wrote that version: the newest audit entry of the record names them.
  const writer = await tx.get<{ actor: string }>(sql`SELECT actor FROM audit_log WHERE record_id = ${row.id} ORDER BY seq DESC LIMIT 1`);
  await tx.run(sql`
    INSERT INTO revisions (record_id, revision, data, label, at, actor)
    SELECT ${row.id}, coalesce(max(revision), 0) + 1, ${row.data}, ${row.label}, ${row.updated_at}, ${writer?.actor ?? ''}
    FROM revisions WHERE record_id = ${row.id}`);
}

/**
 * Every row that holds something of the record: its earlier versions, search entry, case links,
 * attachment rows, unsaved draft, and the record itself (docs/security.md S29). The search table
 * runs with FTS5's secure-delete, so the tokens leave its segments now, not at the next merge.
 */
export async function destroyRecordRows(tx: Queryable, id: string): Promise<void> {
  await unindexRecord(tx, id);
  await tx.run(sql`DELETE FROM revisions WHERE record_id = ${id}`);
  await tx.run(sql`DELETE FROM record_cases WHERE record_id = ${id}`);
  await tx.run(sql`DELETE FROM attachments WHERE owner_id = ${id}`);
  // Drafts cascade with the record too; deleted here by name so the list above stays complete.
  const drafts = await tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'drafts'`);
  if (drafts?.n) await tx.run(sql`DELETE FROM drafts WHERE record_id = ${id}`);
  await tx.run(sql`DELETE FROM records WHERE id = ${id}`);
}

export async function rowById(db: Queryable, id: string): Promise<RecordRow> {
  const row = await db.get<RecordRow>(sql`SELECT * FROM records WHERE id = ${id}`);
  if (!row) throw new AppError('NOT_FOUND', 'No record with this id.');
  return row;
}
