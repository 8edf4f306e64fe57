/**
 * What the keyboard, the wheel, a drag and a pinch do to the timeline's window, as plain
 * functions of the input: no DOM, no React. The window's own arithmetic (clamping its span,
 * zooming around a day, panning by a fraction) is in `timeline-scale.ts`.
 */
import { clampSpan, fitView, panView, viewEnd, zoomView, type TimeView } from './timeline-scale';

export const ZOOM_STEP = 1.5;
export const PAN_STEP = 0.2;
/** Shift with an arrow moves half a window at once. */
export const SHIFT_PAN_STEP = 0.5;
/** A press that moves less than this is a click, not a drag. */
export const DRAG_THRESHOLD_PX = 4;
/** Two fingers closer than this count as this far apart, so a pinch never divides by nothing. */
const MIN_PINCH_PX = 8;

/** A move of the window. `anchor` is where a zoom holds still: 0 the left edge, 1 the right. */
export type Move = { kind: 'zoom'; factor: number; anchor?: number } | { kind: 'pan'; fraction: number };
/** A move, or back to the whole timeline. */
export type ViewAction = Move | { kind: 'fit' };

export const ZOOM_IN: ViewAction = { kind: 'zoom', factor: ZOOM_STEP };
export const ZOOM_OUT: ViewAction = { kind: 'zoom', factor: 1 / ZOOM_STEP };
export const FIT: ViewAction = { kind: 'fit' };

export interface Bounds {
  first: number;
  last: number;
}

export function moveView(view: TimeView, move: Move): TimeView {
  return move.kind === 'zoom' ? zoomView(view, move.factor, move.anchor) : panView(view, move.fraction);
}

/**
 * The window after an action. A zoom without an anchor of its own (a key or a button) holds
 * `focus` still when given: a day worked out by `zoomFocus`.
 */
export function applyAction(view: TimeView, action: ViewAction, bounds: Bounds, focus?: number): TimeView {
  if (action.kind === 'fit') return fitView(bounds.first, bounds.last);
  if (action.kind === 'zoom' && action.anchor === undefined && focus !== undefined && Number.isFinite(focus)) return zoomAround(view, action.factor, focus);
  return moveView(view, action);
}

/**
 * Zooms holding `day` where it is on screen; a day outside the window is brought to its middle
 * instead, since no zoom around a point off screen could show it.
 */
export function zoomAround(view: TimeView, factor: number, day: number): TimeView {
  if (day >= view.start && day <= viewEnd(view)) return zoomView(view, factor, (day - view.start) / view.span);
  const span = clampSpan(view.span / factor);
  return { start: day - span / 2, span };
}

/** An item's days: from its first day to the day after its last. */
export interface Span {
  start: number;
  end: number;
}

function visiblePart(span: Span, view: TimeView): Span {
  return { start: Math.max(span.start, view.start), end: Math.min(span.end, viewEnd(view)) };
}

function middle(span: Span): number {
  return (span.start + span.end) / 2;
}

function distance(span: Span, day: number): number {
  return day < span.start ? span.start - day : day > span.end ? day - span.end : 0;
}

