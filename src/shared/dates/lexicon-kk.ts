import { ABOUT, AFTER, BEFORE, END, END_UNTIL, FILLER, NIGHT, SEP, YEAR_WORD, fold, type LexiconEntry, type Token } from './vocabulary';

export const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'] as const;

/** The ablative ("from", "than"), which "кейін" and "бұрын" govern: "наурыздан кейін". */
export const KK_MONTHS_ABLATIVE = ['қаңтардан', 'ақпаннан', 'наурыздан', 'сәуірден', 'мамырдан', 'маусымнан', 'шілдеден', 'тамыздан', 'қыркүйектен', 'қазаннан', 'қарашадан', 'желтоқсаннан'] as const;
/** The dative ("to"): the second day of a night, "10 наурызға қараған түні". */
export const KK_MONTHS_DATIVE = ['қаңтарға', 'ақпанға', 'наурызға', 'сәуірге', 'мамырға', 'маусымға', 'шілдеге', 'тамызға', 'қыркүйекке', 'қазанға', 'қарашаға', 'желтоқсанға'] as const;

/**
 * The ablative ending after a numeral follows the last word of the number as it is read: "9-дан"
 * (тоғыз), "5-тен" (бес), "10-нан" (он), "21-ден" (жиырма бір).
 */
const KK_UNIT_ABLATIVE = ['', 'ден', 'ден', 'тен', 'тен', 'тен', 'дан', 'ден', 'ден', 'дан'] as const;
const KK_TENS_ABLATIVE = ['', 'нан', 'дан', 'дан'] as const;

export function kazakhNumberAblative(n: number): string {
  const unit = n % 10;
  return `${n}-${unit === 0 ? (KK_TENS_ABLATIVE[Math.floor(n / 10) % 10] ?? 'дан') : KK_UNIT_ABLATIVE[unit]}`;
}

export const KK_WORDS: readonly LexiconEntry[] = [
  // Kazakh words that take no suffix.
  [['шамамен', 'шамалы', 'жуықтап', 'мөлшермен'], ABOUT],
  [['және', 'немесе', 'әлде', 'бен', 'мен', 'пен'], SEP],
  // Kazakh marks a range by case endings ("наурыздан ... маусымға дейін"); these only confirm it.
  [['бастап'], END],
  [['дейін', 'шейін'], END_UNTIL],
  // "Наурыздан кейін", "наурыздан бұрын": the ablative they govern is the date's own ending.
  [['кейін'], AFTER],
  [['бұрын'], BEFORE],
  // "9-дан 10 наурызға қараған түні": the night facing from the 9th to the 10th.
  [['қараған'], NIGHT],
  [['ж', 'жж'], YEAR_WORD],
  [['өткен'], { k: 'rel', offset: -1 }],
  [['осы'], { k: 'rel', offset: 0 }],
];

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
  { stem: 'түн', token: NIGHT },
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

export function kazakhWord(folded: string): Token[] | null {
  for (const { stem, token } of KAZAKH_STEMS) {
    if (!folded.startsWith(stem)) continue;
    const match = KK_WORD_SUFFIX.exec(folded.slice(stem.length));
    if (!match) continue;
    const result: Token = token.k === 'yw' ? { k: 'yw', plural: match[1] !== undefined } : token;
    return match[2] !== undefined && KK_ABLATIVE_FOLDED.has(match[2]) ? [result, SEP] : [result];
  }
  return null;
}

export function kazakhNumberSuffix(folded: string): Token[] | null {
  const match = KK_NUMBER_SUFFIX.exec(folded);
  if (!match) return null;
  return match[1] !== undefined && KK_ABLATIVE_FOLDED.has(match[1]) ? [SEP] : [];
}
