import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { fitView, type TimeView } from './timeline-scale';
import {
  applyAction,
  dragView,
  FIT,
  idleGesture,
  keyAction,
  moveView,
  pinchDistance,
  pinchView,
  pressGesture,
  startsDrag,
  wheelMove,
  ZOOM_IN,
  ZOOM_OUT,
  type Bounds,
  type Gesture,
  type ViewAction,
} from './pan-zoom';

interface PanZoomOptions {
  /** The first and last day of the whole timeline, for "fit". */
  bounds: Bounds;
  /** The plot's width in pixels. */
  width: number;
  /** The focusable viewport: it takes the wheel and the keys, and keeps focus while the view moves. */
  viewport: RefObject<HTMLDivElement | null>;
  /** The drawing: a drag captures the pointer on it. */
  surface: RefObject<SVGSVGElement | null>;
  /** The day a key or button zoom holds still in a window (`zoomFocus`); the middle when undefined. */
  zoomFocus?(view: TimeView): number | undefined;
}

export interface PanZoom {
  view: TimeView;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
  pointerHandlers: {
    onPointerDown(event: PointerEvent<SVGSVGElement>): void;
    onPointerMove(event: PointerEvent<SVGSVGElement>): void;
    onPointerUp(event: PointerEvent<SVGSVGElement>): void;
    onPointerCancel(event: PointerEvent<SVGSVGElement>): void;
  };
  /** Whether the last press became a drag or a pinch: then its click opens nothing. */
  dragged(): boolean;
}

/** The timeline's visible window and everything that moves it: keys, buttons, wheel, drag, pinch. */
export function usePanZoom({ bounds, width, viewport, surface, zoomFocus }: PanZoomOptions): PanZoom {
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

  // Bounds are read when the action is taken: "fit" fits the timeline shown at that moment. The
  // zoom's focus is worked out on the window the zoom applies to, after any wheel steps before it.
  const act = (action: ViewAction) => {
    const at = { first: bounds.first, last: bounds.last };
    change((old) => applyAction(old, action, at, action.kind === 'zoom' ? zoomFocus?.(old) : undefined));
  };

  // A new data set (another filter) keeps the window; a new timeline fits itself.
  const boundsKey = `${bounds.first}:${bounds.last}`;
  const lastBounds = useRef(boundsKey);
  useEffect(() => {
    if (lastBounds.current === boundsKey) return;
    lastBounds.current = boundsKey;
    setView(fitView(bounds.first, bounds.last));
  }, [boundsKey, bounds.first, bounds.last]);

  // Registered natively: React's wheel listener is passive, and the page must not scroll.
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      const move = wheelMove(event, event.clientX - rect.left, rect.width);
      change((old) => moveView(old, move));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [change, viewport]);

  // Dragging pans; two fingers pinch. Pointer capture starts only once a drag is under way, so
  // a plain click still reaches the item under it.
  const pointers = useRef(new Map<number, number>());
  const gesture = useRef<Gesture>(idleGesture(view));
  const wasDragged = useRef(false);

  function localX(clientX: number): number {
    return clientX - (viewport.current?.getBoundingClientRect().left ?? 0);
  }

  function onPointerDown(event: PointerEvent<SVGSVGElement>) {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    pointers.current.set(event.pointerId, localX(event.clientX));
    wasDragged.current = false;
    gesture.current = pressGesture(gesture.current, [...pointers.current.values()], view);
  }

  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    if (!pointers.current.has(event.pointerId)) return;
    const x = localX(event.clientX);
    pointers.current.set(event.pointerId, x);
    const g = gesture.current;
    if (startsDrag(g, x)) {
      g.mode = 'pan';
      wasDragged.current = true;
      surface.current?.setPointerCapture(event.pointerId);
    }
    if (g.mode === 'pan') {
      const next = dragView(g, x, width);
      change(() => next);
    } else if (g.mode === 'pinch') {
      const [a, b] = pointers.current.values();
      if (a === undefined || b === undefined) return;
      wasDragged.current = true;
      const next = pinchView(g, pinchDistance(a, b), width);
      change(() => next);
    }
  }

  function onPointerEnd(event: PointerEvent<SVGSVGElement>) {
    pointers.current.delete(event.pointerId);
    if (pointers.current.size === 0) gesture.current = { ...gesture.current, mode: 'idle' };
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const action = keyAction(event);
    if (!action) return;
    // From an item, the view moves under it; the viewport keeps focus so it is not lost.
    if (event.target !== viewport.current) viewport.current?.focus();
    act(action);
    event.preventDefault();
  }

  return {
    view,
    zoomIn: () => act(ZOOM_IN),
    zoomOut: () => act(ZOOM_OUT),
    fit: () => act(FIT),
    onKeyDown,
    pointerHandlers: { onPointerDown, onPointerMove, onPointerUp: onPointerEnd, onPointerCancel: onPointerEnd },
    dragged: () => wasDragged.current,
  };
}
