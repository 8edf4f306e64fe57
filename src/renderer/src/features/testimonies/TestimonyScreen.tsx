import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { FieldErrorText } from '../../components/forms/FieldError';
import { DayField } from '../../components/forms/DayField';
import { DraftRestoredNotice } from '../../components/forms/DraftRestoredNotice';
import { unplacedErrors, type FieldErrors, type FieldProblem } from '../../components/forms/form-errors';
import { useNavigation } from '../../navigation/routes';
import { AttachmentUploader } from './AttachmentUploader';
import { LanguageSelect, TextArea, TextInput } from './FormFields';
import { MentionsSection } from './MentionsSection';
import { SaveStatusLine } from './SaveStatusLine';
import { SourceSection } from './SourceSection';
import { LIMITS, type TestimonyForm } from './testimony-form';
import { TranscriptEditor } from './TranscriptEditor';
import { TranslationsEditor } from './TranslationsEditor';
import { useTestimonyEditor, type TestimonyRoute } from './use-testimony-editor';

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
 * A testimony, the fast path of a field interview: the layout of what useTestimonyEditor keeps.
 * Every field that loses focus and a hidden window save the draft at once.
 */
export function TestimonyScreen({ route }: { route: TestimonyRoute }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const editor = useTestimonyEditor(route);
  const { load, form, mode, recordId, status, finalDirty, finalSavedAt, errors, formError, busy, finished, restoredFinal, leaving, focusError, edit, flushAll } = editor;
  const [caseLabel, setCaseLabel] = useState<string | null>(null);
  const formElement = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const finishedNote = useRef<HTMLParagraphElement>(null);
  const headingFocused = useRef(false);
  const onTranscript = useCallback((transcript: string) => edit({ transcript }), [edit]);
  const onTranslations = useCallback((translations: TestimonyForm['translations']) => edit({ translations }), [edit]);

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

  // Like the record screens: the title takes focus once the form is shown, so a screen reader
  // announces where the user now is rather than starting again from the top of the page.
  useEffect(() => {
    if (load.phase !== 'ready' || headingFocused.current) return;
    headingFocused.current = true;
    heading.current?.focus();
  }, [load.phase]);

  // After Finish the focus moves to the sentence that says it is done, instead of the body.
  useEffect(() => {
    if (finished) finishedNote.current?.focus();
  }, [finished]);

  useEffect(() => {
    if (focusError === 0) return;
    formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusError]);

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
  const unplaced = unplacedErrors(errors, (path) => PLACED.test(path));

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
            <h1 ref={heading} tabIndex={-1}>
              {title}
            </h1>
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
        <SourceSection sourceId={form.sourceId} caseIds={form.caseIds} onChange={(sourceId) => edit({ sourceId })} error={fieldError('sourceId', 'source')} onDirty={editor.onSourceDirty} />

        <fieldset className="testimony-section">
          <legend className="testimony-section__title">{t('testimony.interview.title')}</legend>
          <div className="testimony-grid">
            <DayField
              id="testimony-date"
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

        <MentionsSection kind="person" rows={form.personLinks} caseIds={form.caseIds} onChange={(personLinks) => edit({ personLinks })} errors={personErrors} onDirty={editor.onPersonDirty} />
        <MentionsSection kind="incident" rows={form.incidentLinks} caseIds={form.caseIds} onChange={(incidentLinks) => edit({ incidentLinks })} errors={incidentErrors} onDirty={editor.onIncidentDirty} />

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
                onClick={editor.saveDraftNow}
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
          onSave={() => void editor.saveFinal()}
          onDiscard={editor.discardRestored}
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
          <p ref={finishedNote} tabIndex={-1} className="alert alert--notice testimony__finished" role="status" data-testid="testimony-finished">
            {t('testimony.finished')}
          </p>
        ) : null}
        <div className="testimony__bar-row">
          <SaveStatusLine
            mode={mode}
            status={status}
            finalDirty={finalDirty}
            finalSavedAt={finalSavedAt}
            onRetry={editor.retry}
          />
          <div className="actions">
            {mode === 'draft' ? (
              <button type="button" className="button button--primary" onClick={() => void editor.finish()} disabled={busy} aria-busy={busy || undefined} data-testid="testimony-finish">
                {busy ? t('testimony.finishing') : t('testimony.finish')}
              </button>
            ) : (
              <button type="button" className="button button--primary" onClick={() => void editor.saveFinal()} disabled={busy || !finalDirty} aria-busy={busy || undefined} data-testid="testimony-save">
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
        onCancel={editor.stay}
        onConfirm={editor.leaveAnyway}
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
