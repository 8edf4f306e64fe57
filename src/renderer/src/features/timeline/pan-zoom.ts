/**
 * What the keyboard, the wheel, a drag and a pinch do to the timeline's window, as plain
 * functions of the input: no DOM, no React. The window's own arithmetic (clamping its span,
 * zooming around a day, panning by a fraction) is in `timeline-scale.ts`.
 */
import { fitView, panView, zoomView, type TimeView } from './timeline-scale';

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

export function applyAction(view: TimeView, action: ViewAction, bounds: Bounds): TimeView {
  return action.kind === 'fit' ? fitView(bounds.first, bounds.last) : moveView(view, action);
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
