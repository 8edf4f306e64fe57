import type { FocusEvent, KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineItem } from '../../../../shared/domain/views';
import { ItemMark } from './ItemMark';
import { DENSITY_H, LANE_HEADER_H } from './timeline-geometry';
import type { LaneLayout } from './timeline-layout';

/** One set of handlers per lane, on the group around its items, rather than on each item. */
export interface ItemHandlers {
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

/** A lane: its band and title, its items in rows, and where some do not fit, how many are where. */
export function LaneView({ lane, top, width, rowH, markPx, labelled, nameOf, dateOf, handlers }: LaneViewProps) {
  const { t } = useTranslation();
  const rowsTop = top + LANE_HEADER_H;
  const rowsH = Math.max(1, lane.rows) * rowH;
  const maxCount = lane.density.reduce((max, bucket) => Math.max(max, bucket.count), 1);
  const laneName = t(`admin.timeline.lanes.${lane.lane}`);
  const continuing = t('admin.timeline.continuing');
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
            continuing={continuing}
            follows={placed.prepared.item.follows ? t('admin.timeline.follows', { title: placed.prepared.item.follows.label }) : undefined}
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
