import { describe, expect, it } from 'vitest';
import {
  applyAction,
  DRAG_THRESHOLD_PX,
  dragView,
  FIT,
  idleGesture,
  keyAction,
  pinchDistance,
  pinchView,
  pressGesture,
  startsDrag,
  wheelMove,
  zoomAround,
  zoomFocus,
  ZOOM_IN,
  ZOOM_OUT,
  type KeyPress,
} from '../../../../src/renderer/src/features/timeline/pan-zoom';
import { fitView, MAX_SPAN_DAYS, MIN_SPAN_DAYS } from '../../../../src/renderer/src/features/timeline/timeline-scale';

const VIEW = { start: 1000, span: 100 };
const BOUNDS = { first: 0, last: 500 };

function press(key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...modifiers };
}

/** A zoom by `factor` (to rounding) holding still the point `anchor` of the way across. */
function expectZoom(move: ReturnType<typeof wheelMove>, factor: number, anchor: number) {
  if (move.kind !== 'zoom') throw new Error(`expected a zoom, got ${JSON.stringify(move)}`);
  expect(move.factor).toBeCloseTo(factor, 12);
  expect(move.anchor).toBe(anchor);
}

function wheel(deltaY: number, deltaX = 0, modifiers: { shiftKey?: boolean; ctrlKey?: boolean } = {}) {
  return { deltaX, deltaY, shiftKey: false, ctrlKey: false, ...modifiers };
}

describe('keys', () => {
  it('zoom with + and =, out with - and _, around the middle', () => {
    for (const key of ['+', '=']) expect(keyAction(press(key))).toEqual(ZOOM_IN);
    for (const key of ['-', '_']) expect(keyAction(press(key))).toEqual(ZOOM_OUT);
    expect(applyAction(VIEW, ZOOM_IN, BOUNDS)).toEqual({ start: 1000 + 50 - 50 / 1.5, span: 100 / 1.5 });
    const out = applyAction(VIEW, ZOOM_OUT, BOUNDS);
    expect(out.span).toBeCloseTo(150, 9);
    expect(out.start).toBeCloseTo(975, 9);
  });

  it('pan a fifth of the window with the arrows, half with Shift', () => {
    expect(applyAction(VIEW, keyAction(press('ArrowLeft'))!, BOUNDS)).toEqual({ start: 980, span: 100 });
    expect(applyAction(VIEW, keyAction(press('ArrowRight'))!, BOUNDS)).toEqual({ start: 1020, span: 100 });
    expect(applyAction(VIEW, keyAction(press('ArrowLeft', { shiftKey: true }))!, BOUNDS)).toEqual({ start: 950, span: 100 });
    expect(applyAction(VIEW, keyAction(press('ArrowRight', { shiftKey: true }))!, BOUNDS)).toEqual({ start: 1050, span: 100 });
  });

  it('fit the whole timeline with Home, wherever the window was', () => {
    expect(keyAction(press('Home'))).toEqual(FIT);
    expect(applyAction(VIEW, FIT, BOUNDS)).toEqual(fitView(BOUNDS.first, BOUNDS.last));
    const fitted = applyAction({ start: -9999, span: 7 }, FIT, BOUNDS);
    expect(fitted.start).toBeCloseTo(-25, 9);
    expect(fitted.span).toBeCloseTo(550, 9);
  });

  it('leave other keys, and any key with Ctrl, Alt or Meta, to the page', () => {
    for (const key of ['Enter', ' ', 'Tab', 'End', 'ArrowUp', 'a']) expect(keyAction(press(key))).toBeNull();
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      for (const key of ['+', '-', 'ArrowLeft', 'Home']) expect(keyAction(press(key, { [modifier]: true }))).toBeNull();
    }
  });

  it('never zoom past a week or two centuries', () => {
    let view = VIEW;
    for (let i = 0; i < 40; i++) view = applyAction(view, ZOOM_IN, BOUNDS);
    expect(view.span).toBe(MIN_SPAN_DAYS);
    for (let i = 0; i < 80; i++) view = applyAction(view, ZOOM_OUT, BOUNDS);
    expect(view.span).toBe(MAX_SPAN_DAYS);
  });
});

