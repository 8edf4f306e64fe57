import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../shared/domain/records';
import type { StoredRecord } from '../../../../shared/domain/views';
import { api } from '../../api/client';
import { currentLanguage } from '../../i18n';
import { Combobox, type ComboboxOption } from './Combobox';
import { isExactMatch } from './picker-match';
import { useUnresolvedPick } from './unresolved-picks';

export interface PickedRecord {
  id: string;
  label: string;
}

export interface RecordPickerProps {
  id: string;
  label: string;
  kind: RecordKind;
  /** The chosen record's id. */
  value: string | undefined;
  onChange(id: string | undefined, record?: PickedRecord): void;
  /** Offered first, before anything is typed: the records of this case. */
  caseId?: string;
  /** Records that may not be picked (the person being edited, links already made). */
  excludeIds?: readonly string[];
  /** Adds "Create new “…”" to the list; called with what was typed. */
  onCreateNew?(text: string): void;
  hint?: ReactNode;
  error?: ReactNode;
  testId?: string;
  hideLabel?: boolean;
  required?: boolean;
  disabled?: boolean;
}

const CREATE_KEY = '\u0000create';
const SEARCH_DELAY_MS = 200;
const INITIAL_LIMIT = 100;

/** Every name of a person or an organisation, so "Gulnar" finds the record labelled "Гульнар". */
function detailOf(record: StoredRecord): string | undefined {
  if (record.kind !== 'person' && record.kind !== 'organisation') return undefined;
  const others = record.data.names.map((name) => name.value).filter((value) => value !== record.label);
  return others.length > 0 ? others.join(' · ') : undefined;
}

/** The search's answer to one query, so an answer to an older one is never taken for it. */
interface Hits {
  query: string;
  options: ComboboxOption[];
}

/**
 * Picks a record of one kind by typing: the case's own records (or the latest) before anything
 * is typed, then full-text search over the vault. Labels are record labels (a source shows its
 * pseudonym, never a protected name). A label typed out in full comes first and is never offered
 * to be created again; Enter before the search answers picks once it has; text that names no
 * record stays in the input with a message.
 */