/** The span nearest to `day`, or undefined when there is none. */
function nearest(spans: readonly Span[], day: number): Span | undefined {
  let best: Span | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const span of spans) {
    const d = distance(span, day);
    if (d < bestDistance) {
      best = span;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The day a key or button zoom holds still, so that zooming in keeps what the user is looking at:
 * the focused item when it is in the window; otherwise the middle of the items in the window (the
 * mean of their visible middles), moved onto the nearest of them when it falls in a gap between
 * them; with none in the window, the item nearest to it, which the zoom then brings into view.
 * Undefined with no items at all: the zoom then holds the window's middle.
 */
export function zoomFocus(view: TimeView, spans: readonly Span[], focused?: Span): number | undefined {
  const end = viewEnd(view);
  const overlaps = (span: Span) => span.start < end && span.end > view.start;
  if (focused && overlaps(focused)) return middle(visiblePart(focused, view));
  const inView = spans.filter(overlaps);
  if (inView.length === 0) {
    const closest = nearest(spans, view.start + view.span / 2);
    return closest ? middle(closest) : undefined;
  }
  const parts = inView.map((span) => visiblePart(span, view));
  const mean = parts.reduce((sum, part) => sum + middle(part), 0) / parts.length;
  const under = nearest(parts, mean);
  return under === undefined || distance(under, mean) === 0 ? mean : middle(under);
}

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The action of a key on the chart, or null for a key the chart leaves alone. */
export function keyAction(press: KeyPress): ViewAction | null {
  // Ctrl, Alt and Meta combinations belong to the browser and the app (Ctrl+= zooms the page).
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  const step = press.shiftKey ? SHIFT_PAN_STEP : PAN_STEP;
  switch (press.key) {
    case '+':
    case '=':
      return ZOOM_IN;
    case '-':
    case '_':
      return ZOOM_OUT;
    case 'ArrowLeft':
      return { kind: 'pan', fraction: -step };
    case 'ArrowRight':
      return { kind: 'pan', fraction: step };
    case 'Home':
      return FIT;
    default:
      return null;
  }
}

export interface WheelInput {
  deltaX: number;
  deltaY: number;
  shiftKey: boolean;
  ctrlKey: boolean;
}

/**
 * The wheel zooms around the pointer, `x` pixels from the left of a plot `width` wide; a
 * trackpad pinch arrives as a wheel with Ctrl and zooms faster. A sideways wheel or Shift+wheel
 * pans.
 */
export function wheelMove(wheel: WheelInput, x: number, width: number): Move {
  const plot = Math.max(1, width);
  const sideways = Math.abs(wheel.deltaX) > Math.abs(wheel.deltaY);
  if (wheel.shiftKey || sideways) {
    const delta = sideways ? wheel.deltaX : wheel.deltaY;
    return { kind: 'pan', fraction: delta / plot };
  }
  return { kind: 'zoom', factor: Math.exp(-wheel.deltaY * (wheel.ctrlKey ? 0.01 : 0.002)), anchor: x / plot };
}

/**
 * A gesture under way. `pending` is a press not yet far enough to be a drag; the window it
 * started from is kept, so each move is worked out from there rather than added up.
 */
export interface Gesture {
  mode: 'idle' | 'pending' | 'pan' | 'pinch';
  startX: number;
  startDistance: number;
  startView: TimeView;
}

export function idleGesture(view: TimeView): Gesture {
  return { mode: 'idle', startX: 0, startDistance: 1, startView: view };
}

export function pinchDistance(a: number, b: number): number {
  return Math.max(MIN_PINCH_PX, Math.abs(a - b));
}

/**
 * The gesture once a finger or the mouse goes down, with `xs` the pointers now down: one starts
 * a press, two a pinch around their middle; a third changes nothing.
 */
export function pressGesture(current: Gesture, xs: readonly number[], view: TimeView): Gesture {
  const [a, b] = xs;
  if (xs.length === 1 && a !== undefined) return { mode: 'pending', startX: a, startDistance: 1, startView: view };
  if (xs.length === 2 && a !== undefined && b !== undefined) return { mode: 'pinch', startX: (a + b) / 2, startDistance: pinchDistance(a, b), startView: view };
  return current;
}

/** Whether a pending press at `x` has moved far enough to become a drag. */
export function startsDrag(gesture: Gesture, x: number): boolean {
  return gesture.mode === 'pending' && Math.abs(x - gesture.startX) > DRAG_THRESHOLD_PX;
}

/** The window after dragging `x - startX` pixels: the days follow the pointer. */
export function dragView(gesture: Gesture, x: number, width: number): TimeView {
  return panView(gesture.startView, -(x - gesture.startX) / width);
}

/** The window after a pinch to fingers `distance` apart, holding the day between them at the start. */
export function pinchView(gesture: Gesture, distance: number, width: number): TimeView {
  return zoomView(gesture.startView, distance / gesture.startDistance, gesture.startX / width);
}
