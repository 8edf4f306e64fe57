import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../src/shared/domain/views';
import { certaintyOf, cull, dayBounds, layoutLane, prepareItems } from '../../src/renderer/src/features/timeline/timeline-layout';
import { dayNumber, dayOf, fitView, panView, ticksFor, zoomView } from '../../src/renderer/src/features/timeline/timeline-scale';

function item(key: string, kind: TimelineItem['kind'], earliest: string, latest = earliest, precision: TimelineItem['date']['precision'] = 'day', extra: Partial<TimelineItem> = {}): TimelineItem {
  return { key, recordId: key.split('#')[0]!, kind, label: key, date: { precision, earliest, latest }, personIds: [], ...extra };
}

const TODAY = dayNumber('2025-01-01');

describe('timeline scale', () => {
  it('counts days in UTC and zooms around the anchor', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2018-13-01')).toBeNaN();
    const view = { start: 0, span: 100 };
    expect(zoomView(view, 2, 0.5)).toEqual({ start: 25, span: 50 });
    expect(zoomView(view, 2, 0)).toEqual({ start: 0, span: 50 });
    expect(panView(view, -0.2)).toEqual({ start: -20, span: 100 });
    // Never narrower than a week.
    expect(zoomView(view, 1000).span).toBe(7);
  });

  it('picks ticks that fit the zoom: years far out, months closer, days closest', () => {
    const decade = fitView(dayOf(2010), dayOf(2020));
    const years = ticksFor(decade, 1000);
    expect(years.every((tick) => tick.unit === 'year')).toBe(true);
    expect(years.map((tick) => tick.year)).toContain(2015);
    const months = ticksFor({ start: dayOf(2018, 1, 1), span: 365 }, 1000);
    expect(months[0]?.unit).toBe('month');
    expect(months.find((tick) => tick.major)?.year).toBe(2018);
    const days = ticksFor({ start: dayOf(2018, 3, 1), span: 20 }, 1000);
    expect(days[0]).toMatchObject({ unit: 'day', month: 3, dayOfMonth: 1, major: true });
    for (const ticks of [years, months, days]) {
      for (const tick of ticks) expect(tick.day).toBeGreaterThanOrEqual(ticks[0]!.day);
    }
  });
});

