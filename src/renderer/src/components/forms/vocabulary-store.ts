import type { Vocabulary } from '../../../../shared/domain/views';
import { api } from '../../api/client';
import { sharedList, type SharedListState } from './shared-list';

export { flattenTerms, termLabel, type TermEntry } from './vocabulary-terms';

const vocabularies = sharedList<Vocabulary>(() => api.call('vocabularies.list', {}));

/**
 * The vault's vocabularies, fetched once and shared by every picker on screen. The vocabularies
 * screen calls `refreshVocabularies()` after an edit, so pickers show the new terms at once; a
 * picker that mounts later refreshes the lists in the background.
 */
export const refreshVocabularies = vocabularies.refresh;

/** Forgets the lists, on lock: terms users added say what the organisation documents. */
export const clearVocabularies = vocabularies.clear;

type State = { status: SharedListState<Vocabulary>['status']; vocabularies: readonly Vocabulary[] };

/** Every vocabulary, loading them on first use. */
export function useVocabularies(): State & { retry(): void } {
  const { status, items } = vocabularies.use();
  return { status, vocabularies: items, retry: () => void refreshVocabularies() };
}

export function useVocabulary(key: string): { vocabulary: Vocabulary | undefined; status: State['status']; retry(): void } {
  const { vocabularies, status, retry } = useVocabularies();
  return { vocabulary: vocabularies.find((v) => v.key === key), status, retry };
}
