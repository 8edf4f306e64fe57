/**
 * Uncertain dates as field workers type them, in English, Russian and Kazakh (Cyrillic), turned into
 * the stored `FuzzyDate` (earliest and latest possible day) and rendered back for the timeline.
 *
 * Testimonies rarely give exact days: "весной 2017", "2018 жыл шамасында", "between March and June
 * 2018". Keeping the earliest and latest possible day lets those sort and overlap on a timeline
 * without pretending to a precision nobody has; `text` keeps the words as they were entered.
 *
 * The parser is deliberately strict: a word it does not know makes the whole input unparseable
 * (null), so a date is never silently read from a phrase that meant something else ("before 2018",
 * "since 2017" are open-ended and cannot be stored as a bounded range, so they are null too).
 *
 * Pure TypeScript: no Node, DOM or React, only ECMAScript `Date.UTC` for calendar arithmetic.
 */
import type { FuzzyDate } from '../domain/common';

export type FuzzyDateLanguage = 'en' | 'ru' | 'kk';

export interface ParseFuzzyDateOptions {
  /** `YYYY-MM-DD`; needed only for relative words ("last year", "в прошлом году", "былтыр"). */
  today?: string;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Matches `shortText(200)` on `fuzzyDate.text`: anything longer is not a date anyway. */
const MAX_TEXT = 200;
/** "About 5 March" is human recollection: a day either side would be false precision. */
const ABOUT_DAYS = 7;

// ---------------------------------------------------------------------------------------------
// Month names

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const RU_NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'] as const;
const RU_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'] as const;
/** The abbreviations of Russian typographic convention (ГОСТ 7.12): short months stay whole. */
const RU_SHORT = ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'] as const;
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'] as const;

/**
 * Nominative month names, January first, for pickers and labels. Copies: the parser keeps its own
 * tables, so a caller mutating these cannot change what parses.
 */
export const MONTH_NAMES: Record<FuzzyDateLanguage, string[]> = {
  en: [...EN_MONTHS],
  ru: [...RU_NOMINATIVE],
  kk: [...KK_MONTHS],
};

function monthName(table: readonly string[], month: number): string {
  return table[month - 1] ?? String(month);
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on plain numbers, so nothing depends on the machine's time zone.

interface Ymd {
  y: number;
  m: number;
  d: number;
}

interface Interval {
  e: Ymd;
  l: Ymd;
}

type Unit = 'day' | 'month' | 'year';

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isRealDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function toIso(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

function parseIso(value: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return isRealDay(y, m, d) ? { y, m, d } : null;
}

function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

function sameYmd(a: Ymd, b: Ymd): boolean {
  return compareYmd(a, b) === 0;
}

function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function isMonthEnd(date: Ymd): boolean {
  return date.d === daysInMonth(date.y, date.m);
}

function isWholeMonths(interval: Interval): boolean {
  return interval.e.d === 1 && isMonthEnd(interval.l);
}

function isWholeYears(interval: Interval): boolean {
  return isWholeMonths(interval) && interval.e.m === 1 && interval.l.m === 12;
}

/** Shifts by whole months; a month-end stays a month-end so "March" ± 1 is "February"–"April". */
function addMonths(date: Ymd, months: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const dim = daysInMonth(y, m);
  return { y, m, d: isMonthEnd(date) ? dim : Math.min(date.d, dim) };
}

function addUnits(date: Ymd, unit: Unit, n: number): Ymd {
  if (unit === 'day') return addDays(date, n * ABOUT_DAYS);
  return addMonths(date, unit === 'month' ? n : n * 12);
}

/**
 * "About" widens by the unit the period is made of: whole years by a year, whole months (a month,
 * a season, "early 2018") by a month, anything finer by a week. Taking it from the period rather
 * than the words lets the formatter undo it exactly, so "about …" reads back to the same days.
 */
function unitOf(interval: Interval): Unit {
  if (isWholeYears(interval)) return 'year';
  return isWholeMonths(interval) ? 'month' : 'day';
}

function widen(interval: Interval, unit: Unit): Interval {
  return { e: addUnits(interval.e, unit, -1), l: addUnits(interval.l, unit, 1) };
}

function monthInterval(y: number, fromMonth: number, toMonth: number): Interval {
  // Months past December roll into the next year (winter runs December to February).
  const end = addMonths({ y, m: 1, d: 1 }, toMonth - 1);
  const start = addMonths({ y, m: 1, d: 1 }, fromMonth - 1);
  return { e: start, l: { ...end, d: daysInMonth(end.y, end.m) } };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

type Season = 'spring' | 'summer' | 'autumn' | 'winter';
type Part = 'early' | 'mid' | 'late';

type Token =
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
  | { k: 'sep' }
  | { k: 'end' }
  | { k: 'filler' };

const SEP: Token = { k: 'sep' };
const ABOUT: Token = { k: 'about' };
const START: Token = { k: 'start' };
const END: Token = { k: 'end' };
const FILLER: Token = { k: 'filler' };
const YEAR_WORD: Token = { k: 'yw', plural: false };

/** Months that a season covers; 13 and 14 are January and February of the next year. */
const SEASON_MONTHS: Record<Season, readonly [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 14],
};
const PART_OF_YEAR: Record<Part, readonly [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };
const PART_OF_MONTH: Record<Part, readonly [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };
const PART_OF_DECADE: Record<Part, readonly [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

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

function fold(word: string): string {
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

const LEXICON = new Map<string, Token>();

function addWords(words: readonly string[], token: Token): void {
  for (const word of words) {
    const key = fold(word);
    const existing = LEXICON.get(key);
    // A word with two meanings would silently take whichever was added last.
    if (existing && JSON.stringify(existing) !== JSON.stringify(token)) {
      throw new Error(`fuzzy-date vocabulary: "${word}" means two things`);
    }
    LEXICON.set(key, token);
  }
}

function withEndings(stem: string, endings: readonly string[]): string[] {
  return endings.map((ending) => stem + ending);
}

// English
EN_MONTHS.forEach((name, i) => addWords([name, EN_SHORT[i] ?? name], { k: 'month', m: i + 1 }));
addWords(['sept'], { k: 'month', m: 9 });
addWords(['spring'], { k: 'season', s: 'spring' });
addWords(['summer'], { k: 'season', s: 'summer' });
addWords(['autumn', 'fall'], { k: 'season', s: 'autumn' });
addWords(['winter'], { k: 'season', s: 'winter' });
addWords(['early', 'beginning', 'start'], { k: 'part', p: 'early' });
addWords(['mid', 'middle'], { k: 'part', p: 'mid' });
addWords(['late', 'end'], { k: 'part', p: 'late' });
addWords(['year'], YEAR_WORD);
addWords(['about', 'around', 'approximately', 'approx', 'roughly', 'circa', 'ca', 'c', 'abt'], ABOUT);
addWords(['between', 'from', 'since'], START);
addWords(['to', 'and', 'till', 'until', 'through', 'thru', 'or'], SEP);
addWords(['in', 'on', 'the', 'of', 'during', 'sometime'], FILLER);
addWords(['this'], { k: 'rel', offset: 0 });
addWords(['last'], { k: 'rel', offset: -1 });

// Russian: every case a month, season or part is typed in ("в марте", "с марта", "по март").
const RU_SOFT_ENDINGS = ['ь', 'я', 'е', 'ю', 'ем'];
const RU_HARD_ENDINGS = ['', 'а', 'е', 'у', 'ом'];
const RU_MONTH_FORMS: readonly (readonly string[])[] = [
  [...withEndings('январ', RU_SOFT_ENDINGS), 'янв'],
  [...withEndings('феврал', RU_SOFT_ENDINGS), 'фев', 'февр'],
  [...withEndings('март', RU_HARD_ENDINGS), 'мар'],
  [...withEndings('апрел', RU_SOFT_ENDINGS), 'апр'],
  withEndings('ма', ['й', 'я', 'е', 'ю', 'ем']),
  [...withEndings('июн', RU_SOFT_ENDINGS), 'июн'],
  [...withEndings('июл', RU_SOFT_ENDINGS), 'июл'],
  [...withEndings('август', RU_HARD_ENDINGS), 'авг'],
  [...withEndings('сентябр', RU_SOFT_ENDINGS), 'сен', 'сент'],
  [...withEndings('октябр', RU_SOFT_ENDINGS), 'окт'],
  [...withEndings('ноябр', RU_SOFT_ENDINGS), 'ноя', 'нояб'],
  [...withEndings('декабр', RU_SOFT_ENDINGS), 'дек'],
];
RU_MONTH_FORMS.forEach((forms, i) => addWords(forms, { k: 'month', m: i + 1 }));
addWords(withEndings('весн', ['а', 'ы', 'е', 'у', 'ой', 'ою']), { k: 'season', s: 'spring' });
addWords(withEndings('лет', ['о', 'а', 'е', 'у', 'ом']), { k: 'season', s: 'summer' });
addWords(withEndings('осен', ['ь', 'и', 'ью']), { k: 'season', s: 'autumn' });
addWords(withEndings('зим', ['а', 'ы', 'е', 'у', 'ой', 'ою']), { k: 'season', s: 'winter' });
addWords(withEndings('начал', ['о', 'а', 'е', 'у', 'ом']), { k: 'part', p: 'early' });
addWords(withEndings('середин', ['а', 'ы', 'е', 'у', 'ой', 'ою']), { k: 'part', p: 'mid' });
addWords(['конец', ...withEndings('конц', ['а', 'е', 'у', 'ом'])], { k: 'part', p: 'late' });
addWords(['год', 'года', 'году', 'годом', 'годы', 'годов', 'годах', 'годам', 'г', 'гг'], YEAR_WORD);
addWords(['примерно', 'около', 'приблизительно', 'приблиз', 'прибл', 'ок', 'ориентировочно', 'где-то', 'районе'], ABOUT);
addWords(['между', 'с', 'со', 'от'], START);
addWords(['по', 'до', 'и', 'или'], SEP);
addWords(['в', 'во', 'на', 'числа', 'число', 'месяц', 'месяца', 'месяце', 'период', 'периоде', 'течение'], FILLER);
addWords(['этот', 'этого', 'этом', 'этим', 'текущий', 'текущего', 'текущем', 'нынешний', 'нынешнего', 'нынешнем'], { k: 'rel', offset: 0 });
addWords(['прошлый', 'прошлого', 'прошлом', 'прошлым', 'прошедший', 'прошедшего', 'прошедшем', 'минувший', 'минувшего', 'минувшем'], { k: 'rel', offset: -1 });
addWords(['позапрошлый', 'позапрошлого', 'позапрошлом'], { k: 'rel', offset: -2 });

// Kazakh words that take no suffix.
addWords(['шамамен', 'шамалы', 'жуықтап', 'мөлшермен'], ABOUT);
addWords(['және', 'немесе', 'әлде', 'бен', 'мен', 'пен'], SEP);
// Kazakh marks a range by case endings ("наурыздан ... маусымға дейін"); these only confirm it.
addWords(['дейін', 'шейін', 'бастап'], END);
addWords(['ж', 'жж'], YEAR_WORD);
addWords(['өткен'], { k: 'rel', offset: -1 });
addWords(['осы'], { k: 'rel', offset: 0 });

/**
 * Kazakh stems, which take suffixes: plural, possessive, then case ("жылдардың", "шілдесінде",
 * "наурыздан"). The ablative (-дан/-ден/-тан/-тен/-нан/-нен, "from") opens a range.
 */
const KAZAKH_STEM_LIST: readonly { stem: string; token: Token }[] = [
  ...KK_MONTHS.map((name, i): { stem: string; token: Token } => ({ stem: name, token: { k: 'month', m: i + 1 } })),
  { stem: 'көктем', token: { k: 'season', s: 'spring' } },
  { stem: 'жаз', token: { k: 'season', s: 'summer' } },
  { stem: 'күз', token: { k: 'season', s: 'autumn' } },
  { stem: 'қыс', token: { k: 'season', s: 'winter' } },
  { stem: 'бас', token: { k: 'part', p: 'early' } },
  { stem: 'орта', token: { k: 'part', p: 'mid' } },
  { stem: 'соң', token: { k: 'part', p: 'late' } },
  { stem: 'аяқ', token: { k: 'part', p: 'late' } },
  { stem: 'аяғ', token: { k: 'part', p: 'late' } },
  { stem: 'жыл', token: YEAR_WORD },
  { stem: 'шама', token: ABOUT },
  { stem: 'биыл', token: { k: 'relyear', offset: 0 } },
  { stem: 'былтыр', token: { k: 'relyear', offset: -1 } },
  { stem: 'ай', token: FILLER },
  { stem: 'күн', token: FILLER },
  { stem: 'ара', token: FILLER },
  { stem: 'аралық', token: FILLER },
  { stem: 'аралығ', token: FILLER },
];
const KAZAKH_STEMS = KAZAKH_STEM_LIST.map((entry) => ({ stem: fold(entry.stem), token: entry.token }))
  .sort((a, b) => b.stem.length - a.stem.length);

const KK_PLURAL = ['дар', 'дер', 'лар', 'лер', 'тар', 'тер'];
const KK_POSSESSIVE = ['ы', 'і', 'сы', 'сі'];
const KK_ABLATIVE = ['дан', 'ден', 'тан', 'тен', 'нан', 'нен'];
const KK_CASES = [
  ...['да', 'де', 'та', 'те', 'нда', 'нде'],
  ...KK_ABLATIVE,
  ...['ға', 'ге', 'қа', 'ке', 'на', 'не', 'а', 'е'],
  ...['ның', 'нің', 'дың', 'дің', 'тың', 'тің'],
  ...['ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'н'],
  ...['мен', 'бен', 'пен', 'менен'],
  ...['ғы', 'гі', 'қы', 'кі', 'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі'],
];
const KK_ORDINAL = ['ыншы', 'інші', 'ншы', 'нші', 'шы', 'ші'];

function alternation(items: readonly string[]): string {
  // Longest first so the regex engine prefers the full suffix over a prefix of it.
  return [...new Set(items.map(fold))].sort((a, b) => b.length - a.length).join('|');
}

const KK_WORD_SUFFIX = new RegExp(`^(${alternation(KK_PLURAL)})?(?:${alternation(KK_POSSESSIVE)})?(${alternation(KK_CASES)})?$`, 'u');
/** After a numeral Kazakh writes a hyphen and the suffix: "2017-ден", "5-і", "2018-ші". */
const KK_NUMBER_SUFFIX = new RegExp(`^(?:${alternation(KK_ORDINAL)})?(?:${alternation(KK_POSSESSIVE)})?(${alternation(KK_CASES)})?$`, 'u');
const KK_ABLATIVE_FOLDED = new Set(KK_ABLATIVE.map(fold));

function classifyWord(word: string): Token[] | null {
  const folded = fold(word);
  const known = LEXICON.get(folded);
  if (known) return [known];
  for (const { stem, token } of KAZAKH_STEMS) {
    if (!folded.startsWith(stem)) continue;
    const match = KK_WORD_SUFFIX.exec(folded.slice(stem.length));
    if (!match) continue;
    const result: Token = token.k === 'yw' ? { k: 'yw', plural: match[1] !== undefined } : token;
    return match[2] !== undefined && KK_ABLATIVE_FOLDED.has(match[2]) ? [result, SEP] : [result];
  }
  return null;
}

/** "Март-июнь" is a range, but "mid-March" is one point: a hyphen after early/mid/late joins. */
function classifyHyphenated(word: string): Token[] | null {
  const whole = LEXICON.get(fold(word));
  if (whole) return [whole];
  const out: Token[] = [];
  for (const piece of word.split('-')) {
    const tokens = classifyWord(piece);
    if (!tokens) return null;
    const previous = out[out.length - 1];
    if (previous && previous.k !== 'part' && previous.k !== 'sep') out.push(SEP);
    out.push(...tokens);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tokenizer

const DIGIT = /\d/;
const LETTER = /[\p{L}\p{M}]/u;
/** Characters that only separate words: punctuation people put around dates. */
const IGNORED = /[\s,;:()[\]{}"«»“”„'’.]/u;
const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/uy;
const NUMBER_SUFFIX = /(?:-|['’])?([\p{L}\p{M}]+)/uy;
const PLAIN_NUMBER = /\d+/y;

/** Endings after a numeral in Russian ("5-го", "2018-м") and English ("5th") that change nothing. */
const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th', 'го', 'ого', 'е', 'й', 'ий', 'ый', 'м', 'ом', 'ое', 'я', 'ая']);
/** Endings that turn a round year into its decade: "1990s", "1990-е", "1990-х годах". */
const DECADE_ENDINGS = new Set(['s', 'е', 'ые', 'ие', 'х', 'ых', 'их']);

interface NumericPattern {
  re: RegExp;
  build: (m: RegExpExecArray) => Token[];
}

const num = (value: number, digits: number): Token => ({ k: 'num', value, digits, decade: false });

const NUMERIC_PATTERNS: readonly NumericPattern[] = [
  // 2018-03-05, 2018.03.05, 2018/03/05
  { re: /(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/y, build: (m) => [{ k: 'lit', y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }] },
  // 05.03.2018, 5/3/2018, 05-03-2018: day first, as everywhere in the region.
  { re: /(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?!\d)/y, build: (m) => [{ k: 'lit', y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) }] },
  {
    // 2018-03 is a month; 2017/18 and 2017–18 are two years (a winter, a school year).
    re: /(\d{4})([-./–])(\d{1,2})(?!\d)/y,
    build: (m) => {
      const year = Number(m[1]);
      const second = Number(m[3]);
      const consecutive = m[3]?.length === 2 && second === (year + 1) % 100;
      if (consecutive && (m[2] === '/' || m[2] === '–' || second > 12)) return [num(year, 4), SEP, num(year + 1, 4)];
      return [{ k: 'lit', y: year, m: second }];
    },
  },
  // 03.2018, 3/2018
  { re: /(\d{1,2})[./](\d{4})(?!\d)/y, build: (m) => [{ k: 'lit', y: Number(m[2]), m: Number(m[1]) }] },
];

function suffixTokens(suffix: string, last: Token): Token[] | null {
  const folded = fold(suffix);
  if (last.k === 'num') {
    if (last.digits === 4 && DECADE_ENDINGS.has(folded)) {
      last.decade = true;
      return [];
    }
    if (ORDINAL_ENDINGS.has(folded)) return [];
  }
  const word = classifyWord(suffix);
  if (word) return word;
  const kazakh = KK_NUMBER_SUFFIX.exec(folded);
  if (kazakh) return kazakh[1] !== undefined && KK_ABLATIVE_FOLDED.has(kazakh[1]) ? [SEP] : [];
  return null;
}

function scanNumber(s: string, start: number, out: Token[]): number {
  let end = -1;
  for (const pattern of NUMERIC_PATTERNS) {
    pattern.re.lastIndex = start;
    const match = pattern.re.exec(s);
    if (!match) continue;
    out.push(...pattern.build(match));
    end = start + match[0].length;
    break;
  }
  if (end < 0) {
    PLAIN_NUMBER.lastIndex = start;
    const match = PLAIN_NUMBER.exec(s);
    if (!match) return -1;
    out.push(num(Number(match[0]), match[0].length));
    end = start + match[0].length;
  }
  NUMBER_SUFFIX.lastIndex = end;
  const suffix = NUMBER_SUFFIX.exec(s);
  const last = out[out.length - 1];
  if (suffix?.[1] && last) {
    const tokens = suffixTokens(suffix[1], last);
    if (!tokens) return -1;
    out.push(...tokens);
    end += suffix[0].length;
  }
  return end;
}

function tokenize(input: string): Token[] | null {
  const s = input.normalize('NFC').toLowerCase().replace(/[—−‒―]/g, '–');
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i] ?? '';
    if (IGNORED.test(ch)) {
      i += 1;
    } else if (DIGIT.test(ch)) {
      i = scanNumber(s, i, out);
      if (i < 0) return null;
    } else if (LETTER.test(ch)) {
      WORD.lastIndex = i;
      const word = WORD.exec(s)?.[0] ?? ch;
      const tokens = classifyHyphenated(word);
      if (!tokens) return null;
      out.push(...tokens);
      i += word.length;
    } else if (ch === '-') {
      // "mid-2018", "Mar-2018": a hyphen glued between a word and a number joins them.
      const joins = LETTER.test(s[i - 1] ?? '') && DIGIT.test(s[i + 1] ?? '');
      if (!joins) out.push(SEP);
      i += 1;
    } else if (ch === '–' || ch === '/') {
      out.push(SEP);
      i += 1;
    } else if (ch === '~' || ch === '≈' || ch === '?') {
      // "2018?" is how an unsure date gets written down.
      out.push(ABOUT);
      i += 1;
    } else {
      return null;
    }
  }
  return resolveRelativeWords(out);
}

/** "Last" and "прошлый" mean a year only with the word year after them ("last March" is unclear). */
function resolveRelativeWords(tokens: Token[]): Token[] | null {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || token.k === 'filler') continue;
    if (token.k === 'rel') {
      if (tokens[i + 1]?.k !== 'yw') return null;
      out.push({ k: 'relyear', offset: token.offset });
      i += 1;
      continue;
    }
    out.push(token);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Grammar: one or two groups of date parts, split by a range separator.

interface Partial {
  y?: number;
  m?: number;
  d?: number;
  season?: Season;
  part?: Part;
  decade?: boolean;
  pluralYearWord?: boolean;
}

interface Point extends Interval {
  kind: 'day' | 'month' | 'year' | 'range';
}

function setOnce<K extends keyof Partial>(p: Partial, key: K, value: Partial[K]): boolean {
  if (p[key] !== undefined) return false;
  p[key] = value;
  return true;
}

function buildPartial(tokens: readonly Token[], todayYear: number | undefined): Partial | null {
  const p: Partial = {};
  let hasDatePart = false;
  for (const t of tokens) {
    let ok = true;
    switch (t.k) {
      case 'num':
        if (t.digits === 4) {
          ok = setOnce(p, 'y', t.value) && (!t.decade || setOnce(p, 'decade', true));
        } else if (t.digits <= 2 && t.value >= 1 && t.value <= 31 && !t.decade) {
          ok = setOnce(p, 'd', t.value);
        } else {
          ok = false;
        }
        break;
      case 'lit':
        ok = setOnce(p, 'y', t.y) && setOnce(p, 'm', t.m) && (t.d === undefined || setOnce(p, 'd', t.d));
        break;
      case 'month':
        ok = setOnce(p, 'm', t.m);
        break;
      case 'season':
        ok = setOnce(p, 'season', t.s);
        break;
      case 'part':
        ok = setOnce(p, 'part', t.p);
        break;
      case 'relyear':
        ok = todayYear !== undefined && setOnce(p, 'y', todayYear + t.offset);
        break;
      case 'yw':
        if (t.plural) p.pluralYearWord = true;
        continue;
      default:
        continue;
    }
    if (!ok) return null;
    hasDatePart = true;
  }
  return hasDatePart ? p : null;
}

/** Only periods wholly inside 1900–2100: "the 2100s" or "winter 2100" would run past it. */
function resolve(p: Partial): Point | null {
  const point = resolveUnbounded(p);
  return point && point.l.y <= MAX_YEAR ? point : null;
}

function resolveUnbounded(p: Partial): Point | null {
  const { y, m, d, season, part } = p;
  if (y === undefined || y < MIN_YEAR || y > MAX_YEAR) return null;
  if (p.decade) {
    if (m !== undefined || d !== undefined || season !== undefined || y % 10 !== 0) return null;
    const [from, to] = part ? PART_OF_DECADE[part] : [0, 9];
    return { e: { y: y + from, m: 1, d: 1 }, l: { y: y + to, m: 12, d: 31 }, kind: 'range' };
  }
  if (d !== undefined) {
    if (m === undefined || season !== undefined || part !== undefined || !isRealDay(y, m, d)) return null;
    const day = { y, m, d };
    return { e: day, l: day, kind: 'day' };
  }
  if (m !== undefined) {
    if (m < 1 || m > 12 || season !== undefined) return null;
    if (part) {
      const [from, to] = PART_OF_MONTH[part];
      return { e: { y, m, d: from }, l: { y, m, d: Math.min(to, daysInMonth(y, m)) }, kind: 'range' };
    }
    return { ...monthInterval(y, m, m), kind: 'month' };
  }
  if (season) {
    if (part) return null;
    const [from, to] = SEASON_MONTHS[season];
    return { ...monthInterval(y, from, to), kind: 'range' };
  }
  if (part) {
    const [from, to] = PART_OF_YEAR[part];
    return { ...monthInterval(y, from, to), kind: 'range' };
  }
  return { ...monthInterval(y, 1, 12), kind: 'year' };
}

function isOnlyYear(p: Partial): boolean {
  return p.y !== undefined && p.m === undefined && p.d === undefined && !p.season && !p.part && !p.decade;
}

/**
 * Two ends of a range share what only one of them says: "5–10 March 2018", "March 5–10, 2018",
 * "2018 ж. наурыз – маусым". An end that borrowed its year and then lands on the wrong side
 * ("December – February 2018") takes the neighbouring year instead.
 */
function resolveRange(a: Partial, b: Partial): Interval | null {
  const aBorrowsYear = a.y === undefined && b.y !== undefined;
  const bBorrowsYear = b.y === undefined && a.y !== undefined;
  if (aBorrowsYear) a.y = b.y;
  if (bBorrowsYear) b.y = a.y;
  if (a.d !== undefined && a.m === undefined && b.m !== undefined) a.m = b.m;
  if (b.d !== undefined && b.m === undefined && a.m !== undefined) b.m = a.m;
  let start = resolve(a);
  let finish = resolve(b);
  if (!start || !finish) return null;
  if (compareYmd(start.e, finish.l) > 0 && a.y !== undefined && b.y !== undefined) {
    if (aBorrowsYear) start = resolve({ ...a, y: a.y - 1 });
    else if (bBorrowsYear) finish = resolve({ ...b, y: b.y + 1 });
  }
  if (!start || !finish || compareYmd(start.e, finish.l) > 0) return null;
  return { e: start.e, l: finish.l };
}

function todayYearOf(today: string | undefined): number | undefined {
  if (today === undefined) return undefined;
  const parsed = parseIso(today);
  if (!parsed) throw new RangeError(`parseFuzzyDate: today must be YYYY-MM-DD, got "${today}"`);
  return parsed.y;
}

/**
 * Reads a date as typed in English, Russian or Kazakh; null when it is not one, is not a real
 * calendar date, or falls outside 1900–2100. `text` of the result is the input, trimmed.
 */
export function parseFuzzyDate(text: string, options: ParseFuzzyDateOptions = {}): FuzzyDate | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_TEXT) return null;
  const todayYear = todayYearOf(options.today);
  const tokens = tokenize(trimmed);
  if (!tokens) return null;

  let about = false;
  let rangeMarkers = 0;
  const groups: Token[][] = [[]];
  for (const token of tokens) {
    const current = groups[groups.length - 1] ?? [];
    if (token.k === 'about') {
      about = true;
    } else if (token.k === 'start' || token.k === 'end') {
      rangeMarkers += 1;
    } else if (token.k === 'sep') {
      rangeMarkers += 1;
      // "2017 жылдан – 2019": an ablative ending and a dash are one separator, not two.
      if (current.length > 0 || groups.length === 1) groups.push([]);
    } else {
      current.push(token);
    }
  }
  if (groups.length > 2 || (groups.length === 1 && rangeMarkers > 0)) return null;

  const partials: Partial[] = [];
  for (const group of groups) {
    const partial = buildPartial(group, todayYear);
    if (!partial) return null;
    partials.push(partial);
  }
  const [first, second] = partials;
  if (!first) return null;

  // "зима 2017/2018", "winter 2017–18": one winter named by both its years.
  const oneWinter = second && first.season === 'winter' && first.y !== undefined && isOnlyYear(second) && second.y === first.y + 1;
  let interval: Interval | null;
  let precision: FuzzyDate['precision'];
  if (second && !oneWinter) {
    interval = resolveRange(first, second);
    precision = 'range';
  } else {
    // A lone Kazakh "1990 жылдары" ("in the 1990 years") names the decade.
    if (first.pluralYearWord && first.y !== undefined && first.y % 10 === 0 && isOnlyYear(first)) first.decade = true;
    const point = resolve(first);
    interval = point;
    precision = point?.kind ?? 'year';
  }
  if (!interval) return null;
  if (about) {
    interval = widen(interval, unitOf(interval));
    precision = 'about';
  }
  return { precision, earliest: toIso(interval.e), latest: toIso(interval.l), text: trimmed };
}

// ---------------------------------------------------------------------------------------------
// Formatting

type Shape =
  | { k: 'day'; date: Ymd }
  | { k: 'month'; y: number; m: number }
  | { k: 'year'; y: number }
  | { k: 'years'; from: number; to: number }
  | { k: 'months'; from: Ymd; to: Ymd }
  | { k: 'days'; from: Ymd; to: Ymd };

function shapeOf(interval: Interval): Shape {
  const { e, l } = interval;
  if (sameYmd(e, l)) return { k: 'day', date: e };
  if (isWholeYears(interval)) return e.y === l.y ? { k: 'year', y: e.y } : { k: 'years', from: e.y, to: l.y };
  if (isWholeMonths(interval)) return e.y === l.y && e.m === l.m ? { k: 'month', y: e.y, m: e.m } : { k: 'months', from: e, to: l };
  return { k: 'days', from: e, to: l };
}

function renderEn(shape: Shape): string {
  const full = (m: number) => monthName(EN_MONTHS, m);
  const short = (m: number) => monthName(EN_SHORT, m);
  switch (shape.k) {
    case 'day':
      return `${shape.date.d} ${full(shape.date.m)} ${shape.date.y}`;
    case 'month':
      return `${full(shape.m)} ${shape.y}`;
    case 'year':
      return String(shape.y);
    case 'years':
      return `${shape.from}–${shape.to}`;
    case 'months': {
      const { from, to } = shape;
      return from.y === to.y ? `${short(from.m)} – ${short(to.m)} ${to.y}` : `${short(from.m)} ${from.y} – ${short(to.m)} ${to.y}`;
    }
    case 'days': {
      const { from, to } = shape;
      if (from.y === to.y && from.m === to.m) return `${from.d}–${to.d} ${full(to.m)} ${to.y}`;
      if (from.y === to.y) return `${from.d} ${short(from.m)} – ${to.d} ${short(to.m)} ${to.y}`;
      return `${from.d} ${short(from.m)} ${from.y} – ${to.d} ${short(to.m)} ${to.y}`;
    }
  }
}

function renderRu(shape: Shape): string {
  const gen = (m: number) => monthName(RU_GENITIVE, m);
  const short = (m: number) => monthName(RU_SHORT, m);
  switch (shape.k) {
    case 'day':
      return `${shape.date.d} ${gen(shape.date.m)} ${shape.date.y} г.`;
    case 'month':
      return `${monthName(RU_NOMINATIVE, shape.m)} ${shape.y} г.`;
    case 'year':
      return `${shape.y} г.`;
    case 'years':
      return `${shape.from}–${shape.to} гг.`;
    case 'months': {
      const { from, to } = shape;
      return from.y === to.y ? `${short(from.m)} – ${short(to.m)} ${to.y} г.` : `${short(from.m)} ${from.y} г. – ${short(to.m)} ${to.y} г.`;
    }
    case 'days': {
      const { from, to } = shape;
      if (from.y === to.y && from.m === to.m) return `${from.d}–${to.d} ${gen(to.m)} ${to.y} г.`;
      if (from.y === to.y) return `${from.d} ${gen(from.m)} – ${to.d} ${gen(to.m)} ${to.y} г.`;
      return `${from.d} ${gen(from.m)} ${from.y} г. – ${to.d} ${gen(to.m)} ${to.y} г.`;
    }
  }
}

function renderKk(shape: Shape): string {
  const name = (m: number) => monthName(KK_MONTHS, m);
  switch (shape.k) {
    case 'day':
      return `${shape.date.y} ж. ${shape.date.d} ${name(shape.date.m)}`;
    case 'month':
      return `${shape.y} ж. ${name(shape.m)}`;
    case 'year':
      return `${shape.y} ж.`;
    case 'years':
      return `${shape.from}–${shape.to} жж.`;
    case 'months': {
      const { from, to } = shape;
      return from.y === to.y ? `${to.y} ж. ${name(from.m)} – ${name(to.m)}` : `${from.y} ж. ${name(from.m)} – ${to.y} ж. ${name(to.m)}`;
    }
    case 'days': {
      const { from, to } = shape;
      if (from.y === to.y && from.m === to.m) return `${to.y} ж. ${from.d}–${to.d} ${name(to.m)}`;
      if (from.y === to.y) return `${to.y} ж. ${from.d} ${name(from.m)} – ${to.d} ${name(to.m)}`;
      return `${from.y} ж. ${from.d} ${name(from.m)} – ${to.y} ж. ${to.d} ${name(to.m)}`;
    }
  }
}

function render(shape: Shape, language: FuzzyDateLanguage): string {
  if (language === 'ru') return renderRu(shape);
  if (language === 'kk') return renderKk(shape);
  return renderEn(shape);
}

function renderAbout(shape: Shape, language: FuzzyDateLanguage): string {
  if (language === 'en') return `about ${renderEn(shape)}`;
  if (language === 'kk') return `шамамен ${renderKk(shape)}`;
  // "Около" governs the genitive ("около марта"); before a range "примерно" reads naturally.
  switch (shape.k) {
    case 'day':
    case 'year':
      return `около ${renderRu(shape)}`;
    case 'month':
      return `около ${monthName(RU_GENITIVE, shape.m)} ${shape.y} г.`;
    default:
      return `примерно ${renderRu(shape)}`;
  }
}

/**
 * Recovers what an "about" date was widened from, so "about 2018" shows as that rather than as
 * 2017–2019. A unit is accepted only if the inner date reads back at that unit, which keeps
 * format → parse stable.
 */
function unwiden(interval: Interval): Interval | null {
  const matchesUnit: Record<Unit, (inner: Interval) => boolean> = {
    year: (inner) => isWholeYears(inner),
    month: (inner) => isWholeMonths(inner) && !isWholeYears(inner),
    day: (inner) => !isWholeMonths(inner),
  };
  for (const unit of ['year', 'month', 'day'] as const) {
    const inner = { e: addUnits(interval.e, unit, 1), l: addUnits(interval.l, unit, -1) };
    if (compareYmd(inner.e, inner.l) > 0 || !matchesUnit[unit](inner)) continue;
    const back = widen(inner, unit);
    if (sameYmd(back.e, interval.e) && sameYmd(back.l, interval.l)) return inner;
  }
  return null;
}

/** A short rendering for timelines and lists: "5 марта 2018 г.", "2018 ж. наурыз – маусым". */
export function formatFuzzyDate(date: FuzzyDate, language: FuzzyDateLanguage): string {
  const e = parseIso(date.earliest);
  const l = parseIso(date.latest);
  if (!e || !l || compareYmd(e, l) > 0) return date.text ?? `${date.earliest} – ${date.latest}`;
  const interval = { e, l };
  if (date.precision === 'about') return renderAbout(shapeOf(unwiden(interval) ?? interval), language);
  return render(shapeOf(interval), language);
}

/** A known calendar day (`YYYY-MM-DD`) as a FuzzyDate; throws on anything that is not one. */
export function exactDay(isoDay: string): FuzzyDate {
  if (!parseIso(isoDay)) throw new RangeError(`exactDay: not a calendar day: "${isoDay}"`);
  return { precision: 'day', earliest: isoDay, latest: isoDay };
}

/** Orders by earliest possible day, then by latest, so the surer of two dates comes first. */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  return 0;
}
