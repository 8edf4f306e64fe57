import { describe, expect, it } from 'vitest';
import { isNamedLanguage, languageName, NAME_LANGUAGES } from '../../src/shared/language-names';
import { LANGUAGES } from '../../src/shared/languages';

describe('language names', () => {
  it('names every language a name may be in, in every interface language', () => {
    for (const tag of NAME_LANGUAGES) {
      expect(isNamedLanguage(tag), tag).toBe(true);
      for (const language of LANGUAGES) {
        const name = languageName(tag, language);
        expect(name.trim(), `${tag} in ${language}`).not.toBe('');
        expect(name, `${tag} in ${language}`).not.toBe(tag);
      }
    }
  });

  it.each([
    ['en', 'Uyghur'],
    ['ru', 'Уйгурский'],
    ['kk', 'Ұйғыр тілі'],
    ['ug', 'ئۇيغۇرچە'],
  ] as const)('ug in %s is %s', (language, name) => {
    expect(languageName('ug', language)).toBe(name);
  });

  it('writes the Kazakh and Russian names in Cyrillic and the Uyghur ones in Arabic script', () => {
    for (const tag of NAME_LANGUAGES) {
      expect(languageName(tag, 'kk')).toMatch(/^[\p{Script=Cyrillic} ]+$/u);
      expect(languageName(tag, 'ru')).toMatch(/^\p{Script=Cyrillic}+$/u);
      expect(languageName(tag, 'ug')).toMatch(/^[\u0600-\u06ff]+$/u);
    }
  });

  it('shows a tag it does not know as the tag, and knows nothing of an object’s own keys', () => {
    expect(languageName('tt', 'ru')).toBe('tt');
    expect(languageName('constructor', 'en')).toBe('constructor');
    expect(isNamedLanguage('toString')).toBe(false);
  });
});
