import { useEffect, useRef } from 'react';

/** Saves what one screen holds; resolves when done, whatever the outcome. */
type PendingSave = () => Promise<unknown> | undefined;
const pending = new Set<PendingSave>();

/** The longest the page waits for its saves before a lock goes on; main waits two seconds at most. */
export const LOCK_SAVE_WAIT_MS = 1500;

/** A screen with typing that may not be saved yet registers how to save it now. */
export function usePendingSave(save: PendingSave): void {
  const latest = useRef(save);
  latest.current = save;
  useEffect(() => {
    const entry: PendingSave = () => latest.current();
    pending.add(entry);
    return () => {
      pending.delete(entry);
    };
  }, []);
}

/**
 * Before a lock (docs/security.md S18): every screen saves what it holds, and this waits for
 * them at most `waitMs`. It never rejects and never waits longer: a save that hangs must not
 * keep the vault open.
 */
export async function saveAllPending(waitMs = LOCK_SAVE_WAIT_MS): Promise<void> {
  const saves = [...pending].map((save) => {
    try {
      return Promise.resolve(save()).catch(() => undefined);
    } catch {
      return Promise.resolve(undefined);
    }
  });
  let timer: number | undefined;
  const wait = new Promise<void>((resolve) => {
    timer = window.setTimeout(resolve, waitMs);
  });
  await Promise.race([Promise.all(saves), wait]);
  window.clearTimeout(timer);
}
