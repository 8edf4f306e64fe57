import type { FieldDefinition } from '../../../shared/api/fields';
import { isBlankValue, strictValueSchema, type CustomValues } from '../../../shared/domain/custom-fields';
import type { RecordKind } from '../../../shared/domain/records';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { fieldIssue, FIELD_MESSAGES } from '../../../shared/field-issues';
import type { LanguageLabels } from '../../../shared/languages';
import type { Queryable } from '../db/database';
import { sql } from '../db/sql';
import { canonicalJson } from './canonical-json';
import { listFieldDefinitions } from './field-definitions';

/**
 * A record's custom values checked against the live definitions of its kind, the strict half of
 * the check (records.ts in src/shared checks only the shape). Values of live fields must be what
 * their definition allows, and a required one must be there; a blank value is dropped. Every
 * other key (a removed field, a partner's field, a field of another kind) keeps the value it had:
 * left out, it is carried over; changed, the save is refused. So a form that shows only the live
 * fields never loses a hidden one. Returns the values to store, or undefined when there are none.
 */
export async function checkCustomValues(
  tx: Queryable,
  kind: RecordKind,
  next: CustomValues | undefined,
  previous: CustomValues | undefined,
): Promise<CustomValues | undefined> {
  const definitions = await listFieldDefinitions(tx);
  const live = new Map(definitions.filter((d) => d.kind === kind && d.removedAt === null).map((d) => [d.id, d]));
  const issues: FieldIssue[] = [];
  const kept: CustomValues = {};
  const terms = await termsOf(tx, [...live.values()]);
  for (const definition of live.values()) {
    const value = next?.[definition.id];
    const path = `custom.${definition.id}`;
    if (isBlankValue(value)) {
      if (definition.required) issues.push({ path, message: FIELD_MESSAGES.required, code: 'required' });
      continue;
    }
    const parsed = strictValueSchema(definition.type, definition.multiple).safeParse(value);
    if (!parsed.success) {
      issues.push(...parsed.error.issues.map((issue) => fieldIssue({ ...issue, path: ['custom', definition.id, ...issue.path] })));
      continue;
    }
    const codes = definition.type === 'choice' ? ([] as string[]).concat(parsed.data as string | string[]) : [];
    const known = terms.get(definition.vocabulary ?? '');
    const unknown = codes.find((code) => !known?.has(code));
    if (unknown !== undefined) {
      issues.push({ path, message: `Not a term of ${definition.vocabulary}.`, code: 'notTermOf' });
      continue;
    }
    kept[definition.id] = parsed.data as CustomValues[string];
  }
  for (const [id, value] of Object.entries(previous ?? {})) {
    if (live.has(id)) continue;
    const sent = next?.[id];
    if (sent !== undefined && canonicalJson(sent) !== canonicalJson(value)) {
      issues.push({ path: `custom.${id}`, message: 'This field was removed: its value is kept as it was and cannot be changed.' });
      continue;
    }
    kept[id] = value;
  }
  for (const id of Object.keys(next ?? {})) {
    if (!live.has(id) && !(id in (previous ?? {}))) issues.push({ path: `custom.${id}`, message: 'No such field for this kind of record.' });
  }
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'Some fields are not valid.', { fields: issues });
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** The codes of each vocabulary the choices use. */
async function termsOf(tx: Queryable, definitions: readonly FieldDefinition[]): Promise<Map<string, Set<string>>> {
  const vocabularies = [...new Set(definitions.flatMap((d) => (d.vocabulary ? [d.vocabulary] : [])))];
  const terms = new Map<string, Set<string>>(vocabularies.map((v) => [v, new Set()]));
  if (vocabularies.length === 0) return terms;
  const rows = await tx.all<{ vocabulary: string; code: string }>(
    sql`SELECT vocabulary, code FROM vocabulary_terms WHERE vocabulary IN (SELECT value FROM json_each(${JSON.stringify(vocabularies)}))`,
  );
  for (const row of rows) terms.get(row.vocabulary)?.add(row.code);
  return terms;
}

/** Turns custom values into their search text: terms by their labels in every language. */
export type CustomTexter = (custom: CustomValues | undefined) => string[];

/**
 * Reads the definitions and the labels of their terms once, for any number of records. Values of
 * removed fields are found too: they are still in the record, shown read-only in its view.
 */
export async function customTexter(tx: Queryable): Promise<CustomTexter> {
  const definitions = new Map((await listFieldDefinitions(tx)).map((d) => [d.id, d]));
  const labels = new Map<string, LanguageLabels>();
  const vocabularies = [...new Set([...definitions.values()].flatMap((d) => (d.vocabulary ? [d.vocabulary] : [])))];
  if (vocabularies.length > 0) {
    const rows = await tx.all<{ vocabulary: string; code: string; labels: string }>(
      sql`SELECT vocabulary, code, labels FROM vocabulary_terms WHERE vocabulary IN (SELECT value FROM json_each(${JSON.stringify(vocabularies)}))`,
    );
    for (const row of rows) labels.set(`${row.vocabulary}\u0000${row.code}`, JSON.parse(row.labels) as LanguageLabels);
  }
  return (custom) => {
    const parts: string[] = [];
    for (const [id, value] of Object.entries(custom ?? {})) {
      if (typeof value === 'string') parts.push(value);
      else if (typeof value === 'number') parts.push(String(value));
      else if (Array.isArray(value)) {
        const vocabulary = definitions.get(id)?.vocabulary;
        for (const code of value) parts.push(...Object.values(labels.get(`${vocabulary}\u0000${code}`) ?? { code }));
      } else if (value && typeof value === 'object' && value.text) parts.push(value.text);
      // A single choice is a code string: give its labels as well as the code.
      if (typeof value === 'string') {
        const vocabulary = definitions.get(id)?.vocabulary;
        const term = vocabulary ? labels.get(`${vocabulary}\u0000${value}`) : undefined;
        if (term) parts.push(...Object.values(term));
      }
    }
    return parts;
  };
}

/** The texter to use for some records: reads nothing when none of them holds custom values. */
export async function customTexterFor(tx: Queryable, data: ReadonlyArray<{ custom?: CustomValues | undefined }>): Promise<CustomTexter> {
  return data.some((d) => d.custom && Object.keys(d.custom).length > 0) ? customTexter(tx) : () => [];
}

/** A record's data with each custom value as a field of its own, so the audit log names each. */
export function auditedData(data: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!data || !data.custom || typeof data.custom !== 'object') return data;
  const { custom, ...rest } = data as { custom: Record<string, unknown> };
  return { ...rest, ...Object.fromEntries(Object.entries(custom).map(([id, value]) => [`custom.${id}`, value])) };
}
