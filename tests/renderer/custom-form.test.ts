import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../src/shared/api/fields';
import { checkCustom, customFromData, customToData, EMPTY_CUSTOM, withValue } from '../../src/renderer/src/components/custom-fields/custom-form';
import { readNumber } from '../../src/renderer/src/components/custom-fields/read-number';
import { checkDraft, emptyDraft, suggestKey } from '../../src/renderer/src/features/fields/field-form-state';

const labels = { en: 'Children', ru: 'Дети', kk: 'Балалар', ug: 'بالىلار' };
function definition(over: Partial<FieldDefinition>): FieldDefinition {
  return {
    id: '01a24c85-0000-7000-8000-000000000001',
    kind: 'person',
    key: 'children',
    type: 'number',
    labels,
    help: { en: '', ru: '', kk: '', ug: '' },
    required: false,
    sensitive: false,
    vocabulary: null,
    multiple: false,
    position: 0,
    removedAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

describe('numbers as typed', () => {
  it('reads a decimal point or comma, signs and spaces', () => {
    expect(readNumber('2')).toBe(2);
    expect(readNumber(' 2,5 ')).toBe(2.5);
    expect(readNumber('-3.25')).toBe(-3.25);
    expect(readNumber('1 000')).toBe(1000);
  });
  it('refuses words, half numbers and what is not finite', () => {
    for (const text of ['два', '2a', '', '.', '1e999', '1,2,3', 'Infinity', '0x10']) expect(readNumber(text), text).toBeUndefined();
  });
});

describe('custom values in a form', () => {
  const id = '01a24c85-0000-7000-8000-000000000001';
  it('sends no blank values, and nothing when all are blank', () => {
    expect(customToData(EMPTY_CUSTOM)).toBeUndefined();
    expect(customToData({ values: { [id]: '  ', b: [] as string[] }, unreadable: [] })).toBeUndefined();
    expect(customToData({ values: { [id]: 0, b: false }, unreadable: [] })).toEqual({ [id]: 0, b: false });
  });
  it('keeps the values of fields it does not show, so they go back unchanged', () => {
    const form = customFromData({ [id]: 2, removed: ['prison'] });
    expect(customToData(withValue(form, id, 3))).toEqual({ [id]: 3, removed: ['prison'] });
  });
  it('marks unreadable text until a value comes, and clears a blank one', () => {
    const typed = withValue(EMPTY_CUSTOM, id, undefined, false);
    expect(checkCustom(typed, [definition({})])).toEqual({ [`custom.${id}`]: expect.objectContaining({ code: 'notNumber' }) });
    expect(checkCustom(withValue(typed, id, 4), [definition({})])).toEqual({});
    expect(withValue(withValue(typed, id, 4), id, '').values).toEqual({});
  });
  it('asks for a required field, and an unreadable date as a date', () => {
    expect(checkCustom(EMPTY_CUSTOM, [definition({ required: true })])[`custom.${id}`]?.code).toBe('required');
    const date = withValue(EMPTY_CUSTOM, id, undefined, false);
    expect(checkCustom(date, [definition({ type: 'date' })])[`custom.${id}`]?.code).toBe('unreadableDate');
    // A field that is not live is not the page's to check.
    expect(checkCustom(date, [])).toEqual({});
  });
});

describe('the field form', () => {
  it('suggests a key from the English label, unique within the kind', () => {
    expect(suggestKey('Facilities held in', new Set())).toBe('facilities_held_in');
    expect(suggestKey('Facilities held in', new Set(['facilities_held_in']))).toBe('facilities_held_in_2');
    expect(suggestKey('2nd arrest', new Set())).toBe('field_2nd_arrest');
    expect(suggestKey('Қамау', new Set())).toBe('');
  });
  it('asks for every label, a key and a vocabulary for a choice', () => {
    const issues = checkDraft({ ...emptyDraft(), type: 'choice', labels: { ...labels, ug: ' ' } }, new Set(), true);
    expect(issues).toEqual({ 'labels.ug': 'labelRequired', key: 'keyRequired', vocabulary: 'vocabularyRequired' });
    expect(checkDraft({ ...emptyDraft(), labels, key: 'Bad key' }, new Set(), true).key).toBe('keyInvalid');
    expect(checkDraft({ ...emptyDraft(), labels, key: 'children' }, new Set(['children']), true).key).toBe('keyTaken');
    // Editing: the key and vocabulary are fixed, so only the labels are checked.
    expect(checkDraft({ ...emptyDraft(), type: 'choice', labels }, new Set(), false)).toEqual({});
  });
});
