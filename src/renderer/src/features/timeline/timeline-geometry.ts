/** The timeline's geometry in SVG pixels, shared by the chart, its axis, lanes and items. */

export const AXIS_H = 44;
export const LANE_HEADER_H = 26;
export const LANE_GAP = 10;
export const DENSITY_H = 14;
export const LABELLED = { rowH: 40, maxRows: 8, markPx: 12, gapPx: 10 };
export const COMPACT = { rowH: 16, maxRows: 8, markPx: 10, gapPx: 3 };
/** Up to this many items in the window, each gets its label on the axis; beyond, only marks. */
export const LABEL_LIMIT = 150;
export const LABEL_CHARS = 30;
export const LABEL_CHAR_PX = 7;
