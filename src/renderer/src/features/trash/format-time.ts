import { exactDay, formatFuzzyDate, type FuzzyDateLanguage } from '../../../../shared/dates/fuzzy-date';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A moment (ISO timestamp) as this computer's local day and time, the day written the way the
 * timeline writes days in each language ("5 марта 2018 г., 14:05"); the raw text if unreadable.
 */
export function formatMoment(iso: string, language: FuzzyDateLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${formatFuzzyDate(exactDay(day), language)}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
