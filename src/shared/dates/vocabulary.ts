// Tokens and word folding, shared by the lexicons and the tokenizer so neither imports the other.

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type Part = 'early' | 'mid' | 'late';

export type Token =
  | { k: 'num'; value: number; digits: number; decade: boolean }
  | { k: 'lit'; y: number; m: number; d?: number }
  | { k: 'month'; m: number }
  | { k: 'season'; s: Season }
  | { k: 'part'; p: Part }
  | { k: 'yw'; plural: boolean }
  | { k: 'rel'; offset: number }
  | { k: 'relyear'; offset: number }
  | { k: 'about' }
  | { k: 'start' }
  | { k: 'sep'; until?: true }
  | { k: 'end'; until?: true }
  | { k: 'after' }
  | { k: 'before' }
  | { k: 'night' }
  | { k: 'onto' }
  | { k: 'filler' };

export const SEP: Token = { k: 'sep' };
export const ABOUT: Token = { k: 'about' };
export const START: Token = { k: 'start' };
export const END: Token = { k: 'end' };
export const FILLER: Token = { k: 'filler' };
/**
 * "Until": a separator or an end of range like any other ("с марта до июня", "2017 жылдан 2019
 * жылға дейін"), but with nothing on its other side it bounds the date from above ("до 2019").
 */
export const SEP_UNTIL: Token = { k: 'sep', until: true };
export const END_UNTIL: Token = { k: 'end', until: true };
export const AFTER: Token = { k: 'after' };
export const BEFORE: Token = { k: 'before' };
/** Any word of "the night of … to …", "қараған түні", "ئۆتەر كېچىسى". */
export const NIGHT: Token = { k: 'night' };
/** Russian "на": the second day of "в ночь с 9 на 10 марта", and a filler anywhere else. */
export const ONTO: Token = { k: 'onto' };
export const YEAR_WORD: Token = { k: 'yw', plural: false };

/**
 * Kazakh letters folded to the Russian letters people type them as on a Russian keyboard
 * ("кантар", "сауир", "жылгы"), so both spellings parse. No Russian word of the vocabulary changes.
 */
const KAZAKH_FOLD: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };
/** Latin letters that look Cyrillic, for words typed with a switched keyboard mid-word ("сәуiр"). */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'и', k: 'к', m: 'м', h: 'н', t: 'т', b: 'в',
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

export function fold(word: string): string {
  const chars = [...word.normalize('NFC').toLowerCase().replace(/ё/g, 'е')];
  const cyrillic = chars.filter((c) => CYRILLIC.test(c)).length;
  const latin = chars.filter((c) => LATIN.test(c)).length;
  let mapped = chars;
  if (cyrillic > 0 && latin > 0) {
    const map = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
    mapped = chars.map((c) => map[c] ?? c);
  }
  return mapped.map((c) => KAZAKH_FOLD[c] ?? c).join('');
}

export function withEndings(stem: string, endings: readonly string[]): string[] {
  return endings.map((ending) => stem + ending);
}

export type LexiconEntry = readonly [words: readonly string[], token: Token];