describe('the wheel', () => {
  it('zooms in when turned away, out when turned back, holding the day under the pointer', () => {
    const zoomIn = wheelMove(wheel(-400), 250, 1000);
    expectZoom(zoomIn, Math.exp(0.8), 0.25);
    const after = applyAction(VIEW, zoomIn, BOUNDS);
    expect(after.span).toBeLessThan(VIEW.span);
    // The day a quarter of the way across stays a quarter of the way across.
    expect(after.start + after.span * 0.25).toBeCloseTo(VIEW.start + VIEW.span * 0.25, 9);
    expectZoom(wheelMove(wheel(400), 250, 1000), Math.exp(-0.8), 0.25);
  });

  it('zooms five times faster for a pinch on a trackpad, which comes with Ctrl', () => {
    expectZoom(wheelMove(wheel(-10, 0, { ctrlKey: true }), 0, 1000), Math.exp(0.1), 0);
    expectZoom(wheelMove(wheel(-10), 0, 1000), Math.exp(0.02), 0);
  });

  it('pans when turned sideways, or with Shift, by its travel over the width', () => {
    expect(wheelMove(wheel(10, -200), 500, 1000)).toEqual({ kind: 'pan', fraction: -0.2 });
    expect(wheelMove(wheel(300, 0, { shiftKey: true }), 500, 1000)).toEqual({ kind: 'pan', fraction: 0.3 });
    // With Shift the larger of the two travels counts.
    expect(wheelMove(wheel(10, 100, { shiftKey: true }), 500, 1000)).toEqual({ kind: 'pan', fraction: 0.1 });
  });

  it('survives a plot with no width yet', () => {
    expect(wheelMove(wheel(0, 50), 0, 0)).toEqual({ kind: 'pan', fraction: 50 });
    expectZoom(wheelMove(wheel(-100), 0, 0), Math.exp(0.2), 0);
  });
});

describe('drag and pinch', () => {
  it('a press becomes a drag only past the threshold, so a click still opens an item', () => {
    const pressed = pressGesture(idleGesture(VIEW), [300], VIEW);
    expect(pressed).toEqual({ mode: 'pending', startX: 300, startDistance: 1, startView: VIEW });
    expect(startsDrag(pressed, 300 + DRAG_THRESHOLD_PX)).toBe(false);
    expect(startsDrag(pressed, 300 - DRAG_THRESHOLD_PX)).toBe(false);
    expect(startsDrag(pressed, 300 + DRAG_THRESHOLD_PX + 1)).toBe(true);
    expect(startsDrag(pressed, 300 - DRAG_THRESHOLD_PX - 1)).toBe(true);
    expect(startsDrag({ ...pressed, mode: 'pan' }, 900)).toBe(false);
    expect(startsDrag({ ...pressed, mode: 'idle' }, 900)).toBe(false);
  });

  it('dragging moves the days with the pointer, from where the drag started', () => {
    const pressed = pressGesture(idleGesture(VIEW), [300], VIEW);
    // A quarter of a 1000-pixel plot to the right brings a quarter of the window from the past.
    expect(dragView(pressed, 550, 1000)).toEqual({ start: 975, span: 100 });
    expect(dragView(pressed, 100, 1000)).toEqual({ start: 1020, span: 100 });
    expect(dragView(pressed, 300, 1000)).toEqual(VIEW);
  });

  it('two fingers pinch around their middle; a third changes nothing', () => {
    const one = pressGesture(idleGesture(VIEW), [200], VIEW);
    const two = pressGesture(one, [200, 400], VIEW);
    expect(two).toEqual({ mode: 'pinch', startX: 300, startDistance: 200, startView: VIEW });
    expect(pressGesture(two, [200, 400, 600], { start: 0, span: 10 })).toBe(two);
    // Fingers twice as far apart: half the span, the day under their starting middle held.
    const pinched = pinchView(two, 400, 1000);
    expect(pinched.span).toBe(50);
    expect(pinched.start + pinched.span * 0.3).toBeCloseTo(VIEW.start + VIEW.span * 0.3, 9);
    expect(pinchView(two, 100, 1000).span).toBe(200);
  });

  it('fingers on top of each other count as a little apart', () => {
    expect(pinchDistance(100, 100)).toBe(8);
    expect(pinchDistance(100, 103)).toBe(8);
    expect(pinchDistance(100, 40)).toBe(60);
    const touching = pressGesture(idleGesture(VIEW), [500, 500], VIEW);
    expect(touching.startDistance).toBe(8);
    expect(Number.isFinite(pinchView(touching, pinchDistance(0, 80), 1000).span)).toBe(true);
  });
});

