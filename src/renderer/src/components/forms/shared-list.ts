import { useEffect, useSyncExternalStore } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import { toApiError } from '../../api/client';

/** A list the vault answers, as every screen on the page shares it. */
export interface SharedListState<T> {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  items: readonly T[];
  /** Why the last load failed, when it did. */
  failure?: ErrorCode;
}

export interface SharedList<T> {
  /** Loads the list again (after an edit, or after a failure); callers may await it. */
  refresh(): Promise<void>;
  /** Forgets the list, as on lock. */
  clear(): void;
  /** The list, loading it on first use and again, quietly, when a screen opens on a stale one. */
  use(): SharedListState<T>;
}

/** A screen that opens after this long since the last load fetches the list again. */
const FRESH_MS = 3_000;

/**
 * One list fetched once and shared by every picker and form on screen (the vocabularies, the
 * custom field definitions). An edit on the screen that owns the list calls `refresh()`; any
 * other screen that mounts later than `FRESH_MS` after the last load refreshes it in the
 * background, showing the list it has meanwhile.
 */
export function sharedList<T>(load: () => Promise<readonly T[]>): SharedList<T> {
  let state: SharedListState<T> = { status: 'idle', items: [] };
  let loadedAt = 0;
  let inFlight: Promise<void> | null = null;
  const listeners = new Set<() => void>();

  const set = (next: SharedListState<T>) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  function refresh(): Promise<void> {
    if (inFlight) return inFlight;
    set({ ...state, status: state.status === 'ready' ? 'ready' : 'loading' });
    inFlight = load()
      .then(
        (items) => {
          loadedAt = Date.now();
          set({ status: 'ready', items });
        },
        (error: unknown) => set({ ...state, status: 'failed', failure: toApiError(error).code }),
      )
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  function use(): SharedListState<T> {
    const current = useSyncExternalStore(subscribe, () => state);
    useEffect(() => {
      const stale = state.status === 'ready' && Date.now() - loadedAt > FRESH_MS;
      if (state.status === 'idle' || state.status === 'failed' || stale) void refresh();
    }, []);
    return current;
  }

  return {
    refresh,
    clear: () => {
      loadedAt = 0;
      set({ status: 'idle', items: [] });
    },
    use,
  };
}
