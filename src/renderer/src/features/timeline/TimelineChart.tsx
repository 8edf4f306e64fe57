import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFuzzyDate, type FuzzyDateLanguage } from '../../../../shared/dates/fuzzy-date';
import type { TimelineItem } from '../../../../shared/domain/views';
import { LaneView } from './LaneView';
import { zoomFocus } from './pan-zoom';
import { TimeAxis } from './TimeAxis';
import { AXIS_H, COMPACT, DENSITY_H, LABEL_CHAR_PX, LABEL_CHARS, LABEL_LIMIT, LABELLED, LANE_GAP, LANE_HEADER_H } from './timeline-geometry';
import { cull, LANES, layoutLane, type PreparedItem } from './timeline-layout';
import { viewEnd, ymdOf, type TimeView } from './timeline-scale';
import { usePanZoom } from './use-pan-zoom';

const DEFAULT_WIDTH = 900;

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

  const byKey = useMemo(() => new Map(items.map((p) => [p.item.key, p])), [items]);
  // The last item focused, by keyboard or pointer: "+" from it, or from a button after it,
  // zooms around it while it is in the window. Read through refs, at the moment of the zoom.
  const lastFocused = useRef<string | null>(null);
  const shownItems = useRef({ items, byKey });
  shownItems.current = { items, byKey };
  // Zoom steps one after another hold the same day while it stays in the window, so "−" after
  // "+" brings back the window "+" started from.
  const heldDay = useRef<number | undefined>(undefined);
  const focusOf = useCallback((at: TimeView) => {
    const { items: all, byKey: keyed } = shownItems.current;
    const focused = keyed.get(lastFocused.current ?? '');
    const held = heldDay.current;
    const focusedInView = focused !== undefined && focused.start < viewEnd(at) && focused.end > at.start;
    const day = !focusedInView && held !== undefined && held >= at.start && held <= viewEnd(at) ? held : zoomFocus(at, all, focused);
    heldDay.current = day;
    return day;
  }, []);

  const { view, zoomIn, zoomOut, fit, onKeyDown, pointerHandlers, dragged } = usePanZoom({ bounds, width, viewport: wrapper, surface: svg, zoomFocus: focusOf });
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
    if (dragged()) return;
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
    const key = itemFrom(event.target)?.item.key ?? null;
    if (key !== null) lastFocused.current = key;
    setFocusKey(keyboard ? key : null);
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

  return (
    <div className="timeline" ref={root} data-testid="timeline-chart" data-total={items.length} data-rendered={layout.rendered} data-labelled={layout.labelled}>
      <div className="timeline__toolbar" role="toolbar" aria-label={t('admin.timeline.zoomTools')}>
        <button type="button" className="button button--secondary button--small" onClick={zoomIn} data-testid="timeline-zoom-in">
          <span aria-hidden="true">+</span>
          <span className="visually-hidden">{t('admin.timeline.zoomIn')}</span>
        </button>
        <button type="button" className="button button--secondary button--small" onClick={zoomOut} data-testid="timeline-zoom-out">
          <span aria-hidden="true">−</span>
          <span className="visually-hidden">{t('admin.timeline.zoomOut')}</span>
        </button>
        <button type="button" className="button button--secondary button--small" onClick={fit} data-testid="timeline-fit">
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
        {detailed
          ? `${nameOf(detailed.item)} — ${dateOf(detailed.item)}${detailed.item.follows ? ` — ${t('admin.timeline.follows', { title: detailed.item.follows.label })}` : ''}`
          : '\u00a0'}
      </p>
      {/* The time axis runs left to right in every language, as numeric axes do in Uyghur
          print too; pinning the plot to LTR keeps ArrowLeft moving back in time on screen. */}
      <div
        ref={wrapper}
        className="timeline__viewport"
        dir="ltr"
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
            {...pointerHandlers}
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
            <TimeAxis view={view} width={width} height={layout.height} />
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