describe('what a key or button zoom holds still', () => {
  // Four incidents in March 2019 as days 0–40, in a window of ten years around them.
  const raid = { start: 8, end: 10 };
  const arrest = { start: 9, end: 10 };
  const transfer = { start: 0, end: 31 };
  const fine = { start: 38, end: 39 };
  const spans = [transfer, raid, arrest, fine];

  it('the focused item, while it is in the window', () => {
    const view = { start: -100, span: 200 };
    expect(zoomFocus(view, spans, fine)).toBe(38.5);
    // A long item only partly in view: the middle of what is in view.
    expect(zoomFocus({ start: 20, span: 100 }, spans, transfer)).toBe(25.5);
    // Out of view, the focus falls back on the items that are in view.
    expect(zoomFocus({ start: 35, span: 10 }, spans, arrest)).toBe(38.5);
  });

  it('the middle of the items in view, never a gap between them', () => {
    const view = { start: -1000, span: 3650 };
    const day = zoomFocus(view, spans)!;
    expect(spans.some((span) => day >= span.start && day <= span.end)).toBe(true);
    // Two items far apart: their mean lies in the gap, so the zoom holds the nearer one.
    const apart = [{ start: 0, end: 1 }, { start: 100, end: 101 }, { start: 102, end: 103 }];
    const between = zoomFocus({ start: -50, span: 200 }, apart)!;
    expect(apart.some((span) => between >= span.start && between <= span.end)).toBe(true);
    // Zooming in ten times over keeps items in view.
    let zoomed = view;
    for (let i = 0; i < 10; i++) zoomed = applyAction(zoomed, ZOOM_IN, BOUNDS, zoomFocus(zoomed, spans));
    expect(spans.filter((span) => span.start < zoomed.start + zoomed.span && span.end > zoomed.start).length).toBeGreaterThan(0);
  });

  it('with nothing in view, the nearest item, which the zoom brings to the middle', () => {
    const away = { start: 500, span: 100 };
    expect(zoomFocus(away, spans)).toBe(38.5);
    const zoomed = applyAction(away, ZOOM_IN, BOUNDS, zoomFocus(away, spans));
    expect(zoomed.start + zoomed.span / 2).toBeCloseTo(38.5, 9);
    expect(zoomFocus(away, [])).toBeUndefined();
  });

  it('zoomAround holds a day in view where it is on screen', () => {
    const zoomed = zoomAround(VIEW, 2, 1025);
    expect(zoomed.span).toBe(50);
    expect((1025 - zoomed.start) / zoomed.span).toBeCloseTo(0.25, 9);
    // An anchor of its own (the wheel's) wins over the focus.
    expect(applyAction(VIEW, { kind: 'zoom', factor: 2, anchor: 0 }, BOUNDS, 1025)).toEqual({ start: 1000, span: 50 });
  });
});
