import { exactDay, formatFuzzyDate } from '../../../shared/dates/fuzzy-date';
import type { Language } from '../../../shared/languages';

/*
 * The one place the renderer writes dates and times. Months are named from the fuzzy-date
 * lexicons, as the timeline and the date fields name them, rather than through Intl: Chromium's
 * data for Kazakh writes "2026 M12 3", and Uyghur's is as thin.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function localDay(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A calendar day (`YYYY-MM-DD`) in words: "3 December 2026", "3 декабря 2026 г.", "2026 ж. 3 желтоқсан". */
export function formatDay(isoDay: string, language: Language): string {
  try {
    return formatFuzzyDate(exactDay(isoDay), language);
  } catch {
    return isoDay;
  }
}

/** Hours, minutes and, when asked, seconds on the 24-hour clock every interface language uses. */
export function formatClock(date: Date, seconds = false): string {
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return seconds ? `${time}:${pad(date.getSeconds())}` : time;
}

export interface MomentParts {
  day: string;
  /** What stands between the day and the time. */
  comma: string;
  time: string;
}

/** A stored moment's local day and time apart, so a narrow column can break between them; null when it is not a moment. */
export function momentParts(iso: string, language: Language): MomentParts | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // Uyghur separates with its own comma, as its dates elsewhere do.
  return { day: formatDay(localDay(date), language), comma: language === 'ug' ? '، ' : ', ', time: formatClock(date) };
}

/**
 * A stored moment (an ISO timestamp) as this computer's local day and time, "3 December 2026,
 * 14:05"; the raw text when it is not a moment.
 */
export function formatMoment(iso: string, language: Language): string {
  const parts = momentParts(iso, language);
  return parts ? `${parts.day}${parts.comma}${parts.time}` : iso;
}
