import { useEffect } from 'react';

type Guard = () => boolean;
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

export function mayLeave(): boolean {
  for (const guard of guards) if (!guard()) return false;
  return true;
}
