import { EN_WORDS } from './lexicon-en';
import { KK_WORDS, kazakhNumberSuffix, kazakhWord } from './lexicon-kk';
import { RU_WORDS } from './lexicon-ru';
import { INVISIBLE_MARKS, UG_WORDS, isUyghurMonthWord, uyghurNumberSuffix, uyghurWord, westernDigits } from './lexicon-ug';
import { ABOUT, SEP, fold, type Token } from './vocabulary';

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

for (const [words, token] of [...EN_WORDS, ...RU_WORDS, ...KK_WORDS, ...UG_WORDS]) addWords(words, token);

function classifyWord(word: string): Token[] | null {
  const folded = fold(word);
  const known = LEXICON.get(folded);
  if (known) return [known];
  return kazakhWord(folded) ?? uyghurWord(folded);
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

const DIGIT = /\d/;
const LETTER = /[\p{L}\p{M}]/u;
/** Characters that only separate words: punctuation people put around dates. */
const IGNORED = /[\s,;:()[\]{}"«»“”„'’.،؛]/u;
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
  return kazakhNumberSuffix(folded) ?? uyghurNumberSuffix(folded);
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
    // Uyghur counts months: "3-ئاي" is March, not the third day.
    if (last.k === 'num' && last.digits <= 2 && last.value >= 1 && last.value <= 12 && isUyghurMonthWord(fold(suffix[1]))) {
      out[out.length - 1] = { k: 'month', m: last.value };
      return end + suffix[0].length;
    }
    const tokens = suffixTokens(suffix[1], last);
    if (!tokens) return -1;
    out.push(...tokens);
    end += suffix[0].length;
  }
  return end;
}

export function tokenize(input: string): Token[] | null {
  const s = westernDigits(input.normalize('NFC').replace(INVISIBLE_MARKS, '')).toLowerCase().replace(/[—−‒―]/g, '–');
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
    } else if (ch === '~' || ch === '≈' || ch === '?' || ch === '؟') {
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
