import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_OUTCOMES, type ImportPreview, type ImportResult } from '../../../../shared/api/imports';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { FormFailure, RecordScreen } from '../../components/forms/RecordScreen';
import { useNavigation, type Route } from '../../navigation/routes';
import { Fingerprint } from '../partners/Fingerprint';
import { formatSize } from '../../components/format-size';
import { ConflictsPanel } from './ConflictsPanel';
import { currentLanguage } from '../../i18n';
import { formatMoment } from '../../i18n/format-dates';

type Step = { name: 'start'; note?: 'cancelled' } | { name: 'preview'; preview: ImportPreview } | { name: 'result'; result: ImportResult };

/**
 * The import wizard: the host's open dialog picks the file; main verifies it whole and answers
 * with a preview; nothing is written until the person confirms, and a signer outside the
 * address book must be accepted after comparing its fingerprint. Conflicts wait below.
 */
export function ImportScreen(_props: { route: Extract<Route, { name: 'import' }> }) {
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  const [step, setStep] = useState<Step>({ name: 'start' });
  const [busy, setBusy] = useState<'reading' | 'applying' | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [conflictsVersion, setConflictsVersion] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const token = useRef<string | null>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    const stop = api.onEvent((event) => {
      if (event.type === 'progress' && event.method === 'imports.preview' && live.current) setProgress({ done: event.done, total: event.total });
    });
    return () => {
      live.current = false;
      stop();
      // Leaving the screen drops a preview that was not applied, and the files it received.
      if (token.current) void api.call('imports.cancel', { token: token.current }).catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    if (step.name !== 'start') heading.current?.focus();
  }, [step]);

  async function choose() {
    setFailure(null);
    setBusy('reading');
    setProgress(null);
    try {
      const preview = await api.call('imports.preview', {});
      if (!live.current) return;
      if ('cancelled' in preview) return setStep({ name: 'start', note: 'cancelled' });
      token.current = preview.token;
      setAccepted(false);
      setStep({ name: 'preview', preview });
    } catch (error) {
      if (live.current) setFailure(toApiError(error).code);
    } finally {
      if (live.current) setBusy(null);
    }
  }

  async function cancel() {
    const current = token.current;
    token.current = null;
    if (current) await api.call('imports.cancel', { token: current }).catch(() => undefined);
    setStep({ name: 'start' });
  }

  async function apply(preview: ImportPreview) {
    setFailure(null);
    setBusy('applying');
    try {
      const result = await api.call('imports.apply', { token: preview.token, acceptSigner: preview.signer.partner === null && accepted });
      token.current = null;
      if (!live.current) return;
      setStep({ name: 'result', result });
      setConflictsVersion((v) => v + 1);
    } catch (error) {
      if (live.current) setFailure(toApiError(error).code);
    } finally {
      if (live.current) setBusy(null);
    }
  }

  const back = (
    <button type="button" className="button button--secondary" onClick={() => navigation.back()} data-testid="import-back">
      {t('importWizard.back')}
    </button>
  );

  return (
    <RecordScreen title={t('importWizard.title')} testId="screen-import" actions={back}>
      {step.name === 'start' ? (
        <div className="panel-card stack" data-testid="import-start" aria-busy={busy !== null}>
          <p className="admin-screen__intro">{t('importWizard.intro')}</p>
          {step.note === 'cancelled' ? <p role="status">{t('importWizard.cancelled')}</p> : null}
          {busy === 'reading' ? (
            <div role="status" data-testid="import-progress-status">
              <p className="busy-note">{t('importWizard.verifying')}</p>
              <progress max={progress?.total || 1} value={progress?.total ? progress.done : 0} aria-label={t('importWizard.progress')} />
            </div>
          ) : null}
          <FormFailure code={failure} testId="import-error" />
          <p>
            <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void choose()} data-testid="import-choose">
              {t('importWizard.choose')}
            </button>
          </p>
        </div>
      ) : null}

      {step.name === 'preview' ? (
        <PreviewPanel
          preview={step.preview}
          headingRef={heading}
          accepted={accepted}
          onAccept={setAccepted}
          busy={busy === 'applying'}
          failure={failure}
          onApply={() => void apply(step.preview)}
          onCancel={() => void cancel()}
          language={i18n.language}
        />
      ) : null}

      {step.name === 'result' ? (
        <div className="panel-card stack" data-testid="import-result">
          <h2 ref={heading} tabIndex={-1}>
            {t('importWizard.doneTitle')}
          </h2>
          <p data-testid="import-result-counts">
            {t('importWizard.done', {
              new: step.result.counts.new,
              updated: step.result.counts['fast-forward'],
              conflicts: step.result.counts.conflict,
              files: step.result.attachmentsAdded,
            })}
          </p>
          {step.result.openConflicts > 0 ? <p>{t('importWizard.openConflicts', { count: step.result.openConflicts })}</p> : null}
          <p>
            <button type="button" className="button button--secondary" onClick={() => setStep({ name: 'start' })} data-testid="import-again">
              {t('importWizard.again')}
            </button>
          </p>
        </div>
      ) : null}

      <ConflictsPanel key={conflictsVersion} />
    </RecordScreen>
  );
}

