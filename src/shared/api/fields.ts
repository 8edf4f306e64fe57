import { z } from 'zod';
import { FIELD_TYPES, type FieldType } from '../domain/custom-fields';
import { requiredText, shortText, termCode, uuid } from '../domain/common';
import { RECORD_KINDS, type RecordKind } from '../domain/records';
import { LANGUAGES, type Language, type LanguageLabels } from '../languages';
import { method } from './define';

/** A field the organisation added to a record kind (store/field-definitions.ts). */
export interface FieldDefinition {
  id: string;
  kind: RecordKind;
  /** A stable slug, unique within its kind: what the CLI and reports name it by. */
  key: string;
  type: FieldType;
  labels: LanguageLabels;
  /** Help shown under the field; an empty text shows none. */
  help: LanguageLabels;
  required: boolean;
  /** Left out of exports and reports like the built-in sensitive fields (docs/security.md S21). */
  sensitive: boolean;
  /** For a choice: the vocabulary its terms come from. */
  vocabulary: string | null;
  /** For a choice: whether several terms may be chosen. */
  multiple: boolean;
  position: number;
  /** Set when removed: the field is hidden, its values stay in the records. */
  removedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const perLanguage = <T extends z.ZodType>(text: T) => z.object(Object.fromEntries(LANGUAGES.map((language) => [language, text])) as Record<Language, T>).strict();
/** A label in every interface language, none left out. */
const labels = perLanguage(requiredText(300));
/** Help in every interface language; blank where there is none. */
const help = perLanguage(shortText(1000).default(''));
const emptyHelp = Object.fromEntries(LANGUAGES.map((language) => [language, ''])) as LanguageLabels;

export const fieldKey = z.string().regex(/^[a-z][a-z0-9_]*$/, 'Use lower-case letters, digits and _.').max(60);

export const newFieldDefinition = z
  .object({
    kind: z.enum(RECORD_KINDS),
    key: fieldKey,
    type: z.enum(FIELD_TYPES),
    labels,
    help: help.default(emptyHelp),
    required: z.boolean().default(false),
    sensitive: z.boolean().default(false),
    vocabulary: termCode.nullable().default(null),
    multiple: z.boolean().default(false),
  })
  .strict()
  .superRefine((field, ctx) => {
    if (field.type === 'choice' && field.vocabulary === null) ctx.addIssue({ code: 'custom', path: ['vocabulary'], message: 'Required.' });
    if (field.type !== 'choice' && field.vocabulary !== null) ctx.addIssue({ code: 'custom', path: ['vocabulary'], message: 'Only a choice has a vocabulary.' });
    if (field.type !== 'choice' && field.multiple) ctx.addIssue({ code: 'custom', path: ['multiple'], message: 'Only a choice can hold several terms.' });
  });
export type NewFieldDefinition = z.input<typeof newFieldDefinition>;

/*
 * What a definition's kind, key, type, vocabulary and multiplicity were is fixed once made: a
 * change would leave the values already typed under it invalid. Labels, help, required and
 * sensitive change freely.
 */
export const fieldDefinitionChange = z
  .object({ id: uuid, labels, help: help.default(emptyHelp), required: z.boolean(), sensitive: z.boolean() })
  .strict();

export const fieldMethods = {
  'fields.list': method<FieldDefinition[]>()(z.object({}).strict(), { needsUnlock: true }),
  'fields.create': method<FieldDefinition>()(newFieldDefinition, { needsUnlock: true }),
  'fields.update': method<FieldDefinition>()(fieldDefinitionChange, { needsUnlock: true }),
  /** The kind's live fields in their new order; every one of them, once. */
  'fields.reorder': method<FieldDefinition[]>()(z.object({ kind: z.enum(RECORD_KINDS), ids: z.array(uuid).max(500) }).strict(), { needsUnlock: true }),
  /** Hides the field; its values stay in every record. */
  'fields.remove': method<FieldDefinition>()(z.object({ id: uuid }).strict(), { needsUnlock: true }),
  /** Shows a removed field again, with the values it held. */
  'fields.restore': method<FieldDefinition>()(z.object({ id: uuid }).strict(), { needsUnlock: true }),
};
