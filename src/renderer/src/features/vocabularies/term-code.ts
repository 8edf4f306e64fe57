/**
 * Term codes: what records store instead of labels, so labels can be reworded and translated.
 * The same rule as the contract's `termCode`, restated for the page.
 */
export const TERM_CODE_PATTERN = /^[a-z][a-z0-9_]*$/;
export const TERM_CODE_MAX = 80;
export const TERM_LABEL_MAX = 300;

/** "Re-education camp (closed)" → "re_education_camp_closed"; empty when nothing Latin is left. */
export function suggestCode(english: string): string {
  const ascii = english
    .normalize('NFKD')
    .replace(/\p{Mark}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const code = ascii !== '' && !/^[a-z]/.test(ascii) ? `term_${ascii}` : ascii;
  return code.slice(0, TERM_CODE_MAX).replace(/_+$/, '');
}

/** The suggestion, with `_2`, `_3`… when a term of the vocabulary already has it. */
export function uniqueCode(base: string, taken: ReadonlySet<string>): string {
  if (base === '' || !taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, TERM_CODE_MAX - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function isTermCode(code: string): boolean {
  return code.length <= TERM_CODE_MAX && TERM_CODE_PATTERN.test(code);
}
