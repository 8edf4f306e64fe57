import { describe, expect, it } from 'vitest';
import { addedName, emptyName, emptyPerson, guessNameLanguage, nextNameKind, typedName } from '../../src/renderer/src/features/people/person-form';

describe('the language of a name, from its letters', () => {
  it.each([
    ['ئابدۇرېھىم ئابلىز', 'ug'],
    ['Айгүл Сейітова', 'kk'],
    ['Қайрат', 'kk'],
    ['Ерлан Нұрланұлы', 'kk'],
    ['Іскендір', 'kk'],
    ['Алексей Иванов', 'ru'],
    ['Ерлан', 'ru'],
    ['阿不都热依木', 'zh'],
    ['Erlan Tursun', 'en'],
  ])('%s is %s', (value, language) => {
    expect(guessNameLanguage(value)).toBe(language);
  });

  it('tells nothing from digits, spaces or nothing', () => {
    expect(guessNameLanguage('')).toBeUndefined();
    expect(guessNameLanguage(' 12 ')).toBeUndefined();
  });
});

describe('typing a name', () => {
  it('sets the language from the letters until one is picked by hand', () => {
    const row = emptyName('name', 'ru');
    expect(typedName(row, 'ئايگۈل', 0, 'ru')).toMatchObject({ value: 'ئايگۈل', script: 'Arab', language: 'ug' });
    const picked = { ...row, language: 'uz', languageChosen: true };
    expect(typedName(picked, 'ئايگۈل', 0, 'ru')).toMatchObject({ script: 'Arab', language: 'uz' });
  });

  it('falls back to the interface language for the first name and to none for the others', () => {
    expect(typedName(emptyName('name', 'kk'), '', 0, 'kk').language).toBe('kk');
    expect(typedName({ ...emptyName('name', 'kk'), language: 'ug' }, '', 0, 'kk').language).toBe('kk');
    expect(typedName(emptyName('transliteration'), '12', 1, 'kk').language).toBe('');
  });
});

describe('a new person’s names', () => {
  it('start with the name itself in the interface language', () => {
    expect(emptyPerson(undefined, 'ug').names).toEqual([expect.objectContaining({ kind: 'name', language: 'ug', languageChosen: false })]);
  });

  it('offer the form not yet given: the name, then its transliteration, then an alias', () => {
    expect(nextNameKind([])).toBe('name');
    expect(nextNameKind([{ kind: 'name' }])).toBe('transliteration');
    expect(nextNameKind([{ kind: 'name' }, { kind: 'transliteration' }])).toBe('alias');
    expect(nextNameKind([{ kind: 'transliteration' }])).toBe('name');
    expect(nextNameKind([{ kind: 'name' }, { kind: 'transliteration' }, { kind: 'alias' }])).toBe('alias');
  });

  it('give an added row the interface language only when it is the first', () => {
    expect(addedName([], 'ru')).toMatchObject({ kind: 'name', language: 'ru' });
    expect(addedName([{ kind: 'name' }], 'ru')).toMatchObject({ kind: 'transliteration', language: '' });
  });
});
