import { compareFuzzyDates } from '../../../shared/dates/fuzzy-date';
import type { TimelineItem } from '../../../shared/domain/views';

/**
 * Lays a case's timeline along its chains of events: an item that follows another is drawn
 * starting no earlier than the one it follows (a transfer in "March 2019" after an arrest on
 * 10 March starts on 10 March), and at a tie the one followed comes first. The dates themselves
 * are kept; only `drawn` says where the item starts on the chart. Circles, which a merge of two
 * vaults could bring, are cut where they close, so every item is still drawn once.
 */
export function alongChains(items: readonly TimelineItem[]): TimelineItem[] {
  const byRecord = new Map<string, TimelineItem>();
  for (const item of items) if (item.kind === 'incident') byRecord.set(item.recordId, item);
  const starts = new Map<TimelineItem, { start: string; depth: number }>();
  const walking = new Set<TimelineItem>();

  function place(item: TimelineItem): { start: string; depth: number } {
    const known = starts.get(item);
    if (known) return known;
    let start = item.date.earliest;
    let depth = 0;
    const before = item.follows ? byRecord.get(item.follows.recordId) : undefined;
    if (before && !walking.has(before)) {
      walking.add(item);
      const placed = place(before);
      walking.delete(item);
      if (placed.start > start) start = placed.start;
      depth = placed.depth + 1;
    }
    const result = { start, depth };
    starts.set(item, result);
    return result;
  }

  const laid = items.map((item) => {
    const { start, depth } = place(item);
    const drawn = start === item.date.earliest ? item : { ...item, drawn: { earliest: start, latest: start > item.date.latest ? start : item.date.latest } };
    return { item: drawn, start, depth };
  });
  laid.sort((a, b) => a.start.localeCompare(b.start) || a.depth - b.depth || compareFuzzyDates(a.item.date, b.item.date) || a.item.key.localeCompare(b.item.key));
  return laid.map((entry) => entry.item);
}
