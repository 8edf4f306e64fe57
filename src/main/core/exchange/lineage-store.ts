import { AppError } from '../../../shared/errors';
import { Database, type Queryable } from '../db/database';
import { sql } from '../db/sql';
import { canonicalJson } from '../store/canonical-json';
import type { RecordRow } from '../store/record-rows';
import type { RecordVersion } from './bundle-types';
import { inConflict, recordCurrent, type Head, type Lineage, type VersionContent } from './merge-engine';

/** The lineage tables of migration 0080, read and written for a batch of records. */

interface HeadRow {
  record_id: string;
  version: string;
  ancestors: string;
  content: string;
}

const idList = (ids: readonly string[]) => JSON.stringify([...ids]);

export function rowContent(row: Pick<RecordRow, 'kind' | 'data' | 'deleted_at' | 'updated_at'>): VersionContent {
  return { kind: row.kind, data: JSON.parse(row.data) as Record<string, unknown>, deletedAt: row.deleted_at, updatedAt: row.updated_at };
}

function toHead(row: HeadRow): Head {
  return { version: row.version, ancestors: JSON.parse(row.ancestors) as string[], content: JSON.parse(row.content) as VersionContent };
}

/** The salt of every version id this vault makes (migration 0080); it never leaves the vault. */
export async function lineageSalt(db: Queryable): Promise<string> {
  const row = await db.get<{ value: string }>(sql`SELECT value FROM meta WHERE key = 'lineage_salt'`);
  if (!row) throw new AppError('VAULT_CORRUPT', 'The vault has lost the salt of its record versions.');
  return row.value;
}

/** Each record's lineage; a record never exchanged has an empty one. */
export async function loadLineages(db: Queryable, recordIds: readonly string[]): Promise<Map<string, Lineage>> {
  const known = new Map<string, Set<string>>();
  const heads = new Map<string, Head[]>();
  const ids = idList(recordIds);
  for (const row of await db.all<{ record_id: string; version: string }>(
    sql`SELECT record_id, version FROM record_versions WHERE record_id IN (SELECT value FROM json_each(${ids}))`,
  )) {
    let set = known.get(row.record_id);
    if (!set) known.set(row.record_id, (set = new Set()));
    set.add(row.version);
  }
  for (const row of await db.all<HeadRow>(
    sql`SELECT record_id, version, ancestors, content FROM record_heads WHERE record_id IN (SELECT value FROM json_each(${ids})) ORDER BY record_id, version`,
  )) {
    let list = heads.get(row.record_id);
    if (!list) heads.set(row.record_id, (list = []));
    list.push(toHead(row));
  }
  const lineages = new Map<string, Lineage>();
  for (const id of recordIds) lineages.set(id, { known: known.get(id) ?? new Set(), heads: heads.get(id) ?? [] });
  return lineages;
}

/** Writes what changed between two lineages of one record. */
export async function saveLineage(tx: Queryable, recordId: string, before: Lineage, after: Lineage): Promise<void> {
  if (before === after) return;
  const added = [...after.known].filter((v) => !before.known.has(v));
  await tx.runEach(added, (version) => sql`INSERT OR IGNORE INTO record_versions (record_id, version) VALUES (${recordId}, ${version})`);
  const keep = new Set(after.heads.map((h) => h.version));
  const had = new Set(before.heads.map((h) => h.version));
  for (const head of before.heads) {
    if (!keep.has(head.version)) await tx.run(sql`DELETE FROM record_heads WHERE record_id = ${recordId} AND version = ${head.version}`);
  }
  for (const head of after.heads) {
    if (had.has(head.version)) continue;
    await tx.run(sql`
      INSERT INTO record_heads (record_id, version, ancestors, content)
      VALUES (${recordId}, ${head.version}, ${JSON.stringify(head.ancestors)}, ${JSON.stringify(head.content)})`);
  }
}

/** Runs `work` in a transaction of its own unless the caller already holds one. */
export function withinTransaction<T>(db: Queryable, work: (tx: Queryable) => Promise<T>): Promise<T> {
  return db instanceof Database ? db.transaction(work) : work(db);
}

async function savedRows(tx: Queryable, recordIds: readonly string[]): Promise<RecordRow[]> {
  return tx.all<RecordRow>(sql`SELECT * FROM records WHERE id IN (SELECT value FROM json_each(${idList(recordIds)})) AND draft = 0`);
}

/**
 * The version each record is sent as, recording its current content as a version first when it
 * changed since it was last exchanged. Drafts and missing (or destroyed) records are left out.
 */
export async function exportVersions(db: Queryable, recordIds: string[]): Promise<Map<string, RecordVersion>> {
  return withinTransaction(db, async (tx) => {
    const rows = await savedRows(tx, recordIds);
    const lineages = await loadLineages(tx, rows.map((r) => r.id));
    const salt = await lineageSalt(tx);
    const versions = new Map<string, RecordVersion>();
    for (const row of rows) {
      const before = lineages.get(row.id)!;
      const { lineage, head } = recordCurrent(before, rowContent(row), salt);
      await saveLineage(tx, row.id, before, lineage);
      versions.set(row.id, { version: head.version, ancestors: head.ancestors });
    }
    return versions;
  });
}

/**
 * For records in conflict, the heads other than the one the record is sent as, with their
 * content, so that a receiver keeps every side too. Call after versionsForExport. Their data must
 * pass through the same redaction as the record's own before it leaves the vault.
 */
export async function otherHeadsForExport(db: Queryable, recordIds: string[]): Promise<Map<string, Head[]>> {
  const lineages = await loadLineages(db, recordIds);
  const result = new Map<string, Head[]>();
  for (const [id, lineage] of lineages) {
    if (!inConflict(lineage)) continue;
    const row = await db.get<RecordRow>(sql`SELECT * FROM records WHERE id = ${id}`);
    if (!row) continue;
    const sent = canonicalJson(rowContent(row));
    result.set(id, lineage.heads.filter((h) => canonicalJson(h.content) !== sent));
  }
  return result;
}
