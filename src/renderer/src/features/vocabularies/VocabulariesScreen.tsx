import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vocabulary, VocabularyTerm } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { FormError } from '../../components/FormError';
import { ShowMore } from '../../components/ShowMore';
import { currentLanguage } from '../../i18n';
import type { Route } from '../../navigation/routes';
import { TermForm } from './TermForm';
import { buildTree, countNodes, firstNodes, flatten, termMatches } from './term-tree';
import { TermTable } from './TermTable';
import { TermTree } from './TermTree';

type Load = { state: 'loading' } | { state: 'failed'; code: ErrorCode } | { state: 'ready'; vocabularies: Vocabulary[] };
type Editing = { mode: 'add' } | { mode: 'edit'; code: string } | null;
type Notice = { kind: 'saved' | 'deprecated' | 'undeprecated'; label: string } | null;

const DEFAULT_VOCABULARY = 'incident_type';
/** Terms drawn at first and added by each "Show more": a vocabulary of places may run to thousands. */
const PAGE = 200;

/** The controlled lists: terms as a tree or a list, labelled in three languages; add, edit, deprecate. */
export function VocabulariesScreen(_props: { route: Route }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [selected, setSelected] = useState('');
  const [view, setView] = useState<'tree' | 'list'>('tree');
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [busyCode, setBusyCode] = useState<string | null>(null);
  const [shownCount, setShownCount] = useState(PAGE);
  const [focusCode, setFocusCode] = useState<string | null>(null);
  const terms = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const focusOnClose = useRef(false);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    heading.current?.focus();
    api.call('vocabularies.list', {}).then(
      (vocabularies) => {
        if (!live.current) return;
        setLoad({ state: 'ready', vocabularies });
        setSelected((old) => old || (vocabularies.find((v) => v.key === DEFAULT_VOCABULARY) ?? vocabularies[0])?.key || '');
      },
      (error: unknown) => {
        if (live.current) setLoad({ state: 'failed', code: toApiError(error).code });
      },
    );
    return () => {
      live.current = false;
    };
  }, []);

  const vocabularies = load.state === 'ready' ? load.vocabularies : [];
  const vocabulary = vocabularies.find((v) => v.key === selected);
  const asTree = vocabulary?.hierarchical === true && view === 'tree';
  const tree = useMemo(() => (vocabulary && asTree ? buildTree(vocabulary.terms, filter) : []), [vocabulary, asTree, filter]);
  const listed = useMemo(() => (vocabulary && !asTree ? vocabulary.terms.filter((term) => termMatches(term, filter)) : []), [vocabulary, asTree, filter]);
  const drawnTotal = asTree ? countNodes(tree) : listed.length;
  const drawnTree = useMemo(() => firstNodes(tree, shownCount), [tree, shownCount]);
  const drawnList = listed.slice(0, shownCount);

  // Another vocabulary, view or filter starts again from the first page.
  useEffect(() => setShownCount(PAGE), [selected, view, filter]);

  // The first term of the new page takes focus, so the keyboard goes on where the list ended.
  useEffect(() => {
    if (focusCode === null) return;
    setFocusCode(null);
    terms.current?.querySelector<HTMLButtonElement>(`[data-code="${CSS.escape(focusCode)}"] [data-testid="term-edit"]`)?.focus();
  }, [focusCode]);

  function showMore() {
    const order = (asTree ? flatten(tree).map((entry) => entry.term) : listed).map((term) => term.code);
    setFocusCode(order[shownCount] ?? null);
    setShownCount((count) => count + PAGE);
  }
  const matching = vocabulary ? vocabulary.terms.filter((term) => termMatches(term, filter)).length : 0;
  const editedTerm = editing?.mode === 'edit' ? vocabulary?.terms.find((term) => term.code === editing.code) ?? null : null;

  function replaceVocabulary(next: Vocabulary) {
    setLoad((old) => (old.state === 'ready' ? { state: 'ready', vocabularies: old.vocabularies.map((v) => (v.key === next.key ? next : v)) } : old));
  }

  function startEditing(next: Editing, from: HTMLElement | null) {
    returnFocus.current = from;
    setNotice(null);
    setFailure(null);
    setEditing(next);
  }

  function stopEditing() {
    focusOnClose.current = true;
    setEditing(null);
  }

  // Once the form is gone and the add button is enabled again (a disabled button cannot take focus):
  // back to the button that opened the form, or to the heading.
  useEffect(() => {
    if (editing !== null || !focusOnClose.current) return;
    focusOnClose.current = false;
    const target = returnFocus.current;
    (target?.isConnected ? target : heading.current)?.focus();
  }, [editing]);

  async function toggleDeprecated(term: VocabularyTerm) {
    if (!vocabulary) return;
    setBusyCode(term.code);
    setNotice(null);
    setFailure(null);
    try {
      const saved = await api.call('vocabularies.saveTerm', {
        vocabulary: vocabulary.key,
        code: term.code,
        labels: term.labels,
        parent: term.parent,
        deprecated: !term.deprecated,
      });
      if (!live.current) return;
      replaceVocabulary(saved);
      setNotice({ kind: term.deprecated ? 'undeprecated' : 'deprecated', label: term.labels[language] });
    } catch (error) {
      if (live.current) setFailure(toApiError(error).code);
    } finally {
      if (live.current) setBusyCode(null);
    }
  }

  const parentLabel = (code: string | null) => {
    if (code === null) return '';
    const term = vocabulary?.terms.find((candidate) => candidate.code === code);
    return term ? term.labels[language] : code;
  };

  function actions(term: VocabularyTerm) {
    const labelId = `term-name-${term.code}`;
    return (
      <span className="term-row__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-describedby={labelId}
          disabled={busyCode !== null}
          onClick={(event) => startEditing({ mode: 'edit', code: term.code }, event.currentTarget)}
          data-testid="term-edit"
        >
          {t('admin.vocabularies.edit')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-describedby={labelId}
          disabled={busyCode !== null}
          aria-busy={busyCode === term.code}
          onClick={() => void toggleDeprecated(term)}
          data-testid={term.deprecated ? 'term-undeprecate' : 'term-deprecate'}
        >
          {term.deprecated ? t('admin.vocabularies.undeprecate') : t('admin.vocabularies.deprecate')}
        </button>
      </span>
    );
  }

  const deprecatedCount = vocabulary?.terms.filter((term) => term.deprecated).length ?? 0;

  return (
    <section className="admin-screen" data-testid="screen-vocabularies" aria-labelledby="vocabularies-title">
      <h1 id="vocabularies-title" ref={heading} tabIndex={-1}>
        {t('admin.vocabularies.title')}
      </h1>
      <p className="admin-screen__intro">{t('admin.vocabularies.intro')}</p>

      {load.state === 'loading' ? (
        <p className="busy-note" role="status">
          {t('admin.vocabularies.loading')}
        </p>
      ) : null}
      {load.state === 'failed' ? <FormError code={load.code} /> : null}

      {vocabulary ? (
        <>
          <div className="vocab-toolbar">
            <div className="field">
              <label className="field__label" htmlFor="vocabulary-select">
                {t('admin.vocabularies.choose')}
              </label>
              <select
                id="vocabulary-select"
                className="input"
                value={selected}
                onChange={(event) => {
                  setSelected(event.target.value);
                  setEditing(null);
                  setNotice(null);
                }}
                data-testid="vocabulary-select"
              >
                {vocabularies.map((v) => (
                  <option key={v.key} value={v.key}>
                    {v.labels[language]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor="vocabulary-filter">
                {t('admin.vocabularies.filter')}
              </label>
              <input
                id="vocabulary-filter"
                className="input"
                type="search"
                dir="auto"
                autoComplete="off"
                spellCheck={false}
                value={filter}
                onChange={(event) => setFilter(event.target.value)}
                data-testid="vocabulary-filter"
              />
            </div>
            {vocabulary.hierarchical ? (
              <div className="vocab-toolbar__view" role="group" aria-label={t('admin.vocabularies.viewAs')}>
                <button type="button" className="button button--secondary button--small" aria-pressed={view === 'tree'} onClick={() => setView('tree')} data-testid="vocabulary-view-tree">
                  {t('admin.vocabularies.tree')}
                </button>
                <button type="button" className="button button--secondary button--small" aria-pressed={view === 'list'} onClick={() => setView('list')} data-testid="vocabulary-view-list">
                  {t('admin.vocabularies.list')}
                </button>
              </div>
            ) : null}
            <button
              type="button"
              className="button button--primary"
              onClick={(event) => startEditing({ mode: 'add' }, event.currentTarget)}
              disabled={editing !== null}
              data-testid="term-add"
            >
              {t('admin.vocabularies.add')}
            </button>
          </div>

          <p className="admin-screen__meta" data-testid="vocabulary-summary">
            {vocabulary.hierarchical ? t('admin.vocabularies.hierarchical') : t('admin.vocabularies.flat')} ·{' '}
            {t('admin.vocabularies.termCount', { count: vocabulary.terms.length })}
            {deprecatedCount > 0 ? ` · ${t('admin.vocabularies.deprecatedCount', { count: deprecatedCount })}` : ''}
          </p>

          <div role="status" data-testid="vocabulary-status">
            {notice ? <p className="alert alert--notice">{t(`admin.vocabularies.notice.${notice.kind}`, { label: notice.label })}</p> : null}
            {filter.trim() !== '' ? <p className="visually-hidden">{t('admin.vocabularies.matching', { count: matching })}</p> : null}
          </div>
          <FormError code={failure} />

          {editing ? (
            <div className="admin-panel">
              <TermForm
                key={`${vocabulary.key}:${editing.mode === 'edit' ? editing.code : ''}`}
                vocabulary={vocabulary}
                term={editedTerm}
                onCancel={stopEditing}
                onSaved={(saved, code) => {
                  replaceVocabulary(saved);
                  const term = saved.terms.find((candidate) => candidate.code === code);
                  setNotice({ kind: 'saved', label: term ? term.labels[language] : code });
                  stopEditing();
                }}
              />
            </div>
          ) : null}

          <div ref={terms}>
            {matching === 0 ? (
              <p className="admin-screen__empty" data-testid="vocabulary-empty">
                {filter.trim() === '' ? t('admin.vocabularies.noTerms') : t('admin.vocabularies.noMatch')}
              </p>
            ) : asTree ? (
              <TermTree vocabulary={vocabulary} nodes={drawnTree} actions={actions} />
            ) : (
              <TermTable vocabulary={vocabulary} terms={drawnList} parentLabel={parentLabel} actions={actions} />
            )}
          </div>
          {matching > 0 ? <ShowMore shown={Math.min(shownCount, drawnTotal)} total={drawnTotal} pageSize={PAGE} busy={false} onMore={showMore} testId="vocabulary-more" /> : null}
        </>
      ) : null}
    </section>
  );
}
