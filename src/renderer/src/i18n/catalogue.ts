/**
 * What a language must hold for a catalogue written in English: the same keys, with strings of
 * its own. It lives apart from `en.ts` so that the feature catalogues, which `en.ts` gathers, can
 * use it without importing `en.ts` back.
 */
export type Catalogue<T> = {
  [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]>;
} & {
  // Languages with more plural forms than English (Russian: one, few, many, other) add them.
  [key: `${string}_${'zero' | 'two' | 'few' | 'many'}`]: string;
  // Languages whose words agree with a person's sex (Russian: "Задержан", "Задержана") add the
  // forms as i18next contexts; the plain key stays the form for a person whose sex is unknown.
  [key: `${string}_${'male' | 'female'}`]: string;
};
