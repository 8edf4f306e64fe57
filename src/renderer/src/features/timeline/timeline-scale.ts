/**
 * The time axis of the timeline: days as plain numbers (days since 1970-01-01, UTC, so nothing
 * depends on the machine's time zone), the visible window, zoom and pan, and ticks that adapt to
 * the zoom. Pure functions: no DOM, no React.
 */

const DAY_MS = 86_400_000;

/** The narrowest window: a week. The widest: two centuries. */
export const MIN_SPAN_DAYS = 7;
export const MAX_SPAN_DAYS = 365.25 * 200;

/** `YYYY-MM-DD` as a day number; NaN when it is not one. */
export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return Number.NaN;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC would roll 2018-13-01 over into 2019: such a date is no date.
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return Number.NaN;
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] ?? 31);
}

export function dayOf(year: number, month = 1, day = 1): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function ymdOf(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The visible window: `start` is a (fractional) day number, `span` how many days fit the width. */
export interface TimeView {
  start: number;
  span: number;
}

export function viewEnd(view: TimeView): number {
  return view.start + view.span;
}

export function clampSpan(span: number): number {
  return Math.min(MAX_SPAN_DAYS, Math.max(MIN_SPAN_DAYS, span));
}

/** A window showing every day from `first` to `last` (exclusive), with a margin either side. */
export function fitView(first: number, last: number): TimeView {
  if (!Number.isFinite(first) || !Number.isFinite(last) || last <= first) {
    const today = Math.floor(Date.now() / DAY_MS);
    return { start: today - 365, span: 730 };
  }
  const span = clampSpan((last - first) * 1.1);
  const middle = (first + last) / 2;
  return { start: middle - span / 2, span };
}

/**
 * Zooms by `factor` (above 1 zooms in) keeping the day under `anchor` (0 = left edge, 1 = right
 * edge of the plot) where it is, as maps do under the mouse.
 */
export function zoomView(view: TimeView, factor: number, anchor = 0.5): TimeView {
  const fraction = Math.min(1, Math.max(0, Number.isFinite(anchor) ? anchor : 0.5));
  const span = clampSpan(view.span / factor);
  const anchored = view.start + view.span * fraction;
  return { start: anchored - span * fraction, span };
}

/** Moves the window by a fraction of its width (negative: towards the past). */
export function panView(view: TimeView, fraction: number): TimeView {
  return { start: view.start + view.span * fraction, span: view.span };
}

/** Converts between days and x in pixels for a plot of `width` pixels. */
export interface Scale {
  x(day: number): number;
  day(x: number): number;
  pxPerDay: number;
}

export function scaleFor(view: TimeView, width: number): Scale {
  const pxPerDay = width / view.span;
  return {
    pxPerDay,
    x: (day) => (day - view.start) * pxPerDay,
    day: (x) => view.start + x / pxPerDay,
  };
}

// ---------------------------------------------------------------------------------------------
// Ticks

export type TickUnit = 'year' | 'month' | 'day';

interface TickStep {
  unit: TickUnit;
  every: number;
  /** Roughly how many days apart two ticks are, to pick a step that leaves room for labels. */
  days: number;
}

const STEPS: readonly TickStep[] = [
  { unit: 'day', every: 1, days: 1 },
  { unit: 'day', every: 5, days: 5 },
  { unit: 'day', every: 10, days: 10 },
  { unit: 'month', every: 1, days: 30.4 },
  { unit: 'month', every: 3, days: 91.3 },
  { unit: 'month', every: 6, days: 182.6 },
  { unit: 'year', every: 1, days: 365.25 },
  { unit: 'year', every: 2, days: 730.5 },
  { unit: 'year', every: 5, days: 1826 },
  { unit: 'year', every: 10, days: 3652 },
  { unit: 'year', every: 25, days: 9131 },
  { unit: 'year', every: 50, days: 18262 },
];

export interface Tick {
  day: number;
  /** A major tick starts a year (or, when days are shown, a month) and carries the wider label. */
  major: boolean;
  unit: TickUnit;
  year: number;
  month: number;
  dayOfMonth: number;
}

/** The finest step whose ticks stay at least `minPx` apart. */
export function tickStep(pxPerDay: number, minPx: number): TickStep {
  return STEPS.find((step) => step.days * pxPerDay >= minPx) ?? STEPS[STEPS.length - 1]!;
}

/** Ticks inside the window only, so a zoomed-in view of two centuries stays cheap. */
export function ticksFor(view: TimeView, width: number, minPx = 64): Tick[] {
  const { pxPerDay } = scaleFor(view, width);
  const step = tickStep(pxPerDay, minPx);
  const first = ymdOf(Math.floor(view.start));
  const last = viewEnd(view);
  const ticks: Tick[] = [];
  const push = (y: number, m: number, d: number, major: boolean): boolean => {
    const day = dayOf(y, m, d);
    if (day > last) return false;
    if (day >= view.start) ticks.push({ day, major, unit: step.unit, year: y, month: m, dayOfMonth: d });
    return true;
  };
  if (step.unit === 'year') {
    let y = Math.floor(first.y / step.every) * step.every;
    while (push(y, 1, 1, true)) y += step.every;
  } else if (step.unit === 'month') {
    let index = first.y * 12 + Math.floor((first.m - 1) / step.every) * step.every;
    for (;;) {
      const y = Math.floor(index / 12);
      const m = (index % 12) + 1;
      if (!push(y, m, 1, m === 1)) break;
      index += step.every;
    }
  } else {
    let index = first.y * 12 + first.m - 1;
    for (let guard = 0; guard < 10_000; guard++) {
      const y = Math.floor(index / 12);
      const m = (index % 12) + 1;
      const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
      let inside = true;
      for (let d = 1; d <= days; d += step.every) {
        // "1, 11, 21" rather than a lonely 31st next to the 1st.
        if (step.every > 1 && days - d < step.every / 2 && d !== 1) continue;
        if (!push(y, m, d, d === 1)) {
          inside = false;
          break;
        }
      }
      if (!inside) break;
      index += 1;
    }
  }
  return ticks;
}
