import type { CustomValues } from '../../../../shared/domain/custom-fields';
import type { RecordKind } from '../../../../shared/domain/records';
import type { Queryable } from '../../db/database';
import { sql } from '../../db/sql';
import { appendAudit, diffFields, type ChangeInput } from '../../store/audit-log';
import { kindModule } from '../../store/kinds';
import { storedLabel } from '../../store/labels';
import type { RecordRow } from '../../store/record-rows';
import { boundedJson, indexRecord, keepRevision, nextPseudonym, setCases, unindexRecord } from '../../store/record-writes';
import { customTexterFor } from '../../store/custom-values';
import { searchBody } from '../../store/search-text';
import type { VersionContent } from '../merge-engine';

/**
 * Writes what a record shows after a merge, through the same pieces the record store uses for
 * its own writes: the label, case links, search index and earlier versions stay as they would
 * after an edit typed here. The audit entry says where the change came from.
 */
export async function writeMergedRecord(
  tx: Queryable,
  target: { id: string; createdAt: string; origin: string; row: RecordRow | undefined; shown: VersionContent },
  audit: { actor: string; action: string; note: string },
): Promise<void> {
  const { id, row, shown } = target;
  const kind: RecordKind = shown.kind;
  const json = boundedJson(shown.data);
  let changes: ChangeInput[];
  if (!row) {
    const pseudonym = kindModule(kind).pseudonymous ? await nextPseudonym(tx) : null;
    const label = await storedLabel(tx, kind, shown.data, pseudonym);
    const inserted = await tx.run(sql`
      INSERT INTO records (id, kind, label, data, draft, secret, pseudonym, created_at, updated_at, origin, deleted_at)
      VALUES (${id}, ${kind}, ${label}, ${json}, 0, NULL, ${pseudonym}, ${target.createdAt}, ${shown.updatedAt}, ${target.origin}, ${shown.deletedAt})`);
    // A fresh row has no old links or index entry to clear: one write each, as the store's insert.
    for (const caseId of new Set(kindModule(kind).cases(shown.data, id))) await tx.run(sql`INSERT INTO record_cases (case_id, record_id) VALUES (${caseId}, ${id})`);
    if (!shown.deletedAt) {
      const custom = (await customTexterFor(tx, [shown.data]))(shown.data.custom as CustomValues | undefined);
      const body = searchBody(kind, shown.data, pseudonym ? { pseudonym } : {}, custom);
      await tx.run(sql`INSERT INTO search_index (rowid, label, body) VALUES (${inserted.lastID}, ${label}, ${body})`);
    }
    changes = diffFields(undefined, shown.data);
  } else {
    const label = await storedLabel(tx, kind, shown.data, row.pseudonym);
    // The version this one replaces joins the record's history, as after an edit here.
    if (row.data !== json) await keepRevision(tx, row);
    await tx.run(sql`UPDATE records SET data = ${json}, label = ${label}, updated_at = ${shown.updatedAt}, deleted_at = ${shown.deletedAt} WHERE id = ${id}`);
    await setCases(tx, id, kind, shown.data);
    if (shown.deletedAt) await unindexRecord(tx, id);
    else await indexRecord(tx, id, kind, label, shown.data, row.pseudonym ?? undefined);
    changes = diffFields(JSON.parse(row.data) as Record<string, unknown>, shown.data);
    if (row.deleted_at !== shown.deletedAt) changes.push({ field: 'deletedAt' });
  }
  changes.push({ field: 'source', note: audit.note });
  await appendAudit(tx, { actor: audit.actor, action: audit.action, recordKind: kind, recordId: id, changes });
}
