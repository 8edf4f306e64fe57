import type { Language } from '../languages';
import { parseIso, toIso } from './calendar';
import { formatFuzzyDate } from './formatting';
import { parseFuzzyDate } from './grammar';

/** The days a day field accepts, as the forms' date pickers did. */
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2100-12-31';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A calendar day as a day field shows it, one clear format per language: English in words
 * ("3 December 2026", never the ambiguous 12/03), Russian and Kazakh with dots ("03.12.2026"),
 * Uyghur year first ("2026-12-03"), as its dates are written year first. Each reads back with
 * `parseDayInput`. Anything that is not a day comes back as it was.
 */
export function formatDayForInput(iso: string, language: Language): string {
  const day = parseIso(iso);
  if (!day) return iso;
  switch (language) {
    case 'en':
      return formatFuzzyDate({ precision: 'day', earliest: iso, latest: iso }, 'en');
    case 'ru':
    case 'kk':
      return `${pad(day.d)}.${pad(day.m)}.${day.y}`;
    case 'ug':
      return toIso(day);
  }
}

/**
 * A typed day as `YYYY-MM-DD`, or null when the text is not exactly one day within the bounds.
 * The fuzzy-date reader does the reading, so every language's month names and day-first numbers
 * ("03.12.2026", "3 декабря 2026", "2026 ж. 3 желтоқсан", "2026-يىلى 3-دېكابىر") are understood;
 * a month, a range or an "about" is refused, since the field holds one known day.
 */
export function parseDayInput(text: string): string | null {
  const clean = text.trim();
  if (clean === '') return null;
  const parsed = parseFuzzyDate(clean);
  if (!parsed || parsed.precision === 'about' || parsed.earliest !== parsed.latest) return null;
  if (parsed.earliest < FIRST_DAY || parsed.earliest > LAST_DAY) return null;
  return parsed.earliest;
}

/** The day `days` away from `iso`, kept within the bounds; for the arrow keys of a day field. */
export function stepDay(iso: string, days: number): string {
  const day = parseIso(iso);
  if (!day) return iso;
  const moved = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
  const next = toIso({ y: moved.getUTCFullYear(), m: moved.getUTCMonth() + 1, d: moved.getUTCDate() });
  return next < FIRST_DAY ? FIRST_DAY : next > LAST_DAY ? LAST_DAY : next;
}