interface PreviewProps {
  preview: ImportPreview;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  accepted: boolean;
  onAccept(value: boolean): void;
  busy: boolean;
  failure: ErrorCode | null;
  onApply(): void;
  onCancel(): void;
  language: string;
}

function PreviewPanel({ preview, headingRef, accepted, onAccept, busy, failure, onApply, onCancel, language }: PreviewProps) {
  const { t } = useTranslation();
  const known = preview.signer.partner;
  const standing = preview.standing;
  const standingText =
    standing.kind === 'gap' ? t('importWizard.standing.gap', { count: standing.missing }) : t(`importWizard.standing.${standing.kind}`);
  const warnings = new Set(preview.warnings.map((w) => w.recordId)).size;
  return (
    <div className="panel-card stack" data-testid="import-preview" aria-busy={busy}>
      <h2 ref={headingRef} tabIndex={-1}>
        {t('importWizard.previewTitle')}
      </h2>
      <p>
        {t('importWizard.from')}: <bdi data-testid="import-sender">{preview.sender.name}</bdi> · {t('importWizard.made')}:{' '}
        <time dateTime={preview.createdAt}>{formatMoment(preview.createdAt, currentLanguage())}</time> · <bdi>{preview.fileName}</bdi>
      </p>
      {known ? (
        <p data-testid="import-signer-known">{t('importWizard.signerKnown', { name: known.name })}</p>
      ) : (
        <div className="alert alert--notice stack" role="alert" data-testid="import-signer-unknown">
          <p className="alert__title">{t('importWizard.signerUnknownTitle')}</p>
          <p>{t('importWizard.signerUnknown')}</p>
          <label className="checkbox">
            <input type="checkbox" checked={accepted} disabled={busy} onChange={(event) => onAccept(event.target.checked)} data-testid="import-accept-signer" />
            {t('importWizard.acceptSigner')}
          </label>
        </div>
      )}
      <Fingerprint value={preview.signer.fingerprint} testId="import-fingerprint" />
      <p data-testid="import-standing" data-standing={standing.kind} role={standing.kind === 'first' || standing.kind === 'next' ? undefined : 'note'}>
        {standingText}
      </p>
      <ul className="stack" aria-label={t('importWizard.countsLegend')} data-testid="import-counts">
        {IMPORT_OUTCOMES.filter((o) => preview.counts[o] > 0).map((o) => (
          <li key={o} data-outcome={o}>
            {t(`importWizard.outcomes.${o}`)}: <strong>{preview.counts[o]}</strong>
          </li>
        ))}
      </ul>
      <p data-testid="import-files">
        {t('importWizard.files', { new: preview.attachments.new, known: preview.attachments.known, size: formatSize(preview.attachments.newBytes, language) })}
      </p>
      {warnings > 0 ? <p className="field__hint">{t('importWizard.warnings', { count: warnings })}</p> : null}
      <table className="import__records" data-testid="import-records">
        <caption>{t('importWizard.recordsTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importWizard.outcome')}</th>
            <th scope="col">{t('importWizard.kind')}</th>
            <th scope="col">{t('importWizard.record')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.records.map((r) => (
            <tr key={r.id} data-outcome={r.outcome}>
              <td>{t(`importWizard.outcomes.${r.outcome}`)}</td>
              <td>{t(`admin.trash.kinds.${r.kind}`)}</td>
              <td dir="auto">
                <bdi>{r.label || t('records.form.untitled')}</bdi>
                {r.redacted > 0 ? <span className="field__hint"> · {t('importWizard.redacted', { count: r.redacted })}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormFailure code={failure} testId="import-error" />
      {busy ? <p className="busy-note" role="status">{t('importWizard.applying')}</p> : null}
      <p className="button-row">
        <button type="button" className="button button--primary" disabled={busy || (!known && !accepted)} onClick={onApply} data-testid="import-apply">
          {t('importWizard.apply')}
        </button>{' '}
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel} data-testid="import-cancel">
          {t('importWizard.cancel')}
        </button>
      </p>
    </div>
  );
}