export function RecordPicker(props: RecordPickerProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { kind, caseId, value } = props;
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());
  const [initial, setInitial] = useState<ComboboxOption[] | null>(null);
  /** How many records the first list was taken from: it shows at most INITIAL_LIMIT of them. */
  const [initialTotal, setInitialTotal] = useState(0);
  const [hits, setHits] = useState<Hits | null>(null);
  const [typed, setTyped] = useState<string | null>(null);
  // Focus left with text typed: kept, and resolved to an exact match once the search answers.
  const [left, setLeft] = useState(false);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const searchSeq = useRef(0);

  const remember = (entries: Array<{ id: string; label: string }>) =>
    setLabels((known) => {
      const next = new Map(known);
      for (const entry of entries) next.set(entry.id, entry.label);
      return next;
    });

  // The chosen record's label, when it was not picked here (an existing link being edited).
  useEffect(() => {
    if (value === undefined || labels.has(value)) return;
    let live = true;
    api.call('records.get', { id: value }).then(
      (record) => live && remember([{ id: record.id, label: record.label || t('records.form.untitled') }]),
      () => live && remember([{ id: value, label: t('records.form.missingRecord') }]),
    );
    return () => {
      live = false;
    };
  }, [value, labels, t]);

  async function loadInitial(): Promise<void> {
    if (initial !== null) return;
    setLoading(true);
    try {
      let page = await api.call('records.list', { kind, ...(caseId ? { caseId } : {}), sort: 'label', direction: 'asc', limit: INITIAL_LIMIT });
      if (page.items.length === 0 && caseId) {
        page = await api.call('records.list', { kind, sort: 'updated', direction: 'desc', limit: INITIAL_LIMIT });
      }
      const { items } = page;
      setInitialTotal(page.total);
      remember(items.map((record) => ({ id: record.id, label: record.label })));
      setInitial(items.map((record) => ({ key: record.id, label: record.label || t('records.form.untitled'), detail: detailOf(record) })));
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }

  // Searches what is typed, a moment after typing stops; a late answer to an old query is dropped.
  useEffect(() => {
    const text = typed?.trim() ?? '';
    if (text === '') {
      setHits(null);
      return;
    }
    const seq = ++searchSeq.current;
    const timer = window.setTimeout(() => {
      setLoading(true);
      api.call('search.query', { text, kinds: [kind], limit: 30 }).then(
        (found) => {
          if (seq !== searchSeq.current) return;
          remember(found.map((hit) => ({ id: hit.id, label: hit.label })));
          setHits({
            query: text,
            options: found.map((hit) => ({
              key: hit.id,
              label: hit.label || t('records.form.untitled'),
              detail: hit.snippet.map((part) => part.text).join('').trim() || undefined,
            })),
          });
          setLoading(false);
          setFailed(false);
        },
        () => {
          if (seq !== searchSeq.current) return;
          setHits({ query: text, options: [] });
          setLoading(false);
          setFailed(true);
        },
      );
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [typed, kind, t]);

  const selectedLabel = value === undefined ? '' : (labels.get(value) ?? '');
  const text = typed ?? selectedLabel;
  const searching = typed !== null && typed.trim() !== '' && typed !== selectedLabel;
  const query = typed?.trim() ?? '';
  const pending = searching && hits?.query !== query;
  const excludeKey = (props.excludeIds ?? []).join(' ');

  // The search's hits with an exact label first; the rest keep the search's order.
  const found = useMemo<ComboboxOption[]>(() => {
    if (!searching || !hits || hits.query !== query) return [];
    const excluded = new Set(excludeKey === '' ? [] : excludeKey.split(' '));
    const usable = hits.options.filter((option) => !excluded.has(option.key));
    const exact = usable.filter((option) => isExactMatch(query, { label: option.label }));
    return [...exact, ...usable.filter((option) => !exact.includes(option))];
  }, [searching, hits, query, excludeKey]);
  const exact = found[0] && isExactMatch(query, { label: found[0].label }) ? found[0] : undefined;

  const options = useMemo<ComboboxOption[]>(() => {
    const excluded = new Set(excludeKey === '' ? [] : excludeKey.split(' '));
    const list = searching ? [...found] : (initial ?? []).filter((option) => !excluded.has(option.key));
    // What exists already is picked, never offered to be made a second time.
    if (props.onCreateNew && !exact) {
      const name = typed?.trim() ?? '';
      list.push({
        key: CREATE_KEY,
        label: name && searching ? t('records.form.createNamed', { name }) : t('records.form.createNew'),
        action: true,
      });
    }
    return list;
  }, [searching, found, exact, initial, excludeKey, props.onCreateNew, typed, t]);

  // Left before the search answered: a label typed out in full is chosen once it is found.
  const { onChange } = props;
  useEffect(() => {
    if (!left || pending || !exact) return;
    setTyped(null);
    setLeft(false);
    onChange(exact.key, { id: exact.key, label: exact.label });
  }, [left, pending, exact, onChange]);

  const unmatched = left && searching;
  useUnresolvedPick(unmatched, () => document.getElementById(props.id)?.focus());

  return (
    <Combobox
      id={props.id}
      label={props.label}
      hideLabel={props.hideLabel}
      required={props.required}
      disabled={props.disabled}
      hint={props.hint}
      error={props.error ?? (failed ? t('records.form.listFailed') : unmatched && !pending ? t('records.form.unmatched', { text: query }) : undefined)}
      testId={props.testId}
      inputValue={text}
      onInputChange={(next) => {
        setLeft(false);
        setTyped(next);
      }}
      onOpen={() => void loadInitial()}
      options={options}
      selectedKey={value}
      loading={loading || pending}
      pending={pending}
      emptyText={searching ? t('records.form.noMatches') : t('records.form.noRecords')}
      footer={!searching && initial !== null && initialTotal > initial.length ? t('records.form.firstOfMany', { shown: initial.length.toLocaleString(language), total: initialTotal.toLocaleString(language) }) : undefined}
      onSelect={(option) => {
        const typedText = typed?.trim() ?? '';
        setTyped(null);
        setLeft(false);
        if (option.key === CREATE_KEY) {
          props.onCreateNew?.(searching ? typedText : '');
          return;
        }
        props.onChange(option.key, { id: option.key, label: option.label });
      }}
      onCommit={() => {
        if (!searching) {
          if (typed !== null && typed.trim() === '') props.onChange(undefined);
          setTyped(null);
          return;
        }
        // A label typed out in full counts as choosing it; anything else stays as typed.
        if (exact && !pending) {
          setTyped(null);
          props.onChange(exact.key, { id: exact.key, label: exact.label });
          return;
        }
        setLeft(true);
      }}
      onRevert={() => {
        setTyped(null);
        setLeft(false);
      }}
    />
  );
}
