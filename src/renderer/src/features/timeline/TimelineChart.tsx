import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFuzzyDate, type FuzzyDateLanguage } from '../../../../shared/dates/fuzzy-date';
import type { TimelineItem } from '../../../../shared/domain/views';
import { cull, LANES, layoutLane, type LaneLayout, type PlacedItem, type PreparedItem } from './timeline-layout';
import { fitView, panView, ticksFor, viewEnd, ymdOf, zoomView, type Tick, type TimeView } from './timeline-scale';

/** Geometry in SVG pixels. */
const AXIS_H = 44;
const LANE_HEADER_H = 26;
const LANE_GAP = 10;
const DENSITY_H = 14;
const LABELLED = { rowH: 40, maxRows: 8, markPx: 12, gapPx: 10 };
const COMPACT = { rowH: 16, maxRows: 8, markPx: 10, gapPx: 3 };
/** Up to this many items in the window, each gets its label on the axis; beyond, only marks. */
const LABEL_LIMIT = 150;
const LABEL_CHARS = 30;
const LABEL_CHAR_PX = 7;
const ZOOM_STEP = 1.5;
const PAN_STEP = 0.2;
const DRAG_THRESHOLD_PX = 4;
const DEFAULT_WIDTH = 900;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

interface TimelineChartProps {
  items: readonly PreparedItem[];
  /** The first and last day of the whole timeline, for "fit". */
  bounds: { first: number; last: number };
  language: FuzzyDateLanguage;
  /** What an item is called on screen; asked only for the items drawn. */
  nameOf(item: TimelineItem): string;
  onOpen(item: TimelineItem): void;
  /** When the data arrived (performance.now()), to measure the time to the first drawn items. */
  loadedAt: number;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The visible window in words, whole months, for the live region. */
function rangeText(view: TimeView, language: FuzzyDateLanguage): string {
  const start = ymdOf(Math.floor(view.start));
  const end = ymdOf(Math.floor(viewEnd(view)));
  const lastDay = new Date(Date.UTC(end.y, end.m, 0)).getUTCDate();
  const earliest = `${String(start.y).padStart(4, '0')}-${String(start.m).padStart(2, '0')}-01`;
  const latest = `${String(end.y).padStart(4, '0')}-${String(end.m).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
  return formatFuzzyDate({ precision: 'range', earliest, latest }, language);
}

export function itemDate(item: TimelineItem, language: FuzzyDateLanguage): string {
  return formatFuzzyDate(item.date, language);
}

/** The zoomable, pannable time axis: lanes of items, culled to the window and packed into rows. */
export function TimelineChart({ items, bounds, language, nameOf, onOpen, loadedAt }: TimelineChartProps) {
  const { t } = useTranslation();
  const wrapper = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const root = useRef<HTMLDivElement>(null);
  // Unknown until measured: drawing once at a guessed width and again at the real one would
  // double the work of the first render.
  const [measuredWidth, setWidth] = useState<number | null>(null);
  const width = measuredWidth ?? DEFAULT_WIDTH;
  const [view, setView] = useState<TimeView>(() => fitView(bounds.first, bounds.last));

  // Several wheel events can arrive within one frame; they are applied together, once per frame.
  const pending = useRef<Array<(view: TimeView) => TimeView>>([]);
  const frame = useRef(0);
  const change = useCallback((next: (view: TimeView) => TimeView) => {
    pending.current.push(next);
    if (frame.current !== 0) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const changes = pending.current;
      pending.current = [];
      setView((old) => changes.reduce((acc, step) => step(acc), old));
    });
  }, []);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // A new data set (another filter) keeps the window; a new timeline fits itself.
  const boundsKey = `${bounds.first}:${bounds.last}`;
  const lastBounds = useRef(boundsKey);
  useEffect(() => {
    if (lastBounds.current === boundsKey) return;
    lastBounds.current = boundsKey;
    setView(fitView(bounds.first, bounds.last));
  }, [boundsKey, bounds.first, bounds.last]);

  useLayoutEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    // The inner width: the border is not part of the plot.
    const measure = () => setWidth(Math.max(320, element.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Wheel (and a trackpad pinch, which arrives as a wheel with Ctrl) zooms around the pointer;
  // a sideways wheel or Shift+wheel pans. Registered natively: React's wheel listener is passive.
  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      const anchor = (event.clientX - rect.left) / Math.max(1, rect.width);
      const sideways = event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY);
      if (sideways) {
        const delta = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.deltaY;
        change((old) => panView(old, delta / Math.max(1, rect.width)));
      } else {
        const factor = Math.exp(-event.deltaY * (event.ctrlKey ? 0.01 : 0.002));
        change((old) => zoomView(old, factor, anchor));
      }
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [change]);

  // Dragging pans; two fingers pinch. Pointer capture starts only once a drag is under way, so
  // a plain click still reaches the item under it.
  const pointers = useRef(new Map<number, number>());
  const gesture = useRef<{ mode: 'idle' | 'pending' | 'pan' | 'pinch'; startX: number; startDistance: number; startView: TimeView }>({
    mode: 'idle',
    startX: 0,
    startDistance: 1,
    startView: view,
  });
  const dragged = useRef(false);

  function localX(clientX: number): number {
    return clientX - (wrapper.current?.getBoundingClientRect().left ?? 0);
  }

  function onPointerDown(event: PointerEvent<SVGSVGElement>) {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    pointers.current.set(event.pointerId, localX(event.clientX));
    dragged.current = false;
    const xs = [...pointers.current.values()];
    if (xs.length === 1) {
      gesture.current = { mode: 'pending', startX: xs[0]!, startDistance: 1, startView: view };
    } else if (xs.length === 2) {
      gesture.current = { mode: 'pinch', startX: (xs[0]! + xs[1]!) / 2, startDistance: Math.max(8, Math.abs(xs[0]! - xs[1]!)), startView: view };
    }
  }

  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    if (!pointers.current.has(event.pointerId)) return;
    const x = localX(event.clientX);
    pointers.current.set(event.pointerId, x);
    const g = gesture.current;
    if (g.mode === 'pending' && Math.abs(x - g.startX) > DRAG_THRESHOLD_PX) {
      g.mode = 'pan';
      dragged.current = true;
      svg.current?.setPointerCapture(event.pointerId);
    }
    if (g.mode === 'pan') {
      const dx = x - g.startX;
      const start = g.startView;
      change(() => panView(start, -dx / width));
    } else if (g.mode === 'pinch') {
      const xs = [...pointers.current.values()];
      if (xs.length < 2) return;
      dragged.current = true;
      const distance = Math.max(8, Math.abs(xs[0]! - xs[1]!));
      const start = g.startView;
      const anchor = g.startX / width;
      change(() => zoomView(start, distance / g.startDistance, anchor));
    }
  }

  function onPointerEnd(event: PointerEvent<SVGSVGElement>) {
    pointers.current.delete(event.pointerId);
    if (pointers.current.size === 0) gesture.current = { ...gesture.current, mode: 'idle' };
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = event.shiftKey ? 0.5 : PAN_STEP;
    // From an item, the view moves under it; the viewport keeps focus so it is not lost.
    const keep = () => {
      if (event.target !== wrapper.current) wrapper.current?.focus();
    };
    switch (event.key) {
      case '+':
      case '=':
        keep();
        change((old) => zoomView(old, ZOOM_STEP));
        break;
      case '-':
      case '_':
        keep();
        change((old) => zoomView(old, 1 / ZOOM_STEP));
        break;
      case 'ArrowLeft':
        keep();
        change((old) => panView(old, -step));
        break;
      case 'ArrowRight':
        keep();
        change((old) => panView(old, step));
        break;
      case 'Home':
        keep();
        change(() => fitView(bounds.first, bounds.last));
        break;
      default:
        return;
    }
    event.preventDefault();
  }

    const byKey = useMemo(() => new Map(items.map((p) => [p.item.key, p])), [items]);
  // Dates as words, worked out once per item and language rather than on every zoom step.
  const dateOf = useMemo(() => {
    const dates = new Map<string, string>();
    return (item: TimelineItem): string => {
      let text = dates.get(item.key);
      if (text === undefined) {
        text = itemDate(item, language);
        dates.set(item.key, text);
      }
      return text;
    };
  }, [language]);

  function itemFrom(target: EventTarget): PreparedItem | undefined {
    const element = (target as Element).closest?.('[data-item-key]');
    const key = element?.getAttribute('data-item-key');
    return key ? byKey.get(key) : undefined;
  }

  function onItemsClick(event: MouseEvent<SVGGElement>) {
    if (dragged.current) return;
    const p = itemFrom(event.target);
    if (p) onOpen(p.item);
  }

  // One focus ring and one line of details, for the item under focus or the pointer, rather than
  // a ring and a tooltip inside each of thousands of items.
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  function onItemsFocus(event: FocusEvent<SVGGElement>) {
    // As :focus-visible: a ring for the keyboard, none for a click.
    const keyboard = (event.target as Element).matches?.(':focus-visible') ?? true;
    setFocusKey(keyboard ? (itemFrom(event.target)?.item.key ?? null) : null);
  }
  function onItemsBlur() {
    setFocusKey(null);
  }
  function onItemsPointerOver(event: PointerEvent<SVGGElement>) {
    setHoverKey(itemFrom(event.target)?.item.key ?? null);
  }
  function onItemsPointerOut() {
    setHoverKey(null);
  }
  const handlers = { onClick: onItemsClick, onKeyDown: onItemsKeyDown, onFocus: onItemsFocus, onBlur: onItemsBlur, onPointerOver: onItemsPointerOver, onPointerOut: onItemsPointerOut };

  function onItemsKeyDown(event: KeyboardEvent<SVGGElement>) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const p = itemFrom(event.target);
    if (!p) return;
    event.preventDefault();
    onOpen(p.item);
  }

  const layout = useMemo(() => {
    const visible = measuredWidth === null ? [] : cull(items, view);
    const labelled = visible.length <= LABEL_LIMIT;
    const geometry = labelled ? LABELLED : COMPACT;
    const labelPx = labelled ? (p: PreparedItem) => Math.min(nameOf(p.item).length, LABEL_CHARS) * LABEL_CHAR_PX + 8 : () => 0;
    const lanes = LANES.map((lane) =>
      layoutLane(lane, visible, view, { width, maxRows: geometry.maxRows, markPx: geometry.markPx, gapPx: geometry.gapPx, labelPx }),
    );
    let y = AXIS_H;
    const tops: number[] = [];
    for (const lane of lanes) {
      tops.push(y);
      y += LANE_HEADER_H + Math.max(1, lane.rows) * geometry.rowH + (lane.hidden > 0 ? DENSITY_H : 0) + LANE_GAP;
    }
    return {
      lanes,
      tops,
      height: y,
      labelled,
      rowH: geometry.rowH,
      markPx: geometry.markPx,
      rendered: lanes.reduce((n, lane) => n + lane.placed.length, 0),
    };
  }, [items, view, width, measuredWidth, nameOf]);

  const ticks = useMemo(() => ticksFor(view, width), [view, width]);

  const ring = useMemo(() => {
    if (focusKey === null) return null;
    for (const [index, lane] of layout.lanes.entries()) {
      const placed = lane.placed.find((candidate) => candidate.prepared.item.key === focusKey);
      if (placed) return { placed, top: (layout.tops[index] ?? 0) + LANE_HEADER_H + placed.row * layout.rowH + 3 };
    }
    return null;
  }, [focusKey, layout]);
  const detailed = byKey.get(hoverKey ?? focusKey ?? '');

  // Time to first render: from the data's arrival to the first frame painted with its items.
  const measured = useRef(false);
  useEffect(() => {
    if (measured.current || measuredWidth === null || layout.rendered === 0) return;
    measured.current = true;
    requestAnimationFrame(() => {
      setTimeout(() => {
        const ms = performance.now() - loadedAt;
        root.current?.setAttribute('data-render-ms', ms.toFixed(1));
        performance.measure?.('casekeep:timeline-first-render', { start: loadedAt, duration: ms });
      }, 0);
    });
  }, [layout.rendered, loadedAt, measuredWidth]);

  const scaleX = (day: number) => ((day - view.start) * width) / view.span;
  const monthShort = (m: number) => t(`admin.timeline.months.${MONTHS[m - 1] ?? 'jan'}`);

  function tickLabel(tick: Tick): string {
    if (tick.unit === 'year') return String(tick.year);
    if (tick.unit === 'month') return tick.major ? String(tick.year) : monthShort(tick.month);
    return tick.major ? `${monthShort(tick.month)} ${tick.year}` : String(tick.dayOfMonth);
  }

  // Where no major tick is near the left edge, the year (or month) there is written under it.
  const context = ymdOf(Math.floor(view.start));
  const majorNearLeft = ticks.some((tick) => tick.major && scaleX(tick.day) < 90);
  const contextLabel = majorNearLeft
    ? ''
    : ticks[0]?.unit === 'day'
      ? `${monthShort(context.m)} ${context.y}`
      : ticks[0]?.unit === 'month'
        ? String(context.y)
        : '';

  return (
    <div className="timeline" ref={root} data-testid="timeline-chart" data-total={items.length} data-rendered={layout.rendered} data-labelled={layout.labelled}>
      <div className="timeline__toolbar" role="toolbar" aria-label={t('admin.timeline.zoomTools')}>
        <button type="button" className="button button--secondary button--small" onClick={() => change((old) => zoomView(old, ZOOM_STEP))} data-testid="timeline-zoom-in">
          <span aria-hidden="true">+</span>
          <span className="visually-hidden">{t('admin.timeline.zoomIn')}</span>
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => change((old) => zoomView(old, 1 / ZOOM_STEP))} data-testid="timeline-zoom-out">
          <span aria-hidden="true">−</span>
          <span className="visually-hidden">{t('admin.timeline.zoomOut')}</span>
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => change(() => fitView(bounds.first, bounds.last))} data-testid="timeline-fit">
          {t('admin.timeline.fit')}
        </button>
        <p className="timeline__range" aria-live="polite" data-testid="timeline-range">
          {t('admin.timeline.showing', { range: rangeText(view, language) })}
        </p>
      </div>
      <p id="timeline-help" className="timeline__help">
        {t('admin.timeline.help')}
      </p>
      <p className="timeline__details" aria-hidden="true" data-testid="timeline-details">
        {detailed ? `${nameOf(detailed.item)} — ${dateOf(detailed.item)}` : '\u00a0'}
      </p>
      <div
        ref={wrapper}
        className="timeline__viewport"
        tabIndex={0}
        role="group"
        aria-label={t('admin.timeline.chartLabel')}
        aria-describedby="timeline-help"
        onKeyDown={onKeyDown}
        data-testid="timeline-viewport"
      >
        {measuredWidth === null ? null : (
          <svg
            ref={svg}
            className="timeline__svg"
            width={width}
            height={layout.height}
            viewBox={`0 0 ${width} ${layout.height}`}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerEnd}
            onPointerCancel={onPointerEnd}
          >
            <defs>
              {LANES.map((lane) => (
                <linearGradient key={lane} id={`timeline-fade-${lane}`} x1="0" x2="1" y1="0" y2="0">
                  <stop offset="0" stopOpacity="0.05" className={`timeline__stop timeline__stop--${lane}`} />
                  <stop offset="0.3" stopOpacity="0.5" className={`timeline__stop timeline__stop--${lane}`} />
                  <stop offset="0.7" stopOpacity="0.5" className={`timeline__stop timeline__stop--${lane}`} />
                  <stop offset="1" stopOpacity="0.05" className={`timeline__stop timeline__stop--${lane}`} />
                </linearGradient>
              ))}
              <clipPath id="timeline-plot">
                <rect x="0" y="0" width={width} height={layout.height} />
              </clipPath>
            </defs>
            <g aria-hidden="true" className="timeline__axis">
              {ticks.map((tick) => {
                const x = scaleX(tick.day);
                return (
                  <g key={tick.day} className={tick.major ? 'timeline__tick timeline__tick--major' : 'timeline__tick'}>
                    <line x1={x} x2={x} y1={AXIS_H - 14} y2={layout.height} />
                    <text x={x + 4} y={18}>
                      {tickLabel(tick)}
                    </text>
                  </g>
                );
              })}
              {contextLabel ? (
                <text x={4} y={AXIS_H - 6} className="timeline__context">
                  {contextLabel}
                </text>
              ) : null}
            </g>
            {layout.lanes.map((lane, index) => (
              <LaneView
                key={lane.lane}
                lane={lane}
                top={layout.tops[index] ?? 0}
                width={width}
                rowH={layout.rowH}
                labelled={layout.labelled}
                markPx={layout.markPx}
                nameOf={nameOf}
                dateOf={dateOf}
                handlers={handlers}
              />
            ))}
            {ring ? (
              <rect
                className="timeline__focus-ring"
                aria-hidden="true"
                x={ring.placed.x0 - 4}
                y={ring.top - 4}
                width={ring.placed.x1 - ring.placed.x0 + 8}
                height={layout.markPx + 8}
                rx={4}
              />
            ) : null}
          </svg>
        )}
      </div>
    </div>
  );
}

interface ItemHandlers {
  onClick(event: MouseEvent<SVGGElement>): void;
  onKeyDown(event: KeyboardEvent<SVGGElement>): void;
  onFocus(event: FocusEvent<SVGGElement>): void;
  onBlur(): void;
  onPointerOver(event: PointerEvent<SVGGElement>): void;
  onPointerOut(): void;
}

interface LaneViewProps {
  lane: LaneLayout;
  top: number;
  width: number;
  rowH: number;
  markPx: number;
  labelled: boolean;
  nameOf(item: TimelineItem): string;
  dateOf(item: TimelineItem): string;
  handlers: ItemHandlers;
}

function LaneView({ lane, top, width, rowH, markPx, labelled, nameOf, dateOf, handlers }: LaneViewProps) {
  const { t } = useTranslation();
  const rowsTop = top + LANE_HEADER_H;
  const rowsH = Math.max(1, lane.rows) * rowH;
  const maxCount = lane.density.reduce((max, bucket) => Math.max(max, bucket.count), 1);
  const laneName = t(`admin.timeline.lanes.${lane.lane}`);
  return (
    <g className={`timeline__lane timeline__lane--${lane.lane}`} data-testid={`timeline-lane-${lane.lane}`} data-hidden={lane.hidden}>
      <rect className="timeline__lane-band" x={0} y={top} width={width} height={LANE_HEADER_H + rowsH + (lane.hidden > 0 ? DENSITY_H : 0)} aria-hidden="true" />
      <text className="timeline__lane-title" x={8} y={top + 18}>
        {laneName}
        <tspan className="timeline__lane-count">
          {' · '}
          {t('admin.timeline.inView', { count: lane.visible })}
          {lane.hidden > 0 ? ` · ${t('admin.timeline.hiddenItems', { count: lane.hidden })}` : ''}
        </tspan>
      </text>
      <g clipPath="url(#timeline-plot)" {...handlers}>
        {lane.placed.map((placed) => (
          <ItemMark
            key={placed.prepared.item.key}
            placed={placed}
            rowTop={rowsTop + placed.row * rowH}
            width={width}
            markPx={markPx}
            labelled={labelled}
            name={nameOf(placed.prepared.item)}
            date={dateOf(placed.prepared.item)}
          />
        ))}
      </g>
      {lane.hidden > 0 ? (
        <g aria-hidden="true" className="timeline__density">
          {lane.density.map((bucket) => {
            const h = Math.max(2, Math.round(((DENSITY_H - 4) * bucket.count) / maxCount));
            return <rect key={bucket.x} x={bucket.x} y={rowsTop + rowsH + DENSITY_H - 2 - h} width={5} height={h} />;
          })}
        </g>
      ) : null}
    </g>
  );
}

interface ItemMarkProps {
  placed: PlacedItem;
  rowTop: number;
  width: number;
  markPx: number;
  labelled: boolean;
  name: string;
  /** The date in words, as formatFuzzyDate writes it. */
  date: string;
}

/** One item: a dot, a solid bar or a faded one, a detention tail, and a label when there is room. */
const ItemMark = memo(function ItemMark({ placed, rowTop, width, markPx, labelled, name, date }: ItemMarkProps) {
  const { prepared, x0, x1, tailEnd } = placed;
  const { item, certainty, lane } = prepared;
  const markTop = rowTop + 3;
  const centreY = markTop + markPx / 2;
  const accessibleName = `${name}, ${date}`;
  const label = truncate(name, LABEL_CHARS);
  const labelX = Math.max(x0, 2);
  // A label that would run off the right edge ends there instead.
  const atEnd = labelX + label.length * LABEL_CHAR_PX > width;
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={accessibleName}
      className={`timeline__item timeline__item--${certainty}`}
      data-item-key={item.key}
      data-testid="timeline-item"
      data-kind={item.kind}
      data-certainty={certainty}
      data-precision={item.date.precision}
      data-record-id={item.recordId}
    >
      {tailEnd !== undefined ? (
        <line
          className={prepared.openEnded ? 'timeline__period timeline__period--open' : 'timeline__period'}
          x1={x1}
          x2={tailEnd}
          y1={centreY}
          y2={centreY}
        />
      ) : null}
      {certainty === 'exact' ? (
        <circle className="timeline__dot" cx={(x0 + x1) / 2} cy={centreY} r={markPx / 2} />
      ) : certainty === 'period' ? (
        <rect className="timeline__bar timeline__bar--period" x={x0} y={markTop} width={x1 - x0} height={markPx} rx={2} />
      ) : (
        <rect
          className="timeline__bar timeline__bar--uncertain"
          x={x0}
          y={markTop}
          width={x1 - x0}
          height={markPx}
          rx={markPx / 2}
          fill={`url(#timeline-fade-${lane})`}
        />
      )}
      {labelled ? (
        <text className="timeline__label" x={atEnd ? width - 4 : labelX} y={rowTop + 31} textAnchor={atEnd ? 'end' : undefined}>
          {label}
        </text>
      ) : null}
    </g>
  );
});
