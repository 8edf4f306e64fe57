// Calendar arithmetic on plain numbers, so nothing depends on the machine's time zone.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export interface Interval {
  e: Ymd;
  l: Ymd;
}

/** "About 5 March" is human recollection: a day either side would be false precision. */
const ABOUT_DAYS = 7;

export type Unit = 'day' | 'month' | 'year';

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isRealDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function toIso(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

export function parseIso(value: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return isRealDay(y, m, d) ? { y, m, d } : null;
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function sameYmd(a: Ymd, b: Ymd): boolean {
  return compareYmd(a, b) === 0;
}

function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The calendar day after `date`: a night runs from one day into the next. */
export function nextDay(date: Ymd): Ymd {
  return addDays(date, 1);
}

export function previousDay(date: Ymd): Ymd {
  return addDays(date, -1);
}

function isMonthEnd(date: Ymd): boolean {
  return date.d === daysInMonth(date.y, date.m);
}

export function isWholeMonths(interval: Interval): boolean {
  return interval.e.d === 1 && isMonthEnd(interval.l);
}

export function isWholeYears(interval: Interval): boolean {
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

export function addUnits(date: Ymd, unit: Unit, n: number): Ymd {
  if (unit === 'day') return addDays(date, n * ABOUT_DAYS);
  return addMonths(date, unit === 'month' ? n : n * 12);
}

/**
 * "About" widens by the unit the period is made of: whole years by a year, whole months (a month,
 * a season, "early 2018") by a month, anything finer by a week. Taking it from the period rather
 * than the words lets the formatter undo it exactly, so "about …" reads back to the same days.
 */
export function unitOf(interval: Interval): Unit {
  if (isWholeYears(interval)) return 'year';
  return isWholeMonths(interval) ? 'month' : 'day';
}

export function widen(interval: Interval, unit: Unit): Interval {
  return { e: addUnits(interval.e, unit, -1), l: addUnits(interval.l, unit, 1) };
}

export function monthInterval(y: number, fromMonth: number, toMonth: number): Interval {
  // Months past December roll into the next year (winter runs December to February).
  const end = addMonths({ y, m: 1, d: 1 }, toMonth - 1);
  const start = addMonths({ y, m: 1, d: 1 }, fromMonth - 1);
  return { e: start, l: { ...end, d: daysInMonth(end.y, end.m) } };
}
