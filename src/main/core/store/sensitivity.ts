import type { FieldDefinition } from '../../../shared/api/fields';
import type { RecordKind } from '../../../shared/domain/records';
import { NEVER, type FieldRule, type SensitiveClass } from './kinds/field-rules';
import { perKind } from './kinds';

export type { FieldGovernor, FieldRule, SensitiveClass } from './kinds/field-rules';

/**
 * Which fields of each record kind are sensitive, read off the kinds' modules into one table, so
 * that export redaction, search and reports read the same rules (docs/security.md S21,
 * docs/export-format.md "Redaction profiles").
 */
export const SENSITIVE_FIELDS: { readonly [K in RecordKind]: readonly FieldRule[] } = perKind((module) => module.sensitive);

/**
 * The rule for files attached to a record of each kind. A testimony's files are what the source
 * said; attachments of cases and incidents are the organisation's documents and carry no rule.
 */
export const ATTACHMENT_RULES: { readonly [K in RecordKind]?: FieldRule } = perKind((module) => module.attachments);

/** The record kinds whose fields are governed by the consent of a source, and where its id is. */
export const SOURCE_REFERENCE: { readonly [K in RecordKind]?: string } = perKind((module) => module.sourceReference);

/** The rules of one kind whose class is among `classes` (search and reports pick by class). */
export function sensitiveFields(kind: RecordKind, classes?: readonly SensitiveClass[]): FieldRule[] {
  return SENSITIVE_FIELDS[kind].filter((rule) => !classes || classes.includes(rule.class));
}

/**
 * The rules for a record's custom values, read off their definitions' `sensitive` flag, removed
 * definitions included (their values are still in the record). A value whose definition this
 * vault does not hold, or holds for another kind, cannot say what it is and counts as sensitive.
 */
export function customFieldRules(kind: RecordKind, custom: unknown, definitions: readonly FieldDefinition[]): FieldRule[] {
  if (!custom || typeof custom !== 'object') return [];
  const open = new Set(definitions.filter((d) => d.kind === kind && !d.sensitive).map((d) => d.id));
  return Object.keys(custom)
    .filter((id) => !open.has(id))
    .map((id) => ({ path: `custom.${id}`, class: 'custom' as const, governedBy: NEVER }));
}
