import { useLayoutEffect, useRef } from 'react';

/**
 * Pickers holding typed text that matches nothing in their list. The text stays in the input
 * (it is never silently thrown away), and a save must not go ahead as if the field were empty
 * or unchanged: the forms ask here first and send the user to the field instead.
 */
type Focus = () => void;
const unresolved = new Set<{ focus: Focus }>();

/** A picker reports, while `active`, that what it shows is not a value yet. */
export function useUnresolvedPick(active: boolean, focus: Focus): void {
  const latest = useRef(focus);
  latest.current = focus;
  // Before paint, so a Save clicked right after the field lost focus already sees it.
  useLayoutEffect(() => {
    if (!active) return;
    const entry = { focus: () => latest.current() };
    unresolved.add(entry);
    return () => {
      unresolved.delete(entry);
    };
  }, [active]);
}

/** Whether some picker on screen holds unmatched text; if so, focuses the first one reported. */
export function focusUnresolvedPick(): boolean {
  const first = unresolved.values().next();
  if (first.done) return false;
  first.value.focus();
  return true;
}
