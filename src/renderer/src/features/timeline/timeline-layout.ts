/**
 * What the timeline draws and where: each item as days, culled to the visible window, and packed
 * into rows per lane so overlapping items never cover each other. Pure functions, so the packing
 * of five thousand items is tested without a browser.
 */
import type { FuzzyDate } from '../../../../shared/domain/common';
import type { TimelineItem } from '../../../../shared/domain/views';
import { dayNumber, scaleFor, viewEnd, type TimeView } from './timeline-scale';

export type Lane = TimelineItem['kind'];
export const LANES: readonly Lane[] = ['incident', 'testimony', 'status'];

/**
 * How sure the date is, which decides how it looks: an exact day is a solid dot, a known month or
 * year a solid bar, an "about" or a range a faded bar with soft ends.
 */
export type Certainty = 'exact' | 'period' | 'uncertain';

export function certaintyOf(date: FuzzyDate): Certainty {
  // A date known from one side only is drawn faded on the period it is after or before.
  if (date.qualifier === 'after' || date.qualifier === 'before') return 'uncertain';
  if (date.qualifier === 'night') return 'period';
  if (date.precision === 'about' || date.precision === 'range') return 'uncertain';
  return date.earliest === date.latest ? 'exact' : 'period';
}

export interface PreparedItem {
  item: TimelineItem;
  lane: Lane;
  /** The earliest possible day. */
  start: number;
  /** The day after the latest possible day. */
  end: number;
  certainty: Certainty;
  /**
   * A detention: the day the person's next status change began, or today when none followed
   * (`openEnded`). Drawn as a tail after the mark, so the period reads as a horizontal range.
   */
  periodEnd?: number;
  openEnded?: boolean;
}

/**
 * Items as days, in order of their earliest day; items with unreadable dates are left out. An
 * incident that follows another is placed where the core drew it (`drawn`), never before it.
 */
export function prepareItems(items: readonly TimelineItem[], today: number): PreparedItem[] {
  const prepared: PreparedItem[] = [];
  for (const item of items) {
    const span = item.drawn ?? item.date;
    const start = dayNumber(span.earliest);
    const last = dayNumber(span.latest);
    if (!Number.isFinite(start) || !Number.isFinite(last) || last < start) continue;
    prepared.push({ item, lane: item.kind, start, end: last + 1, certainty: certaintyOf(item.date) });
  }
  prepared.sort((a, b) => a.start - b.start || a.end - b.end || (a.item.key < b.item.key ? -1 : 1));
  addDetentionPeriods(prepared, today);
  return prepared;
}

function addDetentionPeriods(prepared: PreparedItem[], today: number): void {
  const byPerson = new Map<string, PreparedItem[]>();
  for (const p of prepared) {
    if (p.lane !== 'status') continue;
    const list = byPerson.get(p.item.recordId);
    if (list) list.push(p);
    else byPerson.set(p.item.recordId, [p]);
  }
  for (const changes of byPerson.values()) {
    changes.forEach((change, index) => {
      if (change.item.type !== 'detained') return;
      const next = changes[index + 1];
      if (next) {
        if (next.start > change.end) change.periodEnd = next.start;
      } else if (today > change.end) {
        change.periodEnd = today;
        change.openEnded = true;
      }
    });
  }
}

/** The last day any item reaches, detention periods included. */
export function extentEnd(p: PreparedItem): number {
  return Math.max(p.end, p.periodEnd ?? p.end);
}

/**
 * The first and last day of the items' known dates, which the timeline opens on and "Show all"
 * returns to. A detention nothing has ended counts by its start: running it on to today would
 * stretch the window over years of nothing and squeeze the case's events into a few pixels.
 */
export function dayBounds(prepared: readonly PreparedItem[]): { first: number; last: number } {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const p of prepared) {
    first = Math.min(first, p.start);
    last = Math.max(last, p.openEnded ? p.end : extentEnd(p));
  }
  return { first, last };
}

/**
 * The items that reach into the window. Items are in order of their first day, so everything
 * from the first item that starts after the window on is skipped without a look.
 */
export function cull(prepared: readonly PreparedItem[], view: TimeView): PreparedItem[] {
  const end = viewEnd(view);
  let low = 0;
  let high = prepared.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (prepared[middle]!.start < end) low = middle + 1;
    else high = middle;
  }
  const visible: PreparedItem[] = [];
  for (let i = 0; i < low; i++) {
    const p = prepared[i]!;
    if (extentEnd(p) > view.start) visible.push(p);
  }
  return visible;
}

export interface PlacedItem {
  prepared: PreparedItem;
  row: number;
  /** Left and right edge of the mark, in plot pixels (may lie outside the plot). */
  x0: number;
  x1: number;
  /** Where the detention tail ends, if there is one. */
  tailEnd?: number;
}

export interface LaneLayout {
  lane: Lane;
  /** Items in the window, placed or not. */
  visible: number;
  rows: number;
  placed: PlacedItem[];
  /** Items in the window that found no free row: shown as a density strip, reached by zooming in. */
  hidden: number;
  density: Array<{ x: number; count: number }>;
}

