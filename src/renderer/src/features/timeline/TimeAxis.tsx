import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AXIS_H } from './timeline-geometry';
import { ticksFor, ymdOf, type Tick, type TimeView } from './timeline-scale';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

interface TimeAxisProps {
  view: TimeView;
  width: number;
  /** How far down the tick lines run: the whole chart. */
  height: number;
}

/** The ticks and their labels along the top, with the year (or month) at the left edge. */
export function TimeAxis({ view, width, height }: TimeAxisProps) {
  const { t } = useTranslation();
  const ticks = useMemo(() => ticksFor(view, width), [view, width]);
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
    <g aria-hidden="true" className="timeline__axis">
      {ticks.map((tick) => {
        const x = scaleX(tick.day);
        return (
          <g key={tick.day} className={tick.major ? 'timeline__tick timeline__tick--major' : 'timeline__tick'}>
            <line x1={x} x2={x} y1={AXIS_H - 14} y2={height} />
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
  );
}
