import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES } from '../../../../shared/domain/records';
import type { CaseSummary } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { SelectField } from '../../components/forms/Fields';
import { FormFailure, RecordScreen } from '../../components/forms/RecordScreen';
import { DraftRestoredNotice } from '../../components/forms/DraftRestoredNotice';
import { useUnsavedChanges } from '../../components/forms/UnsavedChangesGuard';
import { useRecordForm } from '../../components/forms/use-record-form';
import { currentLanguage } from '../../i18n';
import { useNavigation, type Route } from '../../workspace/routes';
import { CaseFields } from './CaseFields';
import { caseFromRecord, caseToData, emptyCase, isCaseStatus, type CaseStatus } from './case-form';
import { formatMoment } from './format';

type SortKey = 'updated' | 'label' | 'created';
type Direction = 'asc' | 'desc';
const SORT_KEYS: readonly SortKey[] = ['updated', 'label', 'created'];

const COUNT_COLUMNS = ['person', 'testimony', 'incident', 'source', 'attachment'] as const;

/** Every case in the vault: filter by status, sort, open one, or start a new one. */
export function CasesScreen(_props: { route: Route }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const language = currentLanguage();
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [sort, setSort] = useState<SortKey>('updated');
  const [direction, setDirection] = useState<Direction>('desc');
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [loadFailure, setLoadFailure] = useState<ErrorCode | null>(null);
  const [creating, setCreating] = useState(false);

  const load = useCallback(async () => {
    try {
      const list = await api.call('cases.list', { sort, direction, ...(status ? { status } : {}) });
      setCases(list);
      setLoadFailure(null);
    } catch (error) {
      setLoadFailure(toApiError(error).code);
    }
  }, [sort, direction, status]);

  useEffect(() => {
    void load();
  }, [load]);

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
        <div className="table-scroll">
          <table className="data-table" data-testid="cases-table">
            <caption className="visually-hidden">{t('records.cases.caption', { count: cases.length })}</caption>
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
              {cases.map((summary) => (
                <tr key={summary.id} data-testid="case-row" data-case-id={summary.id}>
                  <th scope="row" className="data-table__title">
                    <button type="button" className="link-button" onClick={() => navigation.go({ name: 'case', id: summary.id })} data-testid="case-open">
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
                    <time dateTime={summary.lastChange}>{formatMoment(summary.lastChange, language)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </RecordScreen>
  );
}

function NewCaseForm({ onCancel, onCreated }: { onCancel(): void; onCreated(id: string): void }) {
  const { t } = useTranslation();
  const editor = useRecordForm({ kind: 'case', empty: emptyCase, fromRecord: caseFromRecord, toData: caseToData });
  const { dialog, allowLeave, confirmDiscard } = useUnsavedChanges(editor.dirty, editor.abandonDraft);
  const titleRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    titleRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const stored = await editor.save();
    if (stored) {
      allowLeave();
      onCreated(stored.id);
    } else {
      titleRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }

  return (
    <>
      <form className="panel-card stack" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="new-case-heading" onBlur={() => void editor.flushDraft()} data-testid="new-case-form">
        <h2 id="new-case-heading">{t('records.cases.newHeading')}</h2>
        <FormFailure code={editor.failure} />
        <DraftRestoredNotice restored={editor.restored} saving={editor.saving} onDiscard={editor.discardDraft} />
        <div ref={titleRef}>
          <CaseFields idPrefix="new-case" form={editor.form} errors={editor.errors} onChange={(update) => editor.setForm((form) => ({ ...form, ...update }))} />
        </div>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={editor.saving} aria-busy={editor.saving} data-testid="new-case-submit">
            {editor.saving ? t('records.common.saving') : t('records.cases.create')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => confirmDiscard(onCancel)} data-testid="new-case-cancel">
            {t('records.common.cancel')}
          </button>
        </div>
      </form>
      {dialog}
    </>
  );
}
