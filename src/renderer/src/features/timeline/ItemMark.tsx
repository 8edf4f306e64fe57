import { memo } from 'react';
import { LABEL_CHAR_PX, LABEL_CHARS } from './timeline-geometry';
import type { PlacedItem } from './timeline-layout';

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
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
  /** Said after the date of a period nothing has ended yet ("continuing"). */
  continuing: string;
  /** Said of an incident that follows another ("follows Arrest in Ghulja"). */
  follows?: string | undefined;
}

/** How far an open period's arrow stands in from the right edge, so it is seen whole. */
const ARROW_PX = 8;

/** One item: a dot, a solid bar or a faded one, a detention tail, and a label when there is room. */
export const ItemMark = memo(function ItemMark({ placed, rowTop, width, markPx, labelled, name, date, continuing, follows }: ItemMarkProps) {
  const { prepared, x0, x1, tailEnd } = placed;
  const { item, certainty, lane } = prepared;
  const markTop = rowTop + 3;
  const centreY = markTop + markPx / 2;
  const open = prepared.openEnded === true && tailEnd !== undefined;
  const accessibleName = [name, date, open ? continuing : undefined, follows].filter(Boolean).join(', ');
  // An open period runs on past the window's edge (or ends today, in view) with an arrow there.
  const tailX = tailEnd === undefined ? undefined : open ? Math.min(tailEnd, width - ARROW_PX) : tailEnd;
  const arrowX = open && tailX !== undefined && tailX > x1 ? tailX : undefined;
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
      data-qualifier={item.date.qualifier}
      data-record-id={item.recordId}
      data-follows={item.follows?.recordId}
      data-drawn-from={item.drawn?.earliest}
    >
      {tailX !== undefined ? (
        <line
          className={prepared.openEnded ? 'timeline__period timeline__period--open' : 'timeline__period'}
          x1={x1}
          x2={tailX}
          y1={centreY}
          y2={centreY}
        />
      ) : null}
      {arrowX !== undefined ? (
        <path
          className="timeline__continuing"
          data-testid="timeline-continuing"
          d={`M ${arrowX - 6} ${centreY - 5} L ${arrowX + 2} ${centreY} L ${arrowX - 6} ${centreY + 5} Z`}
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
