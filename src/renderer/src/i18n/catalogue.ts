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
};
