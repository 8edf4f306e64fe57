import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFuzzyDate } from '../../../../shared/dates/fuzzy-date';
import { languageName } from '../../../../shared/language-names';
import type { AttachmentInfo, StoredRecord } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { sexContext } from '../../i18n/person-sex';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormFailure, LoadState, RecordScreen } from '../../components/forms/RecordScreen';
import { DraftRestoredNotice } from '../../components/forms/DraftRestoredNotice';
import { useUnsavedChanges } from '../../components/forms/UnsavedChangesGuard';
import { useRecordForm } from '../../components/forms/use-record-form';
import { withCustomFields } from '../../components/custom-fields/with-custom-fields';
import { useKindFields } from '../../components/custom-fields/field-store';
import { CustomFieldsSection } from '../../components/custom-fields/CustomFieldsSection';
import { termLabel, useVocabularies } from '../../components/forms/vocabulary-store';
import { currentLanguage } from '../../i18n';
import { useNavigation, type Route } from '../../navigation/routes';
import { AttachmentUploader } from '../testimonies/AttachmentUploader';
import { CaseFields } from './CaseFields';
import { caseFromRecord, caseToData, emptyCase } from './case-form';
import { latestStatus } from './latest-status';
import { PAGE, RecordSection, type ListKind } from './RecordSection';

const SECTIONS: readonly ListKind[] = ['person', 'incident', 'testimony', 'source', 'organisation'];

/** People, incidents and organisations by name, testimonies and sources newest first. */
const orderOf = (kind: ListKind) =>
  kind === 'person' || kind === 'incident' || kind === 'organisation' ? ({ sort: 'label', direction: 'asc' } as const) : ({ sort: 'updated', direction: 'desc' } as const);

/** One case: its details (editable), everything recorded in it, its documents, and the way to its timeline. */
export function CaseScreen({ route }: { route: Route }) {
  const id = route.name === 'case' ? route.id : '';
  const { t } = useTranslation();
  const navigation = useNavigation();
  const customFields = useKindFields('case');
  const editor = useRecordForm(withCustomFields({ kind: 'case', id, empty: emptyCase, fromRecord: caseFromRecord, toData: caseToData }, customFields.live));
  const { dialog, allowLeave } = useUnsavedChanges(editor.dirty, editor.abandonDraft);
  const [saved, setSaved] = useState(false);
  const [deleting, setDeleting] = useState<'no' | 'asking' | 'busy'>('no');
  const [deleteFailure, setDeleteFailure] = useState<ErrorCode | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setSaved(false);
    if (await editor.save()) setSaved(true);
  }

  async function moveToTrash(): Promise<void> {
    setDeleting('busy');
    setDeleteFailure(null);
    try {
      await api.call('records.delete', { id });
      allowLeave();
      navigation.go({ name: 'cases' });
    } catch (error) {
      setDeleteFailure(toApiError(error).code);
      setDeleting('no');
    }
  }

  const title = editor.record?.label || t('records.case.title');

  return (
    <RecordScreen
      title={title}
      testId="screen-case"
      subtitle={
        editor.record?.data.reference ? (
          <span>
            {t('records.case.fields.reference')}: <bdi>{editor.record.data.reference}</bdi>
          </span>
        ) : null
      }
      actions={
        editor.record ? (
          <>
            <button type="button" className="button button--secondary" onClick={() => navigation.go({ name: 'timeline', caseId: id })} data-testid="case-timeline">
              {t('records.case.timeline')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => navigation.go({ name: 'export', caseIds: [id] })} data-testid="case-export">
              {t('exportWizard.openExport')}
            </button>
            <button type="button" className="button button--danger-outline" onClick={() => setDeleting('asking')} data-testid="case-delete">
              {t('records.case.delete')}
            </button>
          </>
        ) : null
      }
    >
      <LoadState status={editor.status} failure={editor.loadFailure} />
      <FormFailure code={deleteFailure} testId="case-delete-error" />
      {editor.record ? (
        <>
          <form className="panel-card stack" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="case-details-heading" onBlur={() => void editor.flushDraft()} data-testid="case-details">
            <h2 id="case-details-heading">{t('records.case.details')}</h2>
            <FormFailure code={editor.failure} onReload={editor.reload} />
            <DraftRestoredNotice restored={editor.restored} saving={editor.saving} onDiscard={editor.discardDraft} />
            <CaseFields
              idPrefix="case"
              form={editor.form}
              errors={editor.errors}
              onChange={(update) => {
                setSaved(false);
                editor.setForm((form) => ({ ...form, ...update }));
              }}
            />
            <CustomFieldsSection kind="case" idPrefix="case" form={editor.form.custom} errors={editor.errors} onChange={(custom) => {
                setSaved(false);
                editor.setForm((form) => ({ ...form, custom }));
              }} />
            <div className="actions">
              <button type="submit" className="button button--primary" disabled={editor.saving || !editor.dirty} aria-busy={editor.saving} data-testid="case-save">
                {editor.saving ? t('records.common.saving') : t('records.case.save')}
              </button>
              <p className="save-note" role="status" data-testid="case-saved">
                {saved && !editor.dirty ? t('records.common.saved') : editor.dirty ? t('records.common.unsaved') : ''}
              </p>
            </div>
          </form>
          <CaseContents caseId={id} />
        </>
      ) : null}
      {dialog}
      <ConfirmDialog
        open={deleting !== 'no'}
        title={t('records.case.deleteTitle')}
        confirmLabel={t('records.case.deleteConfirm')}
        danger
        busy={deleting === 'busy'}
        testId="case-delete-dialog"
        onCancel={() => setDeleting('no')}
        onConfirm={() => void moveToTrash()}
      >
        <p>{t('records.case.deleteBody', { title })}</p>
      </ConfirmDialog>
    </RecordScreen>
  );
}

