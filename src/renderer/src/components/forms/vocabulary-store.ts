import { useEffect, useSyncExternalStore } from 'react';
import type { Vocabulary } from '../../../../shared/domain/views';
import { api } from '../../api/client';

export { flattenTerms, termLabel, type TermEntry } from './vocabulary-terms';

/**
 * The vault's vocabularies, fetched once and shared by every picker on screen. The vocabularies
 * screen calls `refreshVocabularies()` after an edit, so pickers show the new terms at once.
 */
type State = { status: 'idle' | 'loading' | 'ready' | 'failed'; vocabularies: readonly Vocabulary[] };

/** A screen that opens after this long since the last load fetches the lists again, quietly. */
const FRESH_MS = 3_000;
let loadedAt = 0;

let state: State = { status: 'idle', vocabularies: [] };
let inFlight: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(next: State): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Loads the list again (after an edit, or after a failure); callers may await it. */
export function refreshVocabularies(): Promise<void> {
  if (inFlight) return inFlight;
  set({ ...state, status: state.status === 'ready' ? 'ready' : 'loading' });
  inFlight = api
    .call('vocabularies.list', {})
    .then(
      (vocabularies) => {
        loadedAt = Date.now();
        set({ status: 'ready', vocabularies });
      },
      () => set({ ...state, status: 'failed' }),
    )
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/**
 * Every vocabulary, loading them on first use. A picker that mounts later refreshes the lists in
 * the background (showing the ones it has meanwhile), so terms added on the Vocabularies screen
 * appear without anyone having to tell this store.
 */
export function useVocabularies(): State & { retry(): void } {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    const stale = state.status === 'ready' && Date.now() - loadedAt > FRESH_MS;
    if (state.status === 'idle' || state.status === 'failed' || stale) void refreshVocabularies();
  }, []);
  useEffect(() => {
    if (current.status === 'idle') void refreshVocabularies();
  }, [current.status]);
  return { ...current, retry: () => void refreshVocabularies() };
}

export function useVocabulary(key: string): { vocabulary: Vocabulary | undefined; status: State['status']; retry(): void } {
  const { vocabularies, status, retry } = useVocabularies();
  return { vocabulary: vocabularies.find((v) => v.key === key), status, retry };
}
