import { z } from 'zod';
import { FIELD_MESSAGES } from '../field-issues';
import { fuzzyDate, LONG_TEXT_MAX, longText, requiredText, termCode, uuid } from './common';

/** The kinds of field an organisation may add to a record kind. */
export const FIELD_TYPES = ['text', 'longText', 'number', 'boolean', 'date', 'choice'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** A short text field holds at most this much; a long one as much as a transcript. */
export const CUSTOM_TEXT_MAX = 2_000;
/** Terms one multiple-choice field may hold. */
export const CUSTOM_CHOICES_MAX = 100;

/**
 * A custom value as stored, checked by shape only: whatever any definition ever allowed fits, so
 * that values of removed definitions and of a partner's definitions survive every save. Main
 * checks the values of the live definitions strictly (store/custom-values.ts).
 */
export const customValue = z.union([
  z.string().max(LONG_TEXT_MAX),
  z.number().finite(),
  z.boolean(),
  fuzzyDate,
  z.array(termCode).max(CUSTOM_CHOICES_MAX),
]);
export type CustomValue = z.infer<typeof customValue>;

/** A record's custom values, keyed by the id of their definition. */
export const customValues = z.record(uuid, customValue);
export type CustomValues = z.infer<typeof customValues>;

/** What a value of each type must be; blank values are dropped before this is asked. */
export function strictValueSchema(type: FieldType, multiple: boolean): z.ZodType {
  switch (type) {
    case 'text':
      return requiredText(CUSTOM_TEXT_MAX);
    case 'longText':
      return longText.refine((text) => text.trim().length > 0, FIELD_MESSAGES.required);
    case 'number':
      return z.number({ error: FIELD_MESSAGES.notNumber }).finite({ error: FIELD_MESSAGES.notNumber });
    case 'boolean':
      return z.boolean();
    case 'date':
      return fuzzyDate;
    case 'choice':
      return multiple ? z.array(termCode).min(1, FIELD_MESSAGES.required).max(CUSTOM_CHOICES_MAX) : termCode;
  }
}

/** A value that counts as not filled in: the forms send these for a cleared field. */
export function isBlankValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}
