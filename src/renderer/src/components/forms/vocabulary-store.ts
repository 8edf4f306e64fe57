import { useEffect, useSyncExternalStore } from 'react';
import type { Vocabulary, VocabularyTerm } from '../../../../shared/domain/views';
import { api } from '../../api/client';
import type { LanguageCode } from '../../i18n';

/**
 * The vault's vocabularies, fetched once and shared by every picker on screen. The vocabularies
 * screen calls `refreshVocabularies()` after an edit, so pickers show the new terms at once.
 */
type State = { status: 'idle' | 'loading' | 'ready' | 'failed'; vocabularies: readonly Vocabulary[] };

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
      (vocabularies) => set({ status: 'ready', vocabularies }),
      () => set({ ...state, status: 'failed' }),
    )
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/** Forgets everything, as when the vault locks: the next picker loads afresh. */
export function clearVocabularies(): void {
  set({ status: 'idle', vocabularies: [] });
}

/** Every vocabulary, loading them on first use. */
export function useVocabularies(): State & { retry(): void } {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (current.status === 'idle') void refreshVocabularies();
  }, [current.status]);
  return { ...current, retry: () => void refreshVocabularies() };
}

export function useVocabulary(key: string): { vocabulary: Vocabulary | undefined; status: State['status']; retry(): void } {
  const { vocabularies, status, retry } = useVocabularies();
  return { vocabulary: vocabularies.find((v) => v.key === key), status, retry };
}

export interface TermEntry {
  term: VocabularyTerm;
  /** 0 for a top-level term. */
  depth: number;
  /** Labels of the broader terms, outermost first, in the requested language. */
  path: string[];
}

/** Terms in tree order (each parent before its children, siblings by label), with their depth. */
export function flattenTerms(vocabulary: Vocabulary, language: LanguageCode): TermEntry[] {
  const byCode = new Map(vocabulary.terms.map((term) => [term.code, term]));
  const children = new Map<string | null, VocabularyTerm[]>();
  for (const term of vocabulary.terms) {
    // A parent that is missing (never in a well-formed vault) puts the term at the top.
    const parent = term.parent !== null && byCode.has(term.parent) ? term.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), term]);
  }
  const collator = new Intl.Collator(language);
  const out: TermEntry[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number, path: string[]) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => collator.compare(a.labels[language], b.labels[language]));
    for (const term of list) {
      if (seen.has(term.code)) continue;
      seen.add(term.code);
      out.push({ term, depth, path });
      walk(term.code, depth + 1, [...path, term.labels[language]]);
    }
  };
  walk(null, 0, []);
  return out;
}

/** A term's label in the language, or its code when the vocabulary does not know it. */
export function termLabel(vocabulary: Vocabulary | undefined, code: string, language: LanguageCode): string {
  return vocabulary?.terms.find((term) => term.code === code)?.labels[language] ?? code;
}

/** The label of a term in a vocabulary looked up by key, for read-only displays. */
export function useTermLabel(vocabularyKey: string, code: string | undefined, language: LanguageCode): string {
  const { vocabulary } = useVocabulary(vocabularyKey);
  return code === undefined ? '' : termLabel(vocabulary, code, language);
}
