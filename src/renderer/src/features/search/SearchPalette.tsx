import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../shared/domain/records';
import type { SearchHit } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { useNavigation, type Route } from '../../navigation/routes';
import { focusableIn, routeForHit, Snippet } from './search-hit';

const DEBOUNCE_MS = 150;
const LIMIT = 50;
/** The contract's bound on `offset`: ranking reads a window of three times offset + limit. */
const MAX_OFFSET = 10_000;
/** Groups in the order they are listed. */
const GROUPS: readonly RecordKind[] = ['case', 'person', 'organisation', 'source', 'testimony', 'incident'];

interface Option {
  id: string;
  hit: SearchHit;
  /** A case's second entry opens its timeline rather than the case itself. */
  timeline: boolean;
  route: Route;
}

/** Ctrl/Cmd+K: search every record as you type; arrows and Enter open one. */
export function SearchPalette({ open, onClose }: { open: boolean; onClose(): void }) {
  return open ? <Palette onClose={onClose} /> : null;
}

function Palette({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // Whatever had focus before the palette opened gets it back when it closes.
  const opener = useRef<Element | null>(document.activeElement);
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<{ query: string; hits: SearchHit[]; more: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  // The first hit of a page just shown: it becomes the active option once it is listed.
  const firstOfPage = useRef<string | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [active, setActive] = useState(0);
  const request = useRef(0);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    input.current?.focus();
    return () => {
      const previous = opener.current;
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  // Results as you type, after a short pause; an answer to an older query is dropped.
  useEffect(() => {
    const query = text.trim();
    const id = ++request.current;
    if (query === '') {
      setAnswer(null);
      setBusy(false);
      setLoadingMore(false);
      setFailure(null);
      return;
    }
    setBusy(true);
    const timer = setTimeout(() => {
      api.call('search.query', { text: query, limit: LIMIT }).then(
        (hits) => {
          if (id !== request.current) return;
          setAnswer({ query, hits, more: hits.length === LIMIT });
          setLoadingMore(false);
          setActive(0);
          setFailure(null);
          setBusy(false);
        },
        (error: unknown) => {
          if (id !== request.current) return;
          setFailure(toApiError(error).code);
          setBusy(false);
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const groups = useMemo(() => {
    const hits = answer?.hits ?? [];
    let index = 0;
    return GROUPS.map((kind) => {
      const options: Option[] = [];
      for (const hit of hits) {
        if (hit.kind !== kind) continue;
        options.push({ id: `search-option-${index++}`, hit, timeline: false, route: routeForHit(hit) });
        if (kind === 'case') options.push({ id: `search-option-${index++}`, hit, timeline: true, route: { name: 'timeline', caseId: hit.id } });
      }
      return { kind, options };
    }).filter((group) => group.options.length > 0);
  }, [answer]);
  const options = useMemo(() => groups.flatMap((group) => group.options), [groups]);
  const activeOption = options[Math.min(active, options.length - 1)];

  useEffect(() => {
    const first = firstOfPage.current;
    if (first === null) return;
    firstOfPage.current = null;
    const index = options.findIndex((option) => option.hit.id === first && !option.timeline);
    if (index >= 0) setActive(index);
  }, [options]);

  /** The next page of the same query, added below what is shown; a newer query drops it. */
  function showMore() {
    if (!answer || loadingMore) return;
    const id = request.current;
    const shown = answer;
    setLoadingMore(true);
    api.call('search.query', { text: shown.query, limit: LIMIT, offset: shown.hits.length }).then(
      (page) => {
        if (id !== request.current) return;
        const known = new Set(shown.hits.map((hit) => hit.id));
        const fresh = page.filter((hit) => !known.has(hit.id));
        firstOfPage.current = fresh[0]?.id ?? null;
        setAnswer({ query: shown.query, hits: [...shown.hits, ...fresh], more: page.length === LIMIT });
        setLoadingMore(false);
        setFailure(null);
        // Back to the list, so the arrow keys go on from the first new result.
        input.current?.focus();
      },
      (error: unknown) => {
        if (id !== request.current) return;
        setFailure(toApiError(error).code);
        setLoadingMore(false);
      },
    );
  }
  const canShowMore = answer !== null && answer.more && answer.hits.length <= MAX_OFFSET;

  useEffect(() => {
    if (!activeOption) return;
    document.getElementById(activeOption.id)?.scrollIntoView({ block: 'nearest' });
  }, [activeOption]);

  function choose(option: Option | undefined) {
    if (!option) return;
    onClose();
    navigation.go(option.route);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      // Focus stays in the palette while it is open.
      const focusable = dialog.current ? focusableIn(dialog.current) : [];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  }

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (options.length === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((old) => (Math.min(old, options.length - 1) + 1) % options.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((old) => (Math.min(old, options.length - 1) - 1 + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(activeOption);
    }
  }

  function onDialogClick(event: MouseEvent<HTMLDialogElement>) {
    // A click on the backdrop lands on the dialog element itself.
    if (event.target === dialog.current) onClose();
  }

  const query = text.trim();
  let status = '';
  if (query === '') status = t('admin.search.hint');
  else if (failure) status = t(`errors.${failure}`);
  else if (busy && !answer) status = t('admin.search.searching');
  else if (answer && answer.hits.length === 0) status = t('admin.search.nothing', { query: answer.query });
  else if (answer && canShowMore) status = t('admin.search.foundMore', { count: answer.hits.length });
  else if (answer) status = t('admin.search.found', { count: answer.hits.length });

  return (
    <dialog ref={dialog} className="palette" aria-labelledby="search-title" onKeyDown={onKeyDown} onClick={onDialogClick} data-testid="search-palette">
      <div className="palette__body">
        <div className="palette__head">
          <h2 id="search-title" className="palette__title">
            {t('admin.search.title')}
          </h2>
          <button type="button" className="button button--secondary button--small" onClick={onClose} data-testid="search-close">
            {t('admin.search.close')}
          </button>
        </div>
        <label htmlFor="search-input" className="visually-hidden">
          {t('admin.search.label')}
        </label>
        <input
          id="search-input"
          ref={input}
          className="input palette__input"
          type="text"
          dir="auto"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={options.length > 0}
          aria-controls="search-results"
          aria-activedescendant={activeOption?.id}
          aria-describedby="search-status"
          placeholder={t('admin.search.placeholder')}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onInputKeyDown}
          data-testid="search-input"
        />
        <p id="search-status" className="palette__status" role="status" aria-busy={busy} data-testid="search-status">
          {status}
        </p>
        {/* The input drives the list (aria-activedescendant); the scroller itself stays out of the Tab order. */}
        <div id="search-results" role="listbox" tabIndex={-1} aria-label={t('admin.search.results')} className="palette__results" data-testid="search-results">
          {groups.map((group) => (
            <div key={group.kind} role="group" aria-labelledby={`search-group-${group.kind}`} className="palette__group" data-testid={`search-group-${group.kind}`}>
              <div id={`search-group-${group.kind}`} role="presentation" className="palette__group-title">
                {t(`admin.search.groups.${group.kind}`)}
              </div>
              {group.options.map((option) => {
                const index = options.indexOf(option);
                const selected = option === activeOption;
                return (
                  <div
                    key={option.id}
                    id={option.id}
                    role="option"
                    aria-selected={selected}
                    className={option.timeline ? 'palette__option palette__option--secondary' : 'palette__option'}
                    onMouseMove={() => setActive(index)}
                    onClick={() => choose(option)}
                    data-testid="search-option"
                    data-kind={option.timeline ? 'timeline' : option.hit.kind}
                    data-record-id={option.hit.id}
                  >
                    {option.timeline ? (
                      <span className="palette__label">{t('admin.search.openTimeline', { label: option.hit.label })}</span>
                    ) : (
                      <>
                        <span className="palette__label" dir="auto">
                          {option.hit.label || t('admin.search.untitled')}
                        </span>
                        {option.hit.snippet.length > 0 ? (
                          <span className="palette__snippet" dir="auto">
                            <Snippet parts={option.hit.snippet} />
                          </span>
                        ) : null}
                      </>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        {canShowMore ? (
          <button
            type="button"
            className="button button--secondary button--small palette__more"
            onClick={showMore}
            disabled={loadingMore}
            aria-busy={loadingMore}
            data-testid="search-more"
          >
            {loadingMore ? t('admin.search.loadingMore') : t('admin.search.more')}
          </button>
        ) : null}
        <p className="palette__keys" aria-hidden="true">
          {t('admin.search.keys')}
        </p>
      </div>
    </dialog>
  );
}