describe('timeline layout', () => {
  it('tells exact days from known periods and uncertain dates', () => {
    expect(certaintyOf({ precision: 'day', earliest: '2018-03-05', latest: '2018-03-05' })).toBe('exact');
    expect(certaintyOf({ precision: 'year', earliest: '2018-01-01', latest: '2018-12-31' })).toBe('period');
    expect(certaintyOf({ precision: 'about', earliest: '2017-01-01', latest: '2019-12-31' })).toBe('uncertain');
    expect(certaintyOf({ precision: 'range', earliest: '2017-03-01', latest: '2018-06-30' })).toBe('uncertain');
    // Open on one side: faded on the period it is after or before. A night is a known two-day period.
    expect(certaintyOf({ precision: 'day', earliest: '2019-03-10', latest: '2019-03-10', qualifier: 'after' })).toBe('uncertain');
    expect(certaintyOf({ precision: 'month', earliest: '2019-03-01', latest: '2019-03-31', qualifier: 'before' })).toBe('uncertain');
    expect(certaintyOf({ precision: 'range', earliest: '2019-03-09', latest: '2019-03-10', qualifier: 'night' })).toBe('period');
  });

  it('draws a follower where the core placed it, and never left of the mark of what it follows', () => {
    const arrest = item('arrest', 'incident', '2019-03-10');
    const transfer = item('transfer', 'incident', '2019-03-01', '2019-03-31', 'month', {
      follows: { recordId: 'arrest', label: 'arrest' },
      drawn: { earliest: '2019-03-10', latest: '2019-03-31' },
    });
    const prepared = prepareItems([arrest, transfer], TODAY);
    expect(prepared.find((p) => p.item.key === 'transfer')?.start).toBe(dayNumber('2019-03-10'));
    // Zoomed so close that a day is far wider than the arrest's dot, which sits mid-day.
    const view = { start: dayNumber('2019-03-08'), span: 10 };
    const lane = layoutLane('incident', cull(prepared, view), view, { width: 1000, maxRows: 5, markPx: 12, gapPx: 2, labelPx: () => 0 });
    const x0 = (key: string) => lane.placed.find((p) => p.prepared.item.key === key)?.x0 ?? Number.NaN;
    expect(x0('transfer')).toBeGreaterThanOrEqual(x0('arrest'));
    expect(lane.placed.find((p) => p.prepared.item.key === 'transfer')?.x1).toBeCloseTo(1000 * (dayNumber('2019-04-01') - view.start) / 10);
  });

  it('draws a detention up to the next status change, or to today', () => {
    const prepared = prepareItems(
      [
        item('p1#0', 'status', '2017-05-01', '2017-05-31', 'month', { type: 'detained' }),
        item('p1#1', 'status', '2019-02-10', '2019-02-10', 'day', { type: 'released' }),
        item('p2#0', 'status', '2018-01-01', '2018-12-31', 'year', { type: 'detained' }),
      ],
      TODAY,
    );
    const byKey = new Map(prepared.map((p) => [p.item.key, p]));
    expect(byKey.get('p1#0')?.periodEnd).toBe(dayNumber('2019-02-10'));
    expect(byKey.get('p1#1')?.periodEnd).toBeUndefined();
    expect(byKey.get('p2#0')).toMatchObject({ periodEnd: TODAY, openEnded: true });
    // An open detention counts by its start: the window opens on the dates known, not on today.
    expect(dayBounds(prepared)).toEqual({ first: dayNumber('2017-05-01'), last: dayNumber('2019-02-11') });
  });

  it('culls to the window and packs overlapping items into rows', () => {
    const items = [
      item('a', 'incident', '2018-01-01', '2018-12-31', 'year'),
      item('b', 'incident', '2018-06-01', '2018-06-30', 'month'),
      item('c', 'incident', '2019-06-01'),
      item('d', 'incident', '2030-01-01'),
    ];
    const prepared = prepareItems(items, TODAY);
    const view = { start: dayNumber('2017-12-01'), span: 800 };
    const visible = cull(prepared, view);
    expect(visible.map((p) => p.item.key)).toEqual(['a', 'b', 'c']);
    const lane = layoutLane('incident', visible, view, { width: 800, maxRows: 5, markPx: 12, gapPx: 2, labelPx: () => 0 });
    const rowOf = Object.fromEntries(lane.placed.map((p) => [p.prepared.item.key, p.row]));
    // The month (a known period, shorter) is placed before the year it overlaps.
    expect(rowOf).toEqual({ a: 1, b: 0, c: 0 });
    expect(lane.hidden).toBe(0);
  });

  it('never gives the row of a precise date to a vague one when rows run out', () => {
    const vague = Array.from({ length: 4 }, (_, n) => item(`v${n}`, 'incident', '2010-01-01', '2020-12-31', 'about'));
    const exact = item('x', 'incident', '2015-06-01');
    const prepared = prepareItems([...vague, exact], TODAY);
    const view = { start: dayNumber('2014-01-01'), span: 730 };
    const lane = layoutLane('incident', cull(prepared, view), view, { width: 500, maxRows: 2, markPx: 10, gapPx: 2, labelPx: () => 0 });
    expect(lane.placed.map((p) => p.prepared.item.key)).toContain('x');
    expect(lane.placed.find((p) => p.prepared.item.key === 'x')?.row).toBe(0);
    expect(lane.hidden).toBe(3);
  });

  it('keeps five thousand items to a bounded number of marks, counting the rest', () => {
    const items: TimelineItem[] = [];
    for (let i = 0; i < 5000; i++) {
      const day = new Date(Date.UTC(2010, 0, 1 + ((i * 7) % 3650))).toISOString().slice(0, 10);
      items.push(item(`i${i}`, i % 3 === 0 ? 'incident' : i % 3 === 1 ? 'testimony' : 'status', day));
    }
    const prepared = prepareItems(items, TODAY);
    const { first, last } = dayBounds(prepared);
    const view = fitView(first, last);
    const started = performance.now();
    const visible = cull(prepared, view);
    const lanes = (['incident', 'testimony', 'status'] as const).map((lane) =>
      layoutLane(lane, visible, view, { width: 1000, maxRows: 10, markPx: 12, gapPx: 3, labelPx: () => 0 }),
    );
    const elapsed = performance.now() - started;
    const placed = lanes.reduce((n, lane) => n + lane.placed.length, 0);
    const hidden = lanes.reduce((n, lane) => n + lane.hidden, 0);
    expect(placed + hidden).toBe(5000);
    expect(placed).toBeLessThanOrEqual(3 * 10 * Math.ceil(1000 / 15) + 30);
    expect(lanes.every((lane) => lane.rows <= 10)).toBe(true);
    // Zoomed in on one year, everything there has room.
    const year = { start: dayOf(2015), span: 365 };
    const inYear = cull(prepared, year);
    expect(inYear.length).toBeLessThan(1000);
    expect(elapsed).toBeLessThan(1000);
  });
});
