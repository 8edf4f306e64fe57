import { ABOUT, AFTER, BEFORE, END, END_UNTIL, FILLER, NIGHT, SEP, YEAR_WORD, fold, type LexiconEntry, type Token } from './vocabulary';

/**
 * Uyghur in the Arabic script (UEY). The month names are the ones used in Xinjiang and by the
 * diaspora in Kazakhstan; people also count months ("3-ئاي", the third month), which the
 * tokenizer reads through `isUyghurMonthWord`. Awaits a native speaker's review.
 */
export const UG_MONTHS = ['يانۋار', 'فېۋرال', 'مارت', 'ئاپرېل', 'ماي', 'ئىيۇن', 'ئىيۇل', 'ئاۋغۇست', 'سېنتەبىر', 'ئۆكتەبىر', 'نويابىر', 'دېكابىر'] as const;

/** The ablative, which "كېيىن" and "بۇرۇن" govern: "مارتتىن كېيىن". Awaits review with the rest. */
export const UG_MONTHS_ABLATIVE = ['يانۋاردىن', 'فېۋرالدىن', 'مارتتىن', 'ئاپرېلدىن', 'مايدىن', 'ئىيۇندىن', 'ئىيۇلدىن', 'ئاۋغۇستتىن', 'سېنتەبىردىن', 'ئۆكتەبىردىن', 'نويابىردىن', 'دېكابىردىن'] as const;
/** The dative: the second day of a night, "10-مارتقا ئۆتەر كېچىسى". Awaits review with the rest. */
export const UG_MONTHS_DATIVE = ['يانۋارغا', 'فېۋرالغا', 'مارتقا', 'ئاپرېلغا', 'مايغا', 'ئىيۇنغا', 'ئىيۇلغا', 'ئاۋغۇستقا', 'سېنتەبىرگە', 'ئۆكتەبىرگە', 'نويابىرغا', 'دېكابىرغا'] as const;

export const UG_WORDS: readonly LexiconEntry[] = [
  // Words that take no suffix.
  [['تەخمىنەن', 'تەخمىنىي', 'تەخمىنى', 'تەخمىنەنلا'], ABOUT],
  [['ۋە', 'ياكى', 'بىلەن'], SEP],
  // Uyghur marks a range by case endings ("مارتتىن ... ئىيۇنغىچە"); these only confirm it.
  [['باشلاپ'], END],
  [['غىچە', 'قىچە', 'گىچە', 'كىچە', 'قەدەر'], END_UNTIL],
  // "مارتتىن كېيىن", "مارتتىن بۇرۇن": the ablative they govern is the date's own ending.
  [['كېيىن'], AFTER],
  [['بۇرۇن', 'ئىلگىرى'], BEFORE],
  // "9-مارتتىن 10-مارتقا ئۆتەر كېچىسى": the night passing from the 9th to the 10th. The phrase
  // awaits a native speaker's review, as do the after/before words above.
  [['ئۆتەر'], NIGHT],
  [['ئۆتكەن'], { k: 'rel', offset: -1 }],
  [['بۇ', 'مۇشۇ'], { k: 'rel', offset: 0 }],
];

/**
 * Stems, which take suffixes: plural, possessive, then case ("يىللىرىدا", "مارتتىن",
 * "ئىيۇنغىچە"). The ablative (-دىن/-تىن, "from") opens a range; the terminative (-غىچە…,
 * "until") closes one. Some stems change a vowel before a suffix ("باش" → "بېشى",
 * "ئوتتۇرا" → "ئوتتۇرىسى"), so both forms are listed.
 */
