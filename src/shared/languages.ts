/**
 * The interface languages, the one list: the UI is translated into each, every vocabulary term
 * is labelled in each, and uncertain dates are read and written in each. Adding one here makes
 * the compiler name every place that still lacks it.
 */
export const LANGUAGES = ['en', 'ru', 'kk'] as const;

export type Language = (typeof LANGUAGES)[number];

/** One text in every interface language. */
export type LanguageLabels = Record<Language, string>;

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
