import { ABOUT, END, FILLER, SEP, YEAR_WORD, fold, type LexiconEntry, type Token } from './vocabulary';

export const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'] as const;

export const KK_WORDS: readonly LexiconEntry[] = [
  // Kazakh words that take no suffix.
  [['шамамен', 'шамалы', 'жуықтап', 'мөлшермен'], ABOUT],
  [['және', 'немесе', 'әлде', 'бен', 'мен', 'пен'], SEP],
  // Kazakh marks a range by case endings ("наурыздан ... маусымға дейін"); these only confirm it.
  [['дейін', 'шейін', 'бастап'], END],
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
