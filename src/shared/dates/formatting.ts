import type { FuzzyDate } from '../domain/common';
import type { Language } from '../languages';
import { addUnits, compareYmd, isWholeMonths, isWholeYears, nextDay, parseIso, sameYmd, widen, type Interval, type Unit, type Ymd } from './calendar';
import { EN_MONTHS, EN_SHORT } from './lexicon-en';
import { KK_MONTHS } from './lexicon-kk';
import { RU_GENITIVE, RU_NOMINATIVE, RU_SHORT } from './lexicon-ru';
import { UG_MONTHS } from './lexicon-ug';
import { renderBound, renderNight } from './qualified-formatting';

/** Dates are read and written in every interface language. */
export type FuzzyDateLanguage = Language;

/**
 * Nominative month names, January first, for pickers and labels. Copies: the parser keeps its own
 * tables, so a caller mutating these cannot change what parses.
 */
export const MONTH_NAMES: Record<FuzzyDateLanguage, string[]> = {
  en: [...EN_MONTHS],
  ru: [...RU_NOMINATIVE],
  kk: [...KK_MONTHS],
  ug: [...UG_MONTHS],
};

function monthName(table: readonly string[], month: number): string {
  return table[month - 1] ?? String(month);
}

export type Shape =
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

/**
 * Uyghur writes the year with its possessive ("2018-يىلى") and the day as an ordinal glued to the
 * month ("5-مارت"), year first like Kazakh. Digits stay Western, as Uyghur print uses them.
 */
function renderUg(shape: Shape): string {
  const name = (m: number) => monthName(UG_MONTHS, m);
  const year = (y: number) => `${y}-يىلى`;
  switch (shape.k) {
    case 'day':
      return `${year(shape.date.y)} ${shape.date.d}-${name(shape.date.m)}`;
    case 'month':
      return `${year(shape.y)} ${name(shape.m)}`;
    case 'year':
      return year(shape.y);
    case 'years':
      return `${shape.from}–${shape.to}-يىللىرى`;
    case 'months': {
      const { from, to } = shape;
      return from.y === to.y ? `${year(to.y)} ${name(from.m)} – ${name(to.m)}` : `${year(from.y)} ${name(from.m)} – ${year(to.y)} ${name(to.m)}`;
    }
    case 'days': {
      const { from, to } = shape;
      if (from.y === to.y && from.m === to.m) return `${year(to.y)} ${from.d}–${to.d}-${name(to.m)}`;
      if (from.y === to.y) return `${year(to.y)} ${from.d}-${name(from.m)} – ${to.d}-${name(to.m)}`;
      return `${year(from.y)} ${from.d}-${name(from.m)} – ${year(to.y)} ${to.d}-${name(to.m)}`;
    }
  }
}

const RENDER: Record<FuzzyDateLanguage, (shape: Shape) => string> = { en: renderEn, ru: renderRu, kk: renderKk, ug: renderUg };

const RENDER_ABOUT: Record<FuzzyDateLanguage, (shape: Shape) => string> = {
  en: (shape) => `about ${renderEn(shape)}`,
  ru: renderAboutRu,
  kk: (shape) => `шамамен ${renderKk(shape)}`,
  ug: (shape) => `تەخمىنەن ${renderUg(shape)}`,
};

function render(shape: Shape, language: FuzzyDateLanguage): string {
  return RENDER[language](shape);
}

function renderAbout(shape: Shape, language: FuzzyDateLanguage): string {
  return RENDER_ABOUT[language](shape);
}

function renderAboutRu(shape: Shape): string {
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
  if (date.qualifier === 'night' && sameYmd(nextDay(e), l)) return renderNight(e, l, language);
  if ((date.qualifier === 'after' || date.qualifier === 'before') && date.precision !== 'about') {
    return renderBound(date.qualifier, shapeOf(interval), language, RENDER[language], renderRu);
  }
  if (date.precision === 'about') return renderAbout(shapeOf(unwiden(interval) ?? interval), language);
  return render(shapeOf(interval), language);
}

/** A known calendar day (`YYYY-MM-DD`) as a FuzzyDate; throws on anything that is not one. */
export function exactDay(isoDay: string): FuzzyDate {
  if (!parseIso(isoDay)) throw new RangeError(`exactDay: not a calendar day: "${isoDay}"`);
  return { precision: 'day', earliest: isoDay, latest: isoDay };
}

/** Before a period comes what was before it, and after it what was after it. */
const QUALIFIER_ORDER = { before: -1, night: 0, after: 1 } as const;

/**
 * Orders by earliest possible day, then by latest, so the surer of two dates comes first; an
 * "after" or "before" date sorts at the period it is bounded by, just after or before it.
 */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  return (a.qualifier ? QUALIFIER_ORDER[a.qualifier] : 0) - (b.qualifier ? QUALIFIER_ORDER[b.qualifier] : 0);
}
