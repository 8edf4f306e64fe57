// Grammar: one or two groups of date parts, split by a range separator.
import type { DateQualifier, FuzzyDate } from '../domain/common';
import { compareYmd, daysInMonth, isRealDay, monthInterval, nextDay, parseIso, previousDay, sameYmd, toIso, unitOf, widen, type Interval } from './calendar';
import { tokenize } from './tokenizer';
import { SEP, type Part, type Season, type Token } from './vocabulary';

export interface ParseFuzzyDateOptions {
  /** `YYYY-MM-DD`; needed only for relative words ("last year", "в прошлом году", "былтыр"). */
  today?: string;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Matches `shortText(200)` on `fuzzyDate.text`: anything longer is not a date anyway. */
const MAX_TEXT = 200;

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

interface Qualified {
  qualifier: DateQualifier | undefined;
  tokens: Token[];
}

const isRangeMarker = (t: Token) => t.k === 'sep' || t.k === 'start' || t.k === 'end';

/**
 * Takes out the words that make a date open on one side or a night. "After" and "before" stand
 * first ("после 10 марта") or last ("наурыздан кейін"), where the ablative they govern would
 * otherwise read as a range; an "until" with nothing on its other side ("до 2019", "2019 жылға
 * дейін") bounds the date from above.
 */
function takeQualifier(tokens: readonly Token[]): Qualified | null {
  const night = tokens.some((t) => t.k === 'night');
  const bounds = tokens.filter((t) => t.k === 'after' || t.k === 'before');
  if (bounds.length > 1 || (night && bounds.length > 0)) return null;
  if (night) return { qualifier: 'night', tokens: tokens.filter((t) => t.k !== 'night').map((t) => (t.k === 'onto' ? SEP : t)) };
  let rest = tokens.filter((t) => t.k !== 'onto');
  const bound = bounds[0];
  if (bound?.k === 'after' || bound?.k === 'before') {
    const at = rest.indexOf(bound);
    if (at === 0) return { qualifier: bound.k, tokens: rest.slice(1) };
    if (at !== rest.length - 1) return null;
    rest = rest.slice(0, -1);
    const last = rest[rest.length - 1];
    if (last?.k === 'sep' && !last.until) rest = rest.slice(0, -1);
    return { qualifier: bound.k, tokens: rest };
  }
  const first = rest[0];
  if (first?.k === 'sep' && first.until) return { qualifier: 'before', tokens: rest.slice(1) };
  const last = rest[rest.length - 1];
  if (last?.k === 'end' && last.until && rest.filter(isRangeMarker).length === 1) return { qualifier: 'before', tokens: rest.slice(0, -1) };
  return { qualifier: undefined, tokens: rest };
}

/** A night is two consecutive days, each named as a day: "the night of 9 to 10 March". */
function nightOf(first: Partial, second: Partial | undefined): Interval | null {
  if (!second || first.d === undefined || second.d === undefined) return null;
  const interval = resolveRange(first, second);
  return interval && sameYmd(nextDay(interval.e), interval.l) ? interval : null;
}

/** Russian "в ночь на 10 марта" names only the morning: the night began the day before. */
function nightBefore(morning: Partial): Interval | null {
  const point = resolve(morning);
  if (!point || point.kind !== 'day') return null;
  const e = previousDay(point.e);
  return e.y >= MIN_YEAR ? { e, l: point.e } : null;
}

/**
 * Reads a date as typed in English, Russian, Kazakh or Uyghur; null when it is not one, is not a
 * real calendar date, or falls outside 1900–2100. `text` of the result is the input, trimmed.
 */
export function parseFuzzyDate(text: string, options: ParseFuzzyDateOptions = {}): FuzzyDate | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_TEXT) return null;
  const todayYear = todayYearOf(options.today);
  const words = tokenize(trimmed);
  if (!words) return null;
  const qualified = takeQualifier(words);
  if (!qualified || qualified.tokens.length === 0) return null;
  const { qualifier, tokens } = qualified;

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
  if (about && qualifier !== undefined) return null;

  if (qualifier === 'night' && groups.length === 2 && groups[0]?.length === 0) {
    const morning = buildPartial(groups[1] ?? [], todayYear);
    const night = morning && nightBefore(morning);
    return night ? { precision: 'range', earliest: toIso(night.e), latest: toIso(night.l), qualifier, text: trimmed } : null;
  }

  const partials: Partial[] = [];
  for (const group of groups) {
    const partial = buildPartial(group, todayYear);
    if (!partial) return null;
    partials.push(partial);
  }
  const [first, second] = partials;
  if (!first) return null;
  if (qualifier === 'night') {
    const night = nightOf(first, second);
    return night ? { precision: 'range', earliest: toIso(night.e), latest: toIso(night.l), qualifier, text: trimmed } : null;
  }

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
  return { precision, earliest: toIso(interval.e), latest: toIso(interval.l), ...(qualifier ? { qualifier } : {}), text: trimmed };
}