export interface LayoutOptions {
  width: number;
  maxRows: number;
  /** Exact days are dots of this diameter; bars are never narrower. */
  markPx: number;
  gapPx: number;
  /** The room an item's label needs after its start (0 when labels are off). */
  labelPx(p: PreparedItem): number;
  densityBucketPx?: number;
}

const CERTAINTY_RANK: Record<Certainty, number> = { exact: 0, period: 1, uncertain: 2 };

interface Candidate {
  p: PreparedItem;
  x0: number;
  x1: number;
  tailEnd: number | undefined;
  /** Where the item's room starts and ends on its row, label and gap included. */
  from: number;
  to: number;
}

/** Whether [from, to) is free in a row of sorted, disjoint spans; the index to insert at if so. */
function freeAt(row: ReadonlyArray<readonly [number, number]>, from: number, to: number): number {
  let low = 0;
  let high = row.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (row[middle]![0] < to) low = middle + 1;
    else high = middle;
  }
  const before = row[low - 1];
  return before !== undefined && before[1] > from ? -1 : low;
}

/**
 * A follower starting on its predecessor's day would still begin left of it when the predecessor
 * is a dot centred in a wide day: its mark starts no further left than the predecessor's mark.
 */
function keepChainsInOrder(candidates: Candidate[], markPx: number): void {
  const byRecord = new Map<string, Candidate>();
  for (const c of candidates) if (c.p.item.kind === 'incident') byRecord.set(c.p.item.recordId, c);
  const done = new Set<Candidate>();
  const settle = (c: Candidate, walking: Set<Candidate>): void => {
    if (done.has(c)) return;
    done.add(c);
    const before = c.p.item.follows ? byRecord.get(c.p.item.follows.recordId) : undefined;
    if (!before || walking.has(before)) return;
    settle(before, new Set(walking).add(c));
    const shift = before.x0 - c.x0;
    if (shift <= 0) return;
    if (c.p.certainty === 'exact') c.x1 += shift;
    else c.x1 = Math.max(c.x1, before.x0 + markPx);
    c.x0 = before.x0;
    c.to = Math.max(c.to, c.x1);
    c.from = c.x0;
  };
  for (const c of candidates) settle(c, new Set());
}

/**
 * Packs one lane's visible items into rows so that nothing overlaps: each item takes the first
 * row with room for it. Exact days are placed first, then known periods, then vague ranges,
 * shortest first, so a precise date never loses its place to a long uncertain bar. Rows past
 * `maxRows` are not drawn; what found no room is counted into a density strip instead, reached by
 * zooming in, so a zoomed-out view of thousands of items stays fast.
 */
export function layoutLane(lane: Lane, visible: readonly PreparedItem[], view: TimeView, options: LayoutOptions): LaneLayout {
  const scale = scaleFor(view, options.width);
  const bucketPx = options.densityBucketPx ?? 6;
  const candidates: Candidate[] = [];
  for (const p of visible) {
    if (p.lane !== lane) continue;
    let x0: number;
    let x1: number;
    if (p.certainty === 'exact') {
      const centre = scale.x(p.start + 0.5);
      x0 = centre - options.markPx / 2;
      x1 = centre + options.markPx / 2;
    } else {
      x0 = scale.x(p.start);
      x1 = Math.max(scale.x(p.end), x0 + options.markPx);
    }
    const tailEnd = p.periodEnd !== undefined ? scale.x(p.periodEnd) : undefined;
    const labelStart = Math.max(x0, 0);
    const to = Math.max(x1, tailEnd ?? x1, labelStart + options.labelPx(p)) + options.gapPx;
    candidates.push({ p, x0, x1, tailEnd, from: x0, to });
  }
  keepChainsInOrder(candidates, options.markPx);
  candidates.sort(
    (a, b) => CERTAINTY_RANK[a.p.certainty] - CERTAINTY_RANK[b.p.certainty] || a.to - a.from - (b.to - b.from) || a.from - b.from,
  );
  const rows: Array<Array<readonly [number, number]>> = [];
  const placed: PlacedItem[] = [];
  const buckets = new Map<number, number>();
  let hidden = 0;
  for (const c of candidates) {
    let row = -1;
    let at = -1;
    for (let r = 0; r < rows.length; r++) {
      at = freeAt(rows[r]!, c.from, c.to);
      if (at !== -1) {
        row = r;
        break;
      }
    }
    if (row === -1 && rows.length < options.maxRows) {
      row = rows.length;
      rows.push([]);
      at = 0;
    }
    if (row === -1) {
      hidden++;
      const bucket = Math.floor(Math.min(Math.max(c.x0, 0), options.width - 1) / bucketPx);
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
      continue;
    }
    rows[row]!.splice(at, 0, [c.from, c.to]);
    const { p, x0, x1, tailEnd } = c;
    placed.push(tailEnd === undefined ? { prepared: p, row, x0, x1 } : { prepared: p, row, x0, x1, tailEnd });
  }
  const density = [...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([bucket, n]) => ({ x: bucket * bucketPx, count: n }));
  return { lane, visible: candidates.length, rows: rows.length, placed, hidden, density };
}
