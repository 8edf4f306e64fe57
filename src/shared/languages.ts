/**
 * The interface languages, the one list: the UI is translated into each, every vocabulary term
 * is labelled in each, and uncertain dates are read and written in each. Adding one here makes
 * the compiler name every place that still lacks it.
 */
export const LANGUAGES = ['en', 'ru', 'kk', 'ug'] as const;

export type Language = (typeof LANGUAGES)[number];

/** One text in every interface language. */
export type LanguageLabels = Record<Language, string>;

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** Languages written right to left; the UI mirrors its layout for them. */
const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set<Language>(['ug']);

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/**
 * Labels as a vault stores them, with every interface language filled: a language added after a
 * label was written (a user's own vocabulary term has no Uyghur label) reads in English.
 */
export function labelsOrEnglish(stored: Partial<Record<Language, unknown>>): LanguageLabels {
  const english = typeof stored.en === 'string' ? stored.en : '';
  return Object.fromEntries(
    LANGUAGES.map((language) => {
      const label = stored[language];
      return [language, typeof label === 'string' && label.trim() !== '' ? label : english];
    }),
  ) as LanguageLabels;
}
