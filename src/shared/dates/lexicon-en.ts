import { ABOUT, AFTER, BEFORE, FILLER, NIGHT, SEP, SEP_UNTIL, START, YEAR_WORD, type LexiconEntry } from './vocabulary';

export const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
export const EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export const EN_WORDS: readonly LexiconEntry[] = [
  ...EN_MONTHS.map((name, i): LexiconEntry => [[name, EN_SHORT[i] ?? name], { k: 'month', m: i + 1 }]),
  [['sept'], { k: 'month', m: 9 }],
  [['spring'], { k: 'season', s: 'spring' }],
  [['summer'], { k: 'season', s: 'summer' }],
  [['autumn', 'fall'], { k: 'season', s: 'autumn' }],
  [['winter'], { k: 'season', s: 'winter' }],
  [['early', 'beginning', 'start'], { k: 'part', p: 'early' }],
  [['mid', 'middle'], { k: 'part', p: 'mid' }],
  [['late', 'end'], { k: 'part', p: 'late' }],
  [['year'], YEAR_WORD],
  [['about', 'around', 'approximately', 'approx', 'roughly', 'circa', 'ca', 'c', 'abt'], ABOUT],
  [['between', 'from', 'since'], START],
  [['to', 'and', 'through', 'thru', 'or'], SEP],
  [['till', 'until'], SEP_UNTIL],
  [['after'], AFTER],
  [['before'], BEFORE],
  [['night'], NIGHT],
  [['in', 'on', 'the', 'of', 'during', 'sometime'], FILLER],
  [['this'], { k: 'rel', offset: 0 }],
  [['last'], { k: 'rel', offset: -1 }],
];