type Lists = { [K in ListKind]: { items: StoredRecord<K>[]; total: number } | null };

/** The records and documents of the case, each section with its "Add" button. */
function CaseContents({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const language = currentLanguage();
  const { vocabularies } = useVocabularies();
  const [lists, setLists] = useState<Lists>({ person: null, incident: null, testimony: null, source: null, organisation: null });
  const [attachments, setAttachments] = useState<AttachmentInfo[] | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);

  const [uploads, setUploads] = useState(0);
  const [loadingMore, setLoadingMore] = useState<ListKind | null>(null);
  const [focusRecord, setFocusRecord] = useState<string | null>(null);
  const [otherSources, setOtherSources] = useState<ReadonlyMap<string, string>>(new Map());
  const sections = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    api.call('attachments.list', { ownerId: caseId }).then(
      (list) => live && setAttachments(list.filter((info) => info.deletedAt === null)),
      (error: unknown) => live && setFailure(toApiError(error).code),
    );
    return () => {
      live = false;
    };
  }, [caseId, uploads]);

  useEffect(() => {
    let live = true;
    for (const kind of SECTIONS) {
      api.call('records.list', { kind, caseId, ...orderOf(kind), limit: PAGE }).then(
        (page) => live && setLists((current) => ({ ...current, [kind]: page })),
        (error: unknown) => live && setFailure(toApiError(error).code),
      );
    }
    return () => {
      live = false;
    };
  }, [caseId]);

  async function loadMore(kind: ListKind): Promise<void> {
    const shown = lists[kind];
    if (!shown) return;
    setLoadingMore(kind);
    try {
      const page = await api.call('records.list', { kind, caseId, ...orderOf(kind), limit: PAGE, offset: shown.items.length });
      const known = new Set(shown.items.map((record) => record.id));
      const added = page.items.filter((record) => !known.has(record.id));
      setLists((current) => {
        const old = current[kind];
        if (!old) return current;
        const had = new Set(old.items.map((record) => record.id));
        return { ...current, [kind]: { items: [...old.items, ...added.filter((record) => !had.has(record.id))], total: page.total } };
      });
      setFocusRecord(added[0]?.id ?? null);
    } catch (error) {
      setFailure(toApiError(error).code);
    } finally {
      setLoadingMore(null);
    }
  }

  // The first record of the new page takes focus, so the keyboard goes on where the list ended.
  useEffect(() => {
    if (focusRecord === null) return;
    setFocusRecord(null);
    sections.current?.querySelector<HTMLButtonElement>(`[data-record-id="${CSS.escape(focusRecord)}"] [data-testid="record-open"]`)?.focus();
  }, [focusRecord]);

  const vocabulary = (key: string) => vocabularies.find((v) => v.key === key);
  const sourceLabels = new Map([...otherSources, ...(lists.source?.items ?? []).map((source) => [source.id, source.label] as const)]);

  // A testimony's source may be past the sources shown so far: its label is read on its own.
  const unnamedSources = [...new Set((lists.testimony?.items ?? []).map((testimony) => testimony.data.sourceId).filter((sourceId): sourceId is string => !!sourceId))]
    .filter((sourceId) => lists.source !== null && !sourceLabels.has(sourceId))
    .join(' ');
  useEffect(() => {
    if (unnamedSources === '') return;
    let live = true;
    for (const sourceId of unnamedSources.split(' ')) {
      api.call('records.get', { id: sourceId }).then(
        (source) => live && setOtherSources((known) => new Map(known).set(source.id, source.label)),
        () => live && setOtherSources((known) => new Map(known).set(sourceId, '')),
      );
    }
    return () => {
      live = false;
    };
  }, [unnamedSources]);

  const describe: { [K in ListKind]: (record: StoredRecord<K>) => string[] } = {
    person: (person) => {
      const others = person.data.names.map((name) => name.value).filter((value) => value !== person.label);
      const status = latestStatus(person.data.statusHistory);
      return [
        others.join(' · '),
        status ? `${t(`records.enum.personStatus.${status.status}`, { context: sexContext(person.data.sex) })}${status.date ? ` (${formatFuzzyDate(status.date, language)})` : ''}` : '',
      ];
    },
    incident: (incident) => [
      termLabel(vocabulary('incident_type'), incident.data.type, language),
      incident.data.date ? formatFuzzyDate(incident.data.date, language) : '',
      t(`records.enum.verification.${incident.data.verification}`),
    ],
    testimony: (testimony) => [
      testimony.draft ? t('records.case.draft') : '',
      testimony.data.sourceId && sourceLabels.get(testimony.data.sourceId) ? t('records.case.givenBy', { source: sourceLabels.get(testimony.data.sourceId) }) : '',
      testimony.data.language ? languageName(testimony.data.language, language) : '',
    ],
    source: (source) => [
      source.data.connection ? termLabel(vocabulary('source_connection'), source.data.connection, language) : '',
      source.data.relationToVictim ?? '',
      source.hasIdentity ? t('records.case.identityOnFile') : '',
    ],
    organisation: (organisation) => [
      organisation.data.names.map((name) => name.value).filter((value) => value !== organisation.label).join(' · '),
      organisation.data.type ? termLabel(vocabulary('organisation_kind'), organisation.data.type, language) : '',
    ],
  };

  return (
    <div className="case-sections" ref={sections}>
      <FormFailure code={failure} testId="case-lists-error" />
      {SECTIONS.map((kind) => (
        <RecordSection
          key={kind}
          kind={kind}
          list={lists[kind]}
          describe={describe[kind] as (record: StoredRecord) => string[]}
          onOpen={(record) => navigation.go({ name: kind, id: record.id, caseId })}
          onAdd={() => navigation.go({ name: kind, caseId })}
          loadingMore={loadingMore === kind}
          onMore={() => void loadMore(kind)}
        />
      ))}
      <section className="case-section case-section--wide" aria-labelledby="case-section-documents" data-testid="case-section-documents">
        <div className="case-section__header">
          <h2 id="case-section-documents">
            {t('records.case.sections.documents')} <span className="count-badge" data-testid="section-count">{attachments?.length ?? '…'}</span>
          </h2>
        </div>
        <AttachmentUploader ownerId={caseId} onUploaded={() => setUploads((n) => n + 1)} headed />
      </section>
    </div>
  );
}
