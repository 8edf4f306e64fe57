import type { FuzzyDateInput } from '../../src/shared/domain/records';
import type { Rng } from './rng';
import type { Lx } from './types';

/**
 * Days as integers (days since 1970-01-01, UTC) so arithmetic is exact, and uncertain dates as
 * relatives give them: "on 12 March", "in the spring of 2018", "around 2019".
 */

const DAY_MS = 86_400_000;

export const day = (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / DAY_MS);

/**
 * Days to a civil date without allocating a Date (H. Hinnant's civil_from_days): the generator
 * converts millions of days, and Date objects were most of its garbage.
 */
function civil(n: number): [number, number, number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
export const isoDay = (n: number): string => {
  const [y, m, d] = civil(n);
  return `${y}-${pad2(m)}-${pad2(d)}`;
};
export const yearOf = (n: number): number => civil(n)[0];
const lastDayOfMonth = (y: number, m: number): number => day(y, m + 1, 1) - 1;

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const RU_MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'] as const;
const RU_MONTHS_PREP = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'] as const;
const RU_MONTHS_NOM = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'] as const;
/** Kazakh locative: -да/-де/-та/-те by the last sound of each month name. */
const KK_MONTHS_LOC = ['қаңтарда', 'ақпанда', 'наурызда', 'сәуірде', 'мамырда', 'маусымда', 'шілдеде', 'тамызда', 'қыркүйекте', 'қазанда', 'қарашада', 'желтоқсанда'] as const;

type Season = 0 | 1 | 2 | 3;
const EN_SEASONS = ['winter', 'spring', 'summer', 'autumn'] as const;
const RU_SEASONS_ADV = ['зимой', 'весной', 'летом', 'осенью'] as const;
const RU_SEASONS_NOM = ['зима', 'весна', 'лето', 'осень'] as const;
const KK_SEASONS = ['қысында', 'көктемінде', 'жазында', 'күзінде'] as const;
const UG_SEASONS = ['قىشتا', 'ئەتىيازدا', 'يازدا', 'كۈزدە'] as const;

const at = <T>(list: readonly T[], i: number): T => list[i] as T;

export interface Dated {
  /** The value the record stores. */
  date: FuzzyDateInput;
  /** The same date as an adverbial phrase in each language: "in March 2018", "2018 жылы наурызда". */
  phrase: Lx;
  /** The latest day it could be, for ordering events and choosing interview dates after them. */
  latest: number;
  earliest: number;
}

export type Precision = FuzzyDateInput['precision'];

export const PRECISION_WEIGHTS: readonly (readonly [Precision, number])[] = [
  ['day', 25],
  ['month', 35],
  ['year', 15],
  ['range', 15],
  ['about', 10],
];

/** Everything about a fuzzy date that depends only on the day and precision: shared, never mutated. */
interface Shape {
  phrase: Lx;
  earliest: number;
  latest: number;
  earliestIso: string;
  latestIso: string;
  /** The words a date field would hold, in English and Russian. */
  en: string;
  ru: string;
}

const SHAPES = new Map<number, Shape>();
const PRECISION_INDEX: Record<Precision, number> = { day: 0, month: 1, year: 2, range: 3, about: 4 };

function shape(n: number, precision: Precision): Shape {
  const [y, m, d] = civil(n);
  // Keyed by what the phrase depends on (the month, the season, the year), so the cache stays
  // a few thousand entries; exact days are not cached at all: births alone span decades of them.
  const key = precision === 'day' ? -1 : ((y * 16 + m) * 8 + PRECISION_INDEX[precision]);
  const cached = key < 0 ? undefined : SHAPES.get(key);
  if (cached) return cached;
  const mi = m - 1;
  let s: Omit<Shape, 'earliestIso' | 'latestIso'>;
  switch (precision) {
    case 'day':
      s = {
        phrase: {
          en: `on ${d} ${at(EN_MONTHS, mi)} ${y}`,
          ru: `${d} ${at(RU_MONTHS_GEN, mi)} ${y} года`,
          kk: `${y} жылы ${d} ${at(KK_MONTHS_LOC, mi)}`,
          ug: `${y}-يىلى ${m}-ئاينىڭ ${d}-كۈنى`,
        },
        earliest: n,
        latest: n,
        en: `${d} ${at(EN_MONTHS, mi)} ${y}`,
        ru: `${d} ${at(RU_MONTHS_GEN, mi)} ${y}`,
      };
      break;
    case 'month':
      s = {
        phrase: {
          en: `in ${at(EN_MONTHS, mi)} ${y}`,
          ru: `в ${at(RU_MONTHS_PREP, mi)} ${y} года`,
          kk: `${y} жылы ${at(KK_MONTHS_LOC, mi)}`,
          ug: `${y}-يىلى ${m}-ئايدا`,
        },
        earliest: day(y, m, 1),
        latest: lastDayOfMonth(y, m),
        en: `${at(EN_MONTHS, mi)} ${y}`,
        ru: `${at(RU_MONTHS_NOM, mi)} ${y}`,
      };
      break;
    case 'year':
      s = {
        phrase: { en: `in ${y}`, ru: `в ${y} году`, kk: `${y} жылы`, ug: `${y}-يىلى` },
        earliest: day(y, 1, 1),
        latest: day(y, 12, 31),
        en: String(y),
        ru: String(y),
      };
      break;
    case 'range': {
      // Seasons: December belongs to the next year's winter, as people count it.
      const season = Math.floor((m % 12) / 3) as Season;
      const sy = m === 12 ? y + 1 : y;
      s = {
        phrase: {
          en: `in the ${at(EN_SEASONS, season)} of ${sy}`,
          ru: `${at(RU_SEASONS_ADV, season)} ${sy} года`,
          kk: `${sy} жылдың ${at(KK_SEASONS, season)}`,
          ug: `${sy}-يىلى ${at(UG_SEASONS, season)}`,
        },
        earliest: season === 0 ? day(sy - 1, 12, 1) : day(sy, season * 3, 1),
        latest: season === 0 ? day(sy, 3, 1) - 1 : day(sy, season * 3 + 3, 1) - 1,
        en: `${at(EN_SEASONS, season)} ${sy}`,
        ru: `${at(RU_SEASONS_NOM, season)} ${sy}`,
      };
      break;
    }
    case 'about':
      s = {
        phrase: { en: `around ${y}`, ru: `примерно в ${y} году`, kk: `шамамен ${y} жылы`, ug: `تەخمىنەن ${y}-يىلى` },
        earliest: day(y - 1, 7, 1),
        latest: day(y + 1, 6, 30),
        en: `about ${y}`,
        ru: `около ${y}`,
      };
      break;
  }
  const full: Shape = { ...s, earliestIso: isoDay(s.earliest), latestIso: isoDay(s.latest) };
  if (key >= 0) SHAPES.set(key, full);
  return full;
}

/** An uncertain date around day `n`, with the precision a relative would know it at. */
export function fuzzy(rng: Rng, n: number, precision: Precision = rng.weighted(PRECISION_WEIGHTS)): Dated {
  const s = shape(n, precision);
  const english = rng.chance(0.5);
  // An exact day usually needs no words; other precisions keep what was said, in English or Russian.
  const text = precision === 'day' ? (rng.chance(0.3) ? s.en : undefined) : english ? s.en : s.ru;
  return {
    date: { precision, earliest: s.earliestIso, latest: s.latestIso, ...(text !== undefined ? { text } : {}) },
    phrase: s.phrase,
    earliest: s.earliest,
    latest: s.latest,
  };
}

/** A birth date: usually a year, sometimes the exact day from an ID card, sometimes a guess. */
export function birthDate(rng: Rng, year: number): Dated {
  const n = day(year, rng.int(1, 12), rng.int(1, 28));
  return fuzzy(rng, n, rng.weighted([['year', 55], ['day', 30], ['about', 15]] as const));
}
