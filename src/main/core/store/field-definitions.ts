import { v7 as uuidv7 } from 'uuid';
import type { FieldDefinition, NewFieldDefinition } from '../../../shared/api/fields';
import type { FieldType } from '../../../shared/domain/custom-fields';
import type { RecordKind } from '../../../shared/domain/records';
import { AppError } from '../../../shared/errors';
import { labelsOrEnglish, type LanguageLabels } from '../../../shared/languages';
import type { Database, Queryable } from '../db/database';
import { sql } from '../db/sql';
import { appendAudit, diffFields } from './audit-log';

interface DefinitionRow {
  id: string;
  kind: RecordKind;
  key: string;
  type: FieldType;
  labels: string;
  help: string;
  required: number;
  sensitive: number;
  vocabulary: string | null;
  multiple: number;
  position: number;
  created_at: string;
  updated_at: string;
  removed_at: string | null;
}

function toDefinition(row: DefinitionRow): FieldDefinition {
  return {
    id: row.id,
    kind: row.kind,
    key: row.key,
    type: row.type,
    // A language added after the definition was written reads in English, as vocabulary terms do.
    labels: labelsOrEnglish(JSON.parse(row.labels) as Record<string, unknown>),
    help: JSON.parse(row.help) as LanguageLabels,
    required: row.required === 1,
    sensitive: row.sensitive === 1,
    vocabulary: row.vocabulary,
    multiple: row.multiple === 1,
    position: row.position,
    removedAt: row.removed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every definition, removed ones included, in each kind's order. */
export async function listFieldDefinitions(db: Queryable): Promise<FieldDefinition[]> {
  const rows = await db.all<DefinitionRow>(sql`SELECT * FROM field_definitions ORDER BY kind, position, id`);
  return rows.map(toDefinition);
}

async function definitionById(db: Queryable, id: string): Promise<FieldDefinition> {
  const row = await db.get<DefinitionRow>(sql`SELECT * FROM field_definitions WHERE id = ${id}`);
  if (!row) throw new AppError('NOT_FOUND', 'No field with this id.');
  return toDefinition(row);
}

/** What the audit log names of a definition: its settings, hashed like every audited value. */
function audited(definition: FieldDefinition): Record<string, unknown> {
  const { labels, help, required, sensitive, position, removedAt, kind, key, type, vocabulary, multiple } = definition;
  return { kind, key, type, vocabulary, multiple, labels, help, required, sensitive, position, removedAt };
}

async function audit(tx: Queryable, actor: string, action: string, before: FieldDefinition | undefined, after: FieldDefinition): Promise<void> {
  const changes = diffFields(before && audited(before), audited(after));
  if (changes.length > 0) await appendAudit(tx, { actor, action, recordKind: 'field_definition', recordId: after.id, changes });
}

export async function createFieldDefinition(db: Database, actor: string, input: NewFieldDefinition & { help: LanguageLabels; vocabulary: string | null; required: boolean; sensitive: boolean; multiple: boolean }): Promise<FieldDefinition> {
  return db.transaction(async (tx) => {
    if (input.vocabulary !== null) {
      const vocabulary = await tx.get<{ key: string }>(sql`SELECT key FROM vocabularies WHERE key = ${input.vocabulary}`);
      if (!vocabulary) throw new AppError('VALIDATION_FAILED', 'No such vocabulary.', { fields: [{ path: 'vocabulary', message: 'Unknown vocabulary.' }] });
    }
    // A removed field keeps its key: its values are still in the records under its id.
    const taken = await tx.get<{ id: string }>(sql`SELECT id FROM field_definitions WHERE kind = ${input.kind} AND key = ${input.key}`);
    if (taken) throw new AppError('CONFLICT', 'This record kind already has a field with that key (perhaps a removed one: restore it instead).');
    const last = await tx.get<{ p: number | null }>(sql`SELECT max(position) AS p FROM field_definitions WHERE kind = ${input.kind}`);
    const id = uuidv7();
    const now = new Date().toISOString();
    await tx.run(sql`
      INSERT INTO field_definitions (id, kind, key, type, labels, help, required, sensitive, vocabulary, multiple, position, created_at, updated_at)
      VALUES (${id}, ${input.kind}, ${input.key}, ${input.type}, ${JSON.stringify(input.labels)}, ${JSON.stringify(input.help)}, ${input.required ? 1 : 0},
              ${input.sensitive ? 1 : 0}, ${input.vocabulary}, ${input.multiple ? 1 : 0}, ${(last?.p ?? -1) + 1}, ${now}, ${now})`);
    const created = await definitionById(tx, id);
    await audit(tx, actor, 'create_field', undefined, created);
    return created;
  });
}

export async function updateFieldDefinition(
  db: Database,
  actor: string,
  input: { id: string; labels: LanguageLabels; help: LanguageLabels; required: boolean; sensitive: boolean },
): Promise<FieldDefinition> {
  return db.transaction(async (tx) => {
    const before = await definitionById(tx, input.id);
    await tx.run(sql`
      UPDATE field_definitions SET labels = ${JSON.stringify(input.labels)}, help = ${JSON.stringify(input.help)}, required = ${input.required ? 1 : 0},
        sensitive = ${input.sensitive ? 1 : 0}, updated_at = ${new Date().toISOString()} WHERE id = ${input.id}`);
    const after = await definitionById(tx, input.id);
    await audit(tx, actor, 'update_field', before, after);
    return after;
  });
}

/** Hides a field or shows it again; the records' values are not touched either way. */
export async function setFieldRemoved(db: Database, actor: string, id: string, removed: boolean): Promise<FieldDefinition> {
  return db.transaction(async (tx) => {
    const before = await definitionById(tx, id);
    if ((before.removedAt !== null) === removed) return before;
    const now = new Date().toISOString();
    await tx.run(sql`UPDATE field_definitions SET removed_at = ${removed ? now : null}, updated_at = ${now} WHERE id = ${id}`);
    const after = await definitionById(tx, id);
    await audit(tx, actor, removed ? 'remove_field' : 'restore_field', before, after);
    return after;
  });
}

/** Puts a kind's live fields in the given order; removed ones follow in theirs. */
export async function reorderFieldDefinitions(db: Database, actor: string, kind: RecordKind, ids: readonly string[]): Promise<FieldDefinition[]> {
  return db.transaction(async (tx) => {
    const all = (await listFieldDefinitions(tx)).filter((d) => d.kind === kind);
    const live = all.filter((d) => d.removedAt === null);
    const sameSet = ids.length === live.length && new Set(ids).size === ids.length && live.every((d) => ids.includes(d.id));
    if (!sameSet) throw new AppError('CONFLICT', 'The fields changed since the list was shown. Reload it and try again.');
    const order = [...ids, ...all.filter((d) => d.removedAt !== null).map((d) => d.id)];
    for (const [position, id] of order.entries()) {
      const before = all.find((d) => d.id === id) as FieldDefinition;
      if (before.position === position) continue;
      await tx.run(sql`UPDATE field_definitions SET position = ${position} WHERE id = ${id}`);
      await audit(tx, actor, 'reorder_field', before, { ...before, position });
    }
    return (await listFieldDefinitions(tx)).filter((d) => d.kind === kind);
  });
}
