import { describe, expect, it } from 'vitest';
import { languageOptions } from '../../../src/renderer/src/components/forms/language-options';
import { TESTIMONY_LANGUAGES } from '../../../src/renderer/src/features/testimonies/testimony-form';
import { isNamedLanguage } from '../../../src/shared/language-names';

describe('a language picker’s choices', () => {
  it('has a name for every language a testimony may be in', () => {
    for (const tag of TESTIMONY_LANGUAGES) expect(isNamedLanguage(tag), tag).toBe(true);
  });

  it('names the offered languages in the interface language, in the order offered', () => {
    expect(languageOptions(['ug', 'kk', 'ru'], '', 'ru')).toEqual([
      { value: 'ug', label: 'Уйгурский' },
      { value: 'kk', label: 'Казахский' },
      { value: 'ru', label: 'Русский' },
    ]);
  });

  it('keeps a stored language outside the list: named when known, else as its code', () => {
    expect(languageOptions(['ug'], 'tt', 'en').at(-1)).toEqual({ value: 'tt', label: 'tt' });
    expect(languageOptions(['ug'], 'zh-Hans', 'en').at(-1)).toEqual({ value: 'zh-Hans', label: 'Chinese (simplified)' });
    expect(languageOptions(['ug'], 'ug', 'en')).toHaveLength(1);
  });
});
