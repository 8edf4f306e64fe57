import { useEffect, useSyncExternalStore } from 'react';
import type { FieldDefinition } from '../../../../shared/api/fields';
import type { RecordKind } from '../../../../shared/domain/records';
import { api } from '../../api/client';

/**
 * The vault's field definitions, fetched once and shared by every form on screen, like the
 * vocabularies. The fields screen calls `refreshFields()` after each change; a form that opens
 * later than a few seconds after the last load fetches them again in the background.
 */
type State = { status: 'idle' | 'loading' | 'ready' | 'failed'; definitions: readonly FieldDefinition[] };

const FRESH_MS = 3_000;
let loadedAt = 0;
let state: State = { status: 'idle', definitions: [] };
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

export function refreshFields(): Promise<void> {
  if (inFlight) return inFlight;
  set({ ...state, status: state.status === 'ready' ? 'ready' : 'loading' });
  inFlight = api
    .call('fields.list', {})
    .then(
      (definitions) => {
        loadedAt = Date.now();
        set({ status: 'ready', definitions });
      },
      () => set({ ...state, status: 'failed' }),
    )
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/** Forgets the definitions, on lock: labels of an organisation's own fields say what it documents. */
export function clearFields(): void {
  loadedAt = 0;
  set({ status: 'idle', definitions: [] });
}

/** Every definition of every kind, removed ones included, in their order. */
export function useFieldDefinitions(): State {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    const stale = state.status === 'ready' && Date.now() - loadedAt > FRESH_MS;
    if (state.status === 'idle' || state.status === 'failed' || stale) void refreshFields();
  }, []);
  return current;
}

/** The definitions of one kind: the live ones in their order, and the removed ones apart. */
export function useKindFields(kind: RecordKind): { status: State['status']; live: FieldDefinition[]; removed: FieldDefinition[] } {
  const { status, definitions } = useFieldDefinitions();
  const ofKind = definitions.filter((d) => d.kind === kind).sort((a, b) => a.position - b.position);
  return { status, live: ofKind.filter((d) => d.removedAt === null), removed: ofKind.filter((d) => d.removedAt !== null) };
}
