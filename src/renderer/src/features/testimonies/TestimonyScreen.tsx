import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordInput } from '../../../../shared/domain/records';
import type { StoredRecord } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { FieldErrorText } from '../../components/forms/FieldError';
import { DraftRestoredNotice } from '../../components/forms/DraftRestoredNotice';
import { FormDraftSaver } from '../../components/forms/form-draft-saver';
import { apiErrorsToErrors, type FieldErrors, type FieldProblem } from '../../components/forms/form-errors';
import { useLeaveGuard } from '../../workspace/leave-guard';
import { usePendingSave } from '../../workspace/pending-saves';
import { useNavigation, type Route } from '../../workspace/routes';
import { AttachmentUploader } from './AttachmentUploader';
import { DraftSaver, type SaveStatus } from './draft-saver';
import { LanguageSelect, TextArea, TextInput } from './FormFields';
import { MentionsSection } from './MentionsSection';
import { SaveStatusLine } from './SaveStatusLine';
import { SourceSection } from './SourceSection';
import { emptyForm, formData, formFromData, LIMITS, type TestimonyForm } from './testimony-form';
import { TranscriptEditor } from './TranscriptEditor';
import { TranslationsEditor } from './TranslationsEditor';

type TestimonyRoute = Extract<Route, { name: 'testimony' }>;
type Mode = 'draft' | 'final';
type InlineForm = 'source' | 'person' | 'incident';
type LeaveReason = 'notSaved' | 'inline' | 'finalEdits';

type Load = { phase: 'loading' } | { phase: 'failed'; code: ErrorCode } | { phase: 'ready' };

/** Paths whose errors show beside a field of this form; others go to the summary. */
const PLACED = /^(sourceId|interviewDate|place|interviewer|language|transcript|summary|translations\.\d+|personLinks\.\d+|incidentLinks\.\d+)(\.|$)/;

function errorsByIndex(errors: FieldErrors, prefix: string): Record<number, FieldProblem | undefined> {
  const out: Record<number, FieldProblem | undefined> = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = new RegExp(`^${prefix}\\.(\\d+)(\\.|$)`).exec(path);
    if (match && out[Number(match[1])] === undefined) out[Number(match[1])] = message;
  }
  return out;
}

/**
 * A testimony, the fast path of a field interview: a new one is a draft from the first keystroke,
 * saved a second after typing pauses, on leaving a field, on leaving the screen and when the
 * window is hidden. "Finish" checks it against the full schema and makes it a final record.
 */
