import { compareFuzzyDates } from '../../../../shared/dates/fuzzy-date';
import type { PersonData } from '../../../../shared/domain/records';

type StatusChange = PersonData['statusHistory'][number];

/** The current status: the latest by date; undated changes count as the most recent entered. */
export function latestStatus(history: readonly StatusChange[]): StatusChange | undefined {
  const dated = history.filter((change) => change.date);
  const undated = history.filter((change) => !change.date);
  if (undated.length > 0) return undated[undated.length - 1];
  return [...dated].sort((a, b) => (a.date && b.date ? compareFuzzyDates(a.date, b.date) : 0)).at(-1);
}