const UYGHUR_STEM_LIST: readonly { stem: string; token: Token }[] = [
  ...UG_MONTHS.map((name, i): { stem: string; token: Token } => ({ stem: name, token: { k: 'month', m: i + 1 } })),
  { stem: 'سېنتەبر', token: { k: 'month', m: 9 } },
  { stem: 'ئۆكتەبر', token: { k: 'month', m: 10 } },
  { stem: 'نويابر', token: { k: 'month', m: 11 } },
  { stem: 'دېكابر', token: { k: 'month', m: 12 } },
  { stem: 'باھار', token: { k: 'season', s: 'spring' } },
  { stem: 'ياز', token: { k: 'season', s: 'summer' } },
  { stem: 'كۈز', token: { k: 'season', s: 'autumn' } },
  { stem: 'قىش', token: { k: 'season', s: 'winter' } },
  { stem: 'باش', token: { k: 'part', p: 'early' } },
  { stem: 'بېش', token: { k: 'part', p: 'early' } },
  { stem: 'ئوتتۇرا', token: { k: 'part', p: 'mid' } },
  { stem: 'ئوتتۇرى', token: { k: 'part', p: 'mid' } },
  { stem: 'ئاخىر', token: { k: 'part', p: 'late' } },
  { stem: 'يىل', token: YEAR_WORD },
  { stem: 'ئەتراپ', token: ABOUT },
  { stem: 'بىلتۇر', token: { k: 'relyear', offset: -1 } },
  { stem: 'كېچە', token: NIGHT },
  { stem: 'كېچى', token: NIGHT },
  { stem: 'ئاي', token: FILLER },
  { stem: 'كۈن', token: FILLER },
  { stem: 'ئارىلىق', token: FILLER },
  { stem: 'ئارىلىغ', token: FILLER },
  { stem: 'ئارا', token: FILLER },
  { stem: 'ئارى', token: FILLER },
  { stem: 'مەزگىل', token: FILLER },
];
const UYGHUR_STEMS = UYGHUR_STEM_LIST.map((entry) => ({ stem: fold(entry.stem), token: entry.token }))
  .sort((a, b) => b.stem.length - a.stem.length);

const UG_PLURAL = ['لار', 'لەر', 'لىر'];
const UG_POSSESSIVE = ['ى', 'سى'];
const UG_ABLATIVE = ['دىن', 'تىن'];
const UG_TERMINATIVE = ['غىچە', 'قىچە', 'گىچە', 'كىچە'];
const UG_CASES = [
  ...['دا', 'دە', 'تا', 'تە', 'ندا', 'ندە'],
  ...UG_ABLATIVE,
  ...['ندىن'],
  ...UG_TERMINATIVE,
  ...['نىڭ', 'نى', 'غا', 'قا', 'گە', 'كە', 'نغا'],
  ...['دىكى', 'تىكى', 'ندىكى', 'كى'],
];

function alternation(items: readonly string[]): string {
  // Longest first so the regex engine prefers the full suffix over a prefix of it.
  return [...new Set(items.map(fold))].sort((a, b) => b.length - a.length).join('|');
}

const UG_WORD_SUFFIX = new RegExp(`^(${alternation(UG_PLURAL)})?(?:${alternation(UG_POSSESSIVE)})?(${alternation(UG_CASES)})?$`, 'u');
/** After a numeral Uyghur writes a hyphen and the suffix: "2017-دىن", "2019-غىچە". */
const UG_NUMBER_SUFFIX = new RegExp(`^(${alternation(UG_CASES)})$`, 'u');
const UG_ABLATIVE_FOLDED = new Set([...UG_ABLATIVE, 'ندىن'].map(fold));
const UG_TERMINATIVE_FOLDED = new Set(UG_TERMINATIVE.map(fold));

function caseTokens(ending: string | undefined): Token[] {
  if (ending === undefined) return [];
  if (UG_ABLATIVE_FOLDED.has(ending)) return [SEP];
  if (UG_TERMINATIVE_FOLDED.has(ending)) return [END_UNTIL];
  return [];
}

export function uyghurWord(folded: string): Token[] | null {
  for (const { stem, token } of UYGHUR_STEMS) {
    if (!folded.startsWith(stem)) continue;
    const match = UG_WORD_SUFFIX.exec(folded.slice(stem.length));
    if (!match) continue;
    const result: Token = token.k === 'yw' ? { k: 'yw', plural: match[1] !== undefined } : token;
    return [result, ...caseTokens(match[2])];
  }
  return null;
}

export function uyghurNumberSuffix(folded: string): Token[] | null {
  const match = UG_NUMBER_SUFFIX.exec(folded);
  if (!match) return null;
  return caseTokens(match[1]);
}

const MONTH_WORD = fold('ئاي');

/** "3-ئاي", "3-ئاينىڭ": the word for month after a numeral makes the numeral the month. */
export function isUyghurMonthWord(folded: string): boolean {
  if (!folded.startsWith(MONTH_WORD)) return false;
  return UG_WORD_SUFFIX.test(folded.slice(MONTH_WORD.length));
}

/** Arabic-Indic and Persian digits read as the digits they are. */
export function westernDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * Marks that shape or direct Arabic-script text without being part of a word: the tatweel that
 * stretches a letter, the zero-width joiners, and the direction marks a keyboard may insert.
 */
export const INVISIBLE_MARKS = /[\u0640\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