export function TestimonyScreen({ route }: { route: TestimonyRoute }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [load, setLoad] = useState<Load>(route.id ? { phase: 'loading' } : { phase: 'ready' });
  const [form, setForm] = useState<TestimonyForm>(() => emptyForm(route.caseId));
  const formRef = useRef(form);
  const [mode, setMode] = useState<Mode>('draft');
  const modeRef = useRef<Mode>('draft');
  const [recordId, setRecordId] = useState<string | undefined>(route.id);
  const saverRef = useRef<DraftSaver | null>(null);
  const [status, setStatus] = useState<SaveStatus>(route.id ? { state: 'saved', at: new Date() } : { state: 'empty' });
  const [finalDirty, setFinalDirty] = useState(false);
  const finalDirtyRef = useRef(false);
  const [finalSavedAt, setFinalSavedAt] = useState<Date | null>(null);
  const updatedAtRef = useRef<string | undefined>(undefined);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const [finished, setFinished] = useState(false);
  const [caseLabel, setCaseLabel] = useState<string | null>(null);
  const inlineDirty = useRef(new Set<InlineForm>());
  const allowLeave = useRef(false);
  const [leaving, setLeaving] = useState<{ proceed(): void; reasons: LeaveReason[] } | null>(null);
  const [focusError, setFocusError] = useState(0);
  const formElement = useRef<HTMLDivElement>(null);
  // Edits of a finished testimony are kept as a draft of it, apart from the record, until saved.
  const finalSaverRef = useRef<FormDraftSaver | null>(null);
  const savedFinalForm = useRef<TestimonyForm | null>(null);
  const [restoredFinal, setRestoredFinal] = useState(false);
  const finalSaver = useCallback((): FormDraftSaver | null => {
    const id = saverRef.current?.id ?? route.id;
    if (finalSaverRef.current === null && id !== undefined) {
      finalSaverRef.current = new FormDraftSaver({
        kind: 'testimony',
        recordId: id,
        read: () => (modeRef.current === 'final' && finalDirtyRef.current ? formRef.current : null),
      });
    }
    return finalSaverRef.current;
  }, [route.id]);

  // An existing testimony: load it, exactly as it was last saved.
  useEffect(() => {
    if (!route.id) return;
    let live = true;
    api.call('records.get', { id: route.id }).then(
      (record) => {
        if (!live) return;
        if (record.kind !== 'testimony' || record.deletedAt) {
          setLoad({ phase: 'failed', code: 'NOT_FOUND' });
          return;
        }
        const loaded = formFromData((record as StoredRecord<'testimony'>).data);
        const loadedMode: Mode = record.draft ? 'draft' : 'final';
        // A finished testimony may have an edit kept from before (a lock, a closed screen).
        const kept = loadedMode === 'final' ? api.call('drafts.get', { recordId: record.id }).then((found) => found.draft, () => null) : Promise.resolve(null);
        void kept.then((draft) => {
          if (!live) return;
          const data = draft && typeof draft.data === 'object' && draft.data !== null && !Array.isArray(draft.data) ? draft.data : null;
          const shown = data ? ({ ...emptyForm(route.caseId), ...data } as TestimonyForm) : loaded;
          savedFinalForm.current = loaded;
          formRef.current = shown;
          setForm(shown);
          modeRef.current = loadedMode;
          setMode(loadedMode);
          if (draft && data) {
            finalDirtyRef.current = true;
            setFinalDirty(true);
            setRestoredFinal(true);
            finalSaver()?.adopt(draft, JSON.stringify(shown));
          }
          updatedAtRef.current = record.updatedAt;
          setFinalSavedAt(new Date(record.updatedAt));
          setStatus({ state: 'saved', at: new Date(record.updatedAt) });
          setLoad({ phase: 'ready' });
        });
      },
      (error) => live && setLoad({ phase: 'failed', code: toApiError(error).code }),
    );
    return () => {
      live = false;
    };
  }, [route.id, route.caseId, finalSaver]);

  // The draft saver lives while the screen shows a draft.
  useEffect(() => {
    if (load.phase !== 'ready' || mode !== 'draft') return;
    const saver =
      saverRef.current ??
      new DraftSaver({
        id: route.id,
        read: () => formData(formRef.current),
        onCreated: (record) => setRecordId(record.id),
        onStatus: setStatus,
      });
    saverRef.current = saver;
    saver.start();
    return () => saver.stop();
  }, [load.phase, mode, route.id]);

  /** Saves what is typed now: the draft testimony, or the kept edit of a finished one. */
  const flushAll = useCallback((): Promise<boolean> | undefined => {
    if (modeRef.current === 'draft') return saverRef.current?.flush();
    return finalSaverRef.current?.flush();
  }, []);
  // Before any lock (docs/security.md S18).
  usePendingSave(flushAll);

  // The kept edit of a finished testimony is saved once more on leaving the screen.
  useEffect(() => {
    finalSaverRef.current?.start();
    return () => finalSaverRef.current?.stop();
  }, []);

  // Hiding or closing the window saves at once: the next thing may be a lock or a power cut.
  useEffect(() => {
    const flush = () => {
      void flushAll();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, [flushAll]);

  const caseId = form.caseIds[0];
  useEffect(() => {
    if (!caseId) return;
    let live = true;
    api.call('records.get', { id: caseId }).then(
      (record) => live && setCaseLabel(record.label),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [caseId]);

  /** Every edit goes through here: the form, the saver, and the errors of what changed. */
  const edit = useCallback((change: Partial<TestimonyForm>) => {
    const next = { ...formRef.current, ...change };
    formRef.current = next;
    setForm(next);
    allowLeave.current = false;
    setFinished(false);
    if (modeRef.current === 'draft') {
      saverRef.current?.changed();
    } else {
      finalDirtyRef.current = true;
      setFinalDirty(true);
      finalSaver()?.changed();
    }
    const keys = Object.keys(change);
    setErrors((current) => {
      const kept = Object.entries(current).filter(([path]) => !keys.some((key) => path === key || path.startsWith(`${key}.`)));
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  }, [finalSaver]);

  const onTranscript = useCallback((transcript: string) => edit({ transcript }), [edit]);
  const onTranslations = useCallback((translations: TestimonyForm['translations']) => edit({ translations }), [edit]);
  const setInlineDirty = useCallback((which: InlineForm, dirty: boolean) => {
    if (dirty) inlineDirty.current.add(which);
    else inlineDirty.current.delete(which);
  }, []);
  const onSourceDirty = useCallback((dirty: boolean) => setInlineDirty('source', dirty), [setInlineDirty]);
  const onPersonDirty = useCallback((dirty: boolean) => setInlineDirty('person', dirty), [setInlineDirty]);
  const onIncidentDirty = useCallback((dirty: boolean) => setInlineDirty('incident', dirty), [setInlineDirty]);

  // Leaving: saved work goes at once; unsaved draft changes are saved first, then the move goes
  // on; anything that cannot be saved (a failure, a half-made source, edits to a finished
  // testimony) is left behind only after asking.
  const guard = useCallback((proceed: () => void) => {
    if (allowLeave.current) return true;
    const reasons: LeaveReason[] = [];
    if (inlineDirty.current.size > 0) reasons.push('inline');
    if (modeRef.current === 'final') {
      if (finalDirtyRef.current) reasons.push('finalEdits');
      if (reasons.length === 0) return true;
      setLeaving({ proceed, reasons });
      return false;
    }
    const saver = saverRef.current;
    if (!saver?.unsaved && reasons.length === 0) return true;
    if (!saver?.unsaved) {
      setLeaving({ proceed, reasons });
      return false;
    }
    void saver.flush().then((saved) => {
      if (saved && reasons.length === 0) {
        allowLeave.current = true;
        proceed();
      } else {
        setLeaving({ proceed, reasons: saved ? reasons : ['notSaved', ...reasons] });
      }
    });
    return false;
  }, []);
  useLeaveGuard(guard);

  useEffect(() => {
    if (focusError === 0) return;
    formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusError]);

  async function finish(): Promise<void> {
    const saver = saverRef.current;
    if (!saver) return;
    setBusy(true);
    setFormError(null);
    // The draft first: the id to finish, and nothing typed left behind if finishing fails.
    if (saver.id === undefined) saver.changed();
    const saved = await saver.flush();
    if (!saved || saver.id === undefined) {
      const current = saver.current;
      setFormError(current.state === 'failed' ? current.code : 'INTERNAL');
      setBusy(false);
      return;
    }
    saver.pause();
    const sent = formRef.current;
    try {
      const record = await api.call('records.update', {
        kind: 'testimony',
        id: saver.id,
        data: formData(sent) as unknown as RecordInput<'testimony'>,
      });
      modeRef.current = 'final';
      setMode('final');
      updatedAtRef.current = record.updatedAt;
      setFinalSavedAt(new Date());
      setErrors({});
      // Typed while the call ran: kept on screen, to be saved with "Save changes".
      const typedSince = formRef.current !== sent;
      finalDirtyRef.current = typedSince;
      setFinalDirty(typedSince);
      setFinished(true);
    } catch (error) {
      const failure = toApiError(error);
      saver.start();
      if (failure.code === 'VALIDATION_FAILED') {
        setErrors(apiErrorsToErrors(failure));
        setFocusError((n) => n + 1);
      }
      setFormError(failure.code);
    } finally {
      setBusy(false);
    }
  }

  async function saveFinal(): Promise<void> {
    if (!recordId) return;
    setBusy(true);
    setFormError(null);
    const sent = formRef.current;
    try {
      const record = await api.call('records.update', {
        kind: 'testimony',
        id: recordId,
        data: formData(sent) as unknown as RecordInput<'testimony'>,
        ...(updatedAtRef.current ? { expectedUpdatedAt: updatedAtRef.current } : {}),
      });
      updatedAtRef.current = record.updatedAt;
      setFinalSavedAt(new Date());
      setErrors({});
      const typedSince = formRef.current !== sent;
      finalDirtyRef.current = typedSince;
      setFinalDirty(typedSince);
      // Saved: the record holds the edit now, so its kept draft goes (what was typed since stays).
      savedFinalForm.current = sent;
      setRestoredFinal(false);
      const kept = finalSaver();
      void kept?.discard().then(() => {
        if (typedSince) kept.changed();
      });
    } catch (error) {
      const failure = toApiError(error);
      if (failure.code === 'VALIDATION_FAILED') {
        setErrors(apiErrorsToErrors(failure));
        setFocusError((n) => n + 1);
      }
      setFormError(failure.code);
    } finally {
      setBusy(false);
    }
  }

  const translationErrors = useMemo(() => errorsByIndex(errors, 'translations'), [errors]);
  const personErrors = useMemo(() => errorsByIndex(errors, 'personLinks'), [errors]);
  const incidentErrors = useMemo(() => errorsByIndex(errors, 'incidentLinks'), [errors]);

  const title = mode === 'final' ? t('testimony.titleFinal') : recordId ? t('testimony.titleDraft') : t('testimony.titleNew');

  if (load.phase === 'loading') {
    return (
      <section className="testimony" data-testid="screen-testimony" aria-busy="true">
        <h1>{t('testimony.titleDraft')}</h1>
        <p className="busy-note">{t('testimony.loading')}</p>
      </section>
    );
  }
  if (load.phase === 'failed') {
    return (
      <section className="testimony" data-testid="screen-testimony">
        <h1>{t('testimony.title')}</h1>
        <FormError code={load.code} />
      </section>
    );
  }

  /** A field's error: a specific sentence for a missing required value, else the contract's. */
  const fieldError = (path: keyof TestimonyForm, missingKey?: 'source' | 'date' | 'language'): ReactNode => {
    const message = errors[path];
    if (message === undefined) return undefined;
    if (missingKey && form[path] === '') return t(`testimony.errors.${missingKey}`);
    return <FieldErrorText problem={message} />;
  };
  const unplaced = Object.entries(errors).filter(([path]) => !PLACED.test(path));

  return (
    <section className="testimony" data-testid="screen-testimony" data-mode={mode} data-record-id={recordId}>
      <header className="testimony__header">
        <div>
          {caseId ? (
            <p className="testimony__case">
              {t('testimony.inCase')}{' '}
              <button type="button" className="link-button" onClick={() => navigation.go({ name: 'case', id: caseId })} data-testid="testimony-case-link">
                <span dir="auto">{caseLabel ?? t('testimony.caseLoading')}</span>
              </button>
            </p>
          ) : null}
          <div className="testimony__title">
            <h1>{title}</h1>
            {mode === 'draft' ? (
              <span className="badge badge--draft" data-testid="testimony-draft-badge">
                {t('testimony.draftBadge')}
              </span>
            ) : null}
          </div>
          <p className="testimony__required-note">{t('testimony.requiredNote')}</p>
        </div>
      </header>

      {/* Every field that loses focus saves the draft at once (S18). */}
      <div
        ref={formElement}
        className="testimony__form"
        onBlur={() => {
          void flushAll();
        }}
      >
        <SourceSection sourceId={form.sourceId} caseIds={form.caseIds} onChange={(sourceId) => edit({ sourceId })} error={fieldError('sourceId', 'source')} onDirty={onSourceDirty} />

        <fieldset className="testimony-section">
          <legend className="testimony-section__title">{t('testimony.interview.title')}</legend>
          <div className="testimony-grid">
            <TextInput
              id="testimony-date"
              type="date"
              label={t('testimony.interview.date')}
              value={form.interviewDate}
              onChange={(interviewDate) => edit({ interviewDate })}
              required
              error={fieldError('interviewDate', 'date')}
              testId="testimony-date"
            />
            <TextInput
              id="testimony-place"
              label={t('testimony.interview.place')}
              value={form.place}
              onChange={(place) => edit({ place })}
              maxLength={LIMITS.place}
              error={fieldError('place')}
              testId="testimony-place"
            />
            <TextInput
              id="testimony-interviewer"
              label={t('testimony.interview.interviewer')}
              value={form.interviewer}
              onChange={(interviewer) => edit({ interviewer })}
              maxLength={LIMITS.interviewer}
              error={fieldError('interviewer')}
              testId="testimony-interviewer"
            />
            <LanguageSelect
              id="testimony-language"
              label={t('testimony.interview.language')}
              value={form.language}
              onChange={(language) => edit({ language })}
              allowEmpty
              required
              error={fieldError('language', 'language')}
              testId="testimony-language"
            />
          </div>
        </fieldset>

        <div className="testimony-section testimony-section--transcript">
          <TranscriptEditor value={form.transcript} language={form.language} onChange={onTranscript} error={fieldError('transcript')} />
        </div>

        <TranslationsEditor rows={form.translations} language={form.language} onChange={onTranslations} errors={translationErrors} />

        <div className="testimony-section">
          <TextArea
            id="testimony-summary"
            label={t('testimony.summary.label')}
            hint={t('testimony.summary.hint')}
            value={form.summary}
            onChange={(summary) => edit({ summary })}
            maxLength={LIMITS.longText}
            rows={5}
            lang={form.language || undefined}
            error={fieldError('summary')}
            testId="testimony-summary"
          />
        </div>

        <MentionsSection kind="person" rows={form.personLinks} caseIds={form.caseIds} onChange={(personLinks) => edit({ personLinks })} errors={personErrors} onDirty={onPersonDirty} />
        <MentionsSection kind="incident" rows={form.incidentLinks} caseIds={form.caseIds} onChange={(incidentLinks) => edit({ incidentLinks })} errors={incidentErrors} onDirty={onIncidentDirty} />

        <div className="testimony-section">
          {recordId ? (
            <AttachmentUploader ownerId={recordId} />
          ) : (
            <div data-testid="attachments-need-draft">
              <h3 className="attachments__title">{t('testimony.attachments.title')}</h3>
              <p className="field__hint">{t('testimony.attachments.needsDraft')}</p>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  saverRef.current?.changed();
                  void saverRef.current?.flush();
                }}
                data-testid="attachments-save-draft"
              >
                {t('testimony.attachments.saveDraftFirst')}
              </button>
            </div>
          )}
        </div>
      </div>

      <div className="testimony__bar" data-testid="testimony-bar">
        <DraftRestoredNotice
          restored={restoredFinal && mode === 'final'}
          saving={busy}
          onSave={() => void saveFinal()}
          onDiscard={() => {
            void finalSaver()?.discard();
            const saved = savedFinalForm.current;
            if (saved) {
              formRef.current = saved;
              setForm(saved);
            }
            finalDirtyRef.current = false;
            setFinalDirty(false);
            setRestoredFinal(false);
            setErrors({});
          }}
        />
        {formError ? <FormError code={formError} /> : null}
        {unplaced.length > 0 ? (
          <ul className="testimony__unplaced">
            {unplaced.map(([path, problem]) => (
              <li key={path}>
                <code>{path}</code>: <FieldErrorText problem={problem} />
              </li>
            ))}
          </ul>
        ) : null}
        {finished ? (
          <p className="alert alert--notice" role="status" data-testid="testimony-finished">
            {t('testimony.finished')}
          </p>
        ) : null}
        <div className="testimony__bar-row">
          <SaveStatusLine
            mode={mode}
            status={status}
            finalDirty={finalDirty}
            finalSavedAt={finalSavedAt}
            onRetry={() => void saverRef.current?.flush()}
          />
          <div className="actions">
            {mode === 'draft' ? (
              <button type="button" className="button button--primary" onClick={() => void finish()} disabled={busy} aria-busy={busy || undefined} data-testid="testimony-finish">
                {busy ? t('testimony.finishing') : t('testimony.finish')}
              </button>
            ) : (
              <button type="button" className="button button--primary" onClick={() => void saveFinal()} disabled={busy || !finalDirty} aria-busy={busy || undefined} data-testid="testimony-save">
                {busy ? t('testimony.saving') : t('testimony.save')}
              </button>
            )}
          </div>
        </div>
      </div>

      <ConfirmDialog
        open={leaving !== null}
        title={t('testimony.leave.title')}
        confirmLabel={t('testimony.leave.confirm')}
        cancelLabel={t('testimony.leave.stay')}
        danger
        testId="testimony-leave-dialog"
        onCancel={() => setLeaving(null)}
        onConfirm={() => {
          const proceed = leaving?.proceed;
          // Leaving without saving the edits of a finished testimony: its kept draft goes too.
          if (leaving?.reasons.includes('finalEdits')) void finalSaverRef.current?.abandon();
          setLeaving(null);
          allowLeave.current = true;
          proceed?.();
        }}
      >
        <ul>
          {(leaving?.reasons ?? []).map((reason) => (
            <li key={reason}>{t(`testimony.leave.${reason}`)}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </section>
  );
}
