import { AppError, type FieldIssue } from '../../../shared/errors';
import type { RecordData, RecordKind } from '../../../shared/domain/records';
import type { Queryable } from '../db/database';
import { sql } from '../db/sql';
import { kindModule, type Reference, type TermUse } from './kinds';

/** Every other record a record points at, with the field path to blame if one is missing. */
export function referencesOf<K extends RecordKind>(kind: K, data: Partial<RecordData<K>>): Reference[] {
  return kindModule(kind).references(data);
}

/** Every vocabulary code a record uses. */
export function termsOf<K extends RecordKind>(kind: K, data: Partial<RecordData<K>>): TermUse[] {
  return kindModule(kind).terms(data);
}

/**
 * Refuses a record that points at records or vocabulary terms that do not exist, naming each
 * field, before anything is written. `pending` holds ids being written in the same batch.
 */
export async function checkReferences(
  db: Queryable,
  kind: RecordKind,
  data: Partial<RecordData<RecordKind>>,
  pending: ReadonlyMap<string, RecordKind> = new Map(),
): Promise<void> {
  await checkReferencesOfEach(db, [{ kind, data }], pending);
}

/**
 * checkReferences for a batch in three lookups, not three a record: a seed or import of thousands
 * of records pays one trip to the driver for all their references. The first record with a
 * missing reference is refused, its fields named as checkReferences names them.
 */
export async function checkReferencesOfEach(
  db: Queryable,
  items: ReadonlyArray<{ kind: RecordKind; data: Partial<RecordData<RecordKind>> }>,
  pending: ReadonlyMap<string, RecordKind> = new Map(),
): Promise<void> {
  const refsOf = items.map((item) => referencesOf(item.kind, item.data).filter((ref) => pending.get(ref.id) !== ref.kind));
  const termsOfEach = items.map((item) => termsOf(item.kind, item.data));
  const refs = refsOf.flat();
  const terms = termsOfEach.flat();
  const found = new Map<string, string>();
  if (refs.length > 0) {
    const records = [...new Set(refs.filter((r) => r.kind !== 'attachment').map((r) => r.id))];
    const attachments = [...new Set(refs.filter((r) => r.kind === 'attachment').map((r) => r.id))];
    if (records.length > 0) {
      for (const row of await db.all<{ id: string; kind: string }>(
        sql`SELECT id, kind FROM records WHERE id IN (SELECT value FROM json_each(${JSON.stringify(records)}))`,
      )) {
        found.set(row.id, row.kind);
      }
    }
    if (attachments.length > 0) {
      for (const row of await db.all<{ id: string }>(
        sql`SELECT id FROM attachments WHERE id IN (SELECT value FROM json_each(${JSON.stringify(attachments)}))`,
      )) {
        found.set(row.id, 'attachment');
      }
    }
  }
  const known = new Set<string>();
  if (terms.length > 0) {
    const keys = [...new Set(terms.map((t) => `${t.vocabulary}:${t.code}`))];
    for (const row of await db.all<{ key: string }>(
      sql`SELECT vocabulary || ':' || code AS key FROM vocabulary_terms WHERE vocabulary || ':' || code IN (SELECT value FROM json_each(${JSON.stringify(keys)}))`,
    )) {
      known.add(row.key);
    }
  }
  items.forEach((_, index) => {
    const issues: FieldIssue[] = [];
    for (const ref of refsOf[index] ?? []) {
      if (found.get(ref.id) !== ref.kind) issues.push({ path: ref.path, message: `No ${ref.kind} with this id.`, code: 'missingRecord' });
    }
    for (const term of termsOfEach[index] ?? []) {
      if (!known.has(`${term.vocabulary}:${term.code}`)) issues.push({ path: term.path, message: `Not a term of the ${term.vocabulary} vocabulary.`, code: 'notTermOf' });
    }
    if (issues.length === 0) return;
    const which = items.length > 1 ? ` (record ${index + 1} of ${items.length})` : '';
    throw new AppError('VALIDATION_FAILED', `Some fields point at records or terms that do not exist${which}.`, { fields: issues });
  });
}
