import type { FieldDefinition } from '../../../../shared/api/fields';
import { isBlankValue, type CustomValue, type CustomValues } from '../../../../shared/domain/custom-fields';
import { FIELD_MESSAGES } from '../../../../shared/field-issues';
import { REQUIRED, UNREADABLE_DATE, type FieldErrors, type FieldProblem } from '../forms/form-errors';

/**
 * A record's custom fields as the form holds them: the values in the shape they are stored in,
 * and the fields whose typed text is not yet a value (a number or a date that cannot be read),
 * which must block the save rather than be saved as empty.
 */
export interface CustomForm {
  values: Readonly<Record<string, CustomValue>>;
  unreadable: readonly string[];
}

export const EMPTY_CUSTOM: CustomForm = { values: {}, unreadable: [] };

/** Every value the record holds, those of removed fields too: sent back unchanged, they are kept. */
export function customFromData(custom: CustomValues | undefined): CustomForm {
  return { values: { ...(custom ?? {}) }, unreadable: [] };
}

/** The values to send; blank ones are left out, which clears them. */
export function customToData(form: CustomForm | undefined): CustomValues | undefined {
  const entries = Object.entries(form?.values ?? {}).filter(([, value]) => !isBlankValue(value));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** A field's new value: a blank one is dropped, so the form stays equal to an untouched one. */
export function withValue(form: CustomForm, id: string, value: CustomValue | undefined, readable = true): CustomForm {
  const values = { ...form.values };
  if (value === undefined || isBlankValue(value)) delete values[id];
  else values[id] = value;
  const unreadable = form.unreadable.filter((other) => other !== id);
  return { values, unreadable: readable ? unreadable : [...unreadable, id] };
}

export const UNREADABLE_NUMBER: FieldProblem = { code: 'notNumber', message: FIELD_MESSAGES.notNumber };

/**
 * What the schema in the page cannot see: a text that is not yet a number or a date, a required
 * field left empty. Main checks the values against the definitions again, strictly.
 */
export function checkCustom(form: CustomForm | undefined, live: readonly FieldDefinition[]): FieldErrors {
  const errors: Record<string, FieldProblem> = {};
  for (const definition of live) {
    const path = `custom.${definition.id}`;
    if (form?.unreadable.includes(definition.id)) errors[path] = definition.type === 'date' ? UNREADABLE_DATE : UNREADABLE_NUMBER;
    else if (definition.required && isBlankValue(form?.values[definition.id])) errors[path] = REQUIRED;
  }
  return errors;
}
