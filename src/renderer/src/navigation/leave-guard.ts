import { useEffect } from 'react';

/**
 * Returns true when leaving is fine. A guard that must first save or ask (in a dialog) returns
 * false and later calls `proceed`, which finishes the navigation it held up once the remaining
 * guards agree.
 */
type Guard = (proceed: () => void) => boolean;
const guards = new Set<Guard>();

/**
 * A screen with unsaved work registers a guard: it returns true when leaving is fine (after
 * saving or asking). The workspace asks every guard before it changes route.
 */
export function useLeaveGuard(guard: Guard): void {
  useEffect(() => {
    guards.add(guard);
    return () => {
      guards.delete(guard);
    };
  }, [guard]);
}

/** Asks every guard; `proceed` is what a guard calls to go on after it saved or asked. */
export function mayLeave(proceed: () => void = () => undefined, cleared: ReadonlySet<Guard> = new Set()): boolean {
  for (const guard of guards) {
    if (cleared.has(guard)) continue;
    const next = new Set(cleared).add(guard);
    const resume = () => {
      if (mayLeave(proceed, next)) proceed();
    };
    if (!guard(resume)) return false;
  }
  return true;
}
