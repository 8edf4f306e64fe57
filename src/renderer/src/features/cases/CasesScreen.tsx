import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES } from '../../../../shared/domain/records';
import type { CaseSummary } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { SelectField } from '../../components/forms/Fields';
import { FormFailure, RecordScreen } from '../../components/forms/RecordScreen';
import { currentLanguage } from '../../i18n';
import { useNavigation, type Route } from '../../navigation/routes';
import { isCaseStatus, type CaseStatus } from './case-form';
import { MomentText } from '../../components/MomentText';
import { NewCaseForm } from './NewCaseForm';

type SortKey = 'updated' | 'label' | 'created';
type Direction = 'asc' | 'desc';
const SORT_KEYS: readonly SortKey[] = ['updated', 'label', 'created'];

const COUNT_COLUMNS = ['person', 'testimony', 'incident', 'source', 'attachment'] as const;

/** Cases asked for at a time; the next page is asked for this many rows before the end. */
const PAGE = 100;
const PREFETCH = 20;
/** A row's height before it is measured: one line of title, no reference. */
const ROW_ESTIMATE = 44;

type Loaded = { items: CaseSummary[]; total: number; query: string };

/** Every case in the vault: filter by status, sort, open one, or start a new one. */
export function CasesScreen(_props: { route: Route }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const language = currentLanguage();
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [sort, setSort] = useState<SortKey>('updated');
  const [direction, setDirection] = useState<Direction>('desc');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadFailure, setLoadFailure] = useState<ErrorCode | null>(null);
  const [creating, setCreating] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const fetching = useRef<string | null>(null);

  // A page is asked for once: `query` names the filter and sort it belongs to, so a page that
  // arrives after the user changed them is dropped.
  const query = JSON.stringify([status, sort, direction]);
  const cases = loaded?.query === query ? loaded.items : null;
  const total = loaded?.query === query ? loaded.total : 0;

  const fetchPage = useCallback(
    async (offset: number) => {
      const key = `${query}@${offset}`;
      if (fetching.current === key) return;
      fetching.current = key;
      try {
        const page = await api.call('cases.list', { sort, direction, limit: PAGE, offset, ...(status ? { status } : {}) });
        setLoaded((old) => {
          const kept = old?.query === query ? old.items.slice(0, offset) : [];
          return { query, items: [...kept, ...page.items], total: page.total };
        });
        setLoadFailure(null);
      } catch (error) {
        setLoadFailure(toApiError(error).code);
      } finally {
        if (fetching.current === key) fetching.current = null;
      }
    },
    [query, sort, direction, status],
  );

  useEffect(() => {
    void fetchPage(0);
  }, [fetchPage]);

  // Only the rows in view (and a few around them) are in the page, however many cases there are.
  const rows = useVirtualizer({
    count: cases?.length ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    initialRect: { width: 0, height: 600 },
    getItemKey: (index) => cases?.[index]?.id ?? index,
  });
  const shown = rows.getVirtualItems();
  const lastShown = shown.at(-1)?.index ?? -1;
  const loadedCount = cases?.length ?? 0;

  useEffect(() => {
    if (loadedCount > 0 && loadedCount < total && lastShown >= loadedCount - PREFETCH) void fetchPage(loadedCount);
  }, [lastShown, loadedCount, total, fetchPage]);

  /** Up and down arrows on a case's title go to the case above or below, loading it if need be. */
  function moveFocus(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : event.key === 'Home' ? -index : event.key === 'End' ? loadedCount - 1 - index : 0;
    const target = index + step;
    if (step === 0 || target < 0 || target >= loadedCount) return;
    event.preventDefault();
    rows.scrollToIndex(target, { align: 'auto' });
    const focus = (tries: number) => {
      const button = scroller.current?.querySelector<HTMLButtonElement>(`tr[data-index="${target}"] [data-testid="case-open"]`);
      if (button) button.focus();
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    focus(5);
  }

  const directionOptions =
    sort === 'label'
      ? [
          { value: 'asc' as const, label: t('records.cases.direction.az') },
          { value: 'desc' as const, label: t('records.cases.direction.za') },
        ]
      : [
          { value: 'desc' as const, label: t('records.cases.direction.newest') },
          { value: 'asc' as const, label: t('records.cases.direction.oldest') },
        ];

  return (
    <RecordScreen
      title={t('records.cases.title')}
      testId="screen-cases"
      actions={
        creating ? null : (
          <>
            <button type="button" className="button button--secondary" onClick={() => navigation.go({ name: 'export' })} data-testid="cases-export">
              {t('exportWizard.openExport')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => navigation.go({ name: 'import' })} data-testid="cases-import">
              {t('importWizard.openImport')}
            </button>
            <button type="button" className="button button--primary" onClick={() => setCreating(true)} data-testid="new-case">
              {t('records.cases.new')}
            </button>
          </>
        )
      }
    >
      {creating ? (
        <NewCaseForm
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            navigation.go({ name: 'case', id });
          }}
        />
      ) : null}

      <div className="toolbar" role="group" aria-label={t('records.cases.listTools')}>
        <SelectField
          id="cases-filter-status"
          testId="cases-filter-status"
          label={t('records.cases.filterStatus')}
          value={status}
          emptyLabel={t('records.cases.allStatuses')}
          options={CASE_STATUSES.map((value) => ({ value, label: t(`records.enum.caseStatus.${value}`) }))}
          onChange={(value) => setStatus(value === '' || isCaseStatus(value) ? value : '')}
        />
        <SelectField
          id="cases-sort"
          testId="cases-sort"
          label={t('records.cases.sortBy')}
          value={sort}
          options={SORT_KEYS.map((value) => ({ value, label: t(`records.cases.sort.${value}`) }))}
          onChange={(value) => {
            if (value === '') return;
            setSort(value);
            setDirection(value === 'label' ? 'asc' : 'desc');
          }}
        />
        <SelectField
          id="cases-direction"
          testId="cases-direction"
          label={t('records.cases.order')}
          value={direction}
          options={directionOptions}
          onChange={(value) => value !== '' && setDirection(value)}
        />
      </div>

      <FormFailure code={loadFailure} testId="cases-load-error" />
      {cases === null && loadFailure === null ? (
        <p className="busy-note" role="status">
          {t('records.common.loading')}
        </p>
      ) : null}
      {cases !== null && cases.length === 0 ? (
        <p className="empty-note" data-testid="cases-empty">
          {status ? t('records.cases.noneWithStatus') : t('records.cases.none')}
        </p>
      ) : null}
      {cases !== null && cases.length > 0 ? (
        <div className="table-scroll table-scroll--virtual" ref={scroller}>
          <p id="cases-keys-hint" className="visually-hidden">
            {t('records.cases.keysHint')}
          </p>
          <table className="data-table" data-testid="cases-table" aria-rowcount={total + 1} aria-describedby="cases-keys-hint">
            <caption className="visually-hidden">{t('records.cases.caption', { count: total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('records.cases.columns.title')}</th>
                <th scope="col">{t('records.cases.columns.status')}</th>
                {COUNT_COLUMNS.map((column) => (
                  <th scope="col" key={column} className="data-table__number">
                    {t(`records.cases.columns.${column}`)}
                  </th>
                ))}
                <th scope="col">{t('records.cases.columns.lastChange')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.length > 0 && shown[0]!.start > 0 ? <tr aria-hidden="true" style={{ height: shown[0]!.start }} /> : null}
              {shown.map((row) => {
                const summary = cases[row.index]!;
                return (
                  <tr key={row.key} ref={rows.measureElement} data-index={row.index} aria-rowindex={row.index + 2} data-testid="case-row" data-case-id={summary.id}>
                    <th scope="row" className="data-table__title">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => navigation.go({ name: 'case', id: summary.id })}
                        onKeyDown={(event) => moveFocus(event, row.index)}
                        data-testid="case-open"
                      >
                        <bdi>{summary.label || t('records.form.untitled')}</bdi>
                      </button>
                      {summary.reference ? (
                        <span className="data-table__reference">
                          <bdi>{summary.reference}</bdi>
                        </span>
                      ) : null}
                    </th>
                    <td>
                      <span className={`status-badge status-badge--${summary.status}`} data-testid="case-status">
                        {isCaseStatus(summary.status) ? t(`records.enum.caseStatus.${summary.status}`) : summary.status}
                      </span>
                    </td>
                    {COUNT_COLUMNS.map((column) => (
                      <td key={column} className="data-table__number" data-testid={`case-count-${column}`}>
                        {summary.counts[column]}
                      </td>
                    ))}
                    <td className="data-table__time">
                      <MomentText iso={summary.lastChange} />
                    </td>
                  </tr>
                );
              })}
              {shown.length > 0 && rows.getTotalSize() > shown.at(-1)!.end ? <tr aria-hidden="true" style={{ height: rows.getTotalSize() - shown.at(-1)!.end }} /> : null}
            </tbody>
          </table>
        </div>
      ) : null}
      {cases !== null && cases.length < total ? (
        <p className="busy-note" role="status" data-testid="cases-shown">
          {t('common.shownOf', { shown: cases.length.toLocaleString(language), total: total.toLocaleString(language) })}
        </p>
      ) : null}
    </RecordScreen>
  );
}
