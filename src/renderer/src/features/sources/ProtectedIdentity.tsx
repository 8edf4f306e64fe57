import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextArea, TextInput } from '../../components/forms/Fields';
import { REQUIRED, type FieldErrors } from '../../components/forms/form-errors';
import { FormFailure } from '../../components/forms/RecordScreen';
import { identityFrom, type IdentityForm } from './source-form';

/** new: typed with the new source; hidden: on file, not shown; none: nothing on file; shown: revealed or being added. */
export type IdentityMode = 'new' | 'hidden' | 'none' | 'shown';

interface ProtectedIdentityProps {
  sourceId: string | undefined;
  mode: IdentityMode;
  identity: IdentityForm;
  errors: FieldErrors;
  failure: ErrorCode | null;
  dirty: boolean;
  onChange(update: Partial<IdentityForm>): void;
  onRevealed(identity: IdentityForm): void;
  onAdd(): void;
  onHide(): void;
}

/** A padlock drawn in SVG; decoration only, the heading and warning carry the meaning. */
function LockIcon() {
  return (
    <svg className="protected__icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <path d="M7 10V7a5 5 0 0 1 10 0v3" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      <rect x="4" y="10" width="16" height="11" rx="2" fill="currentColor" />
      <circle cx="12" cy="15" r="1.7" className="protected__keyhole" />
      <rect x="11.2" y="15.5" width="1.6" height="3" rx="0.8" className="protected__keyhole" />
    </svg>
  );
}

/**
 * The source's real identity, set apart: its own bordered panel, a lock, and the promise it is
 * kept to. An existing identity stays hidden until someone states why they need it; the reason
 * goes to the audit log with the reveal.
 */
export function ProtectedIdentity(props: ProtectedIdentityProps) {
  const { t } = useTranslation();
  const { mode, identity, errors } = props;
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [revealFailure, setRevealFailure] = useState<ErrorCode | null>(null);

  async function reveal(): Promise<void> {
    if (!props.sourceId) return;
    if (reason.trim() === '') {
      setReasonError(true);
      return;
    }
    setBusy(true);
    setRevealFailure(null);
    try {
      const revealed = await api.call('sources.revealIdentity', { id: props.sourceId, reason: reason.trim() });
      props.onRevealed(identityFrom(revealed));
      setAsking(false);
      setReason('');
    } catch (error) {
      setRevealFailure(toApiError(error).code);
    } finally {
      setBusy(false);
    }
  }

  const editable = mode === 'new' || mode === 'shown';

  return (
    <section className="protected" aria-labelledby="protected-heading" aria-describedby="protected-warning" data-testid="protected-identity" data-mode={mode}>
      <div className="protected__header">
        <LockIcon />
        <h2 id="protected-heading" className="protected__title">
          {t('records.source.identity.title')}
        </h2>
      </div>
      <p id="protected-warning" className="protected__warning" data-testid="protected-warning">
        {t('records.source.identity.warning')}
      </p>
      <FormFailure code={props.failure} testId="identity-error" />

      {mode === 'hidden' ? (
        <div className="protected__hidden">
          <p>{t('records.source.identity.hidden')}</p>
          <button type="button" className="button button--secondary" onClick={() => setAsking(true)} data-testid="identity-reveal">
            {t('records.source.identity.reveal')}
          </button>
        </div>
      ) : null}

      {mode === 'none' ? (
        <div className="protected__hidden">
          <p>{t('records.source.identity.none')}</p>
          <button type="button" className="button button--secondary" onClick={props.onAdd} data-testid="identity-add">
            {t('records.source.identity.add')}
          </button>
        </div>
      ) : null}

      {editable ? (
        <div className="form-grid" data-testid="identity-fields">
          <TextInput
            id="identity-real-name"
            testId="identity-real-name"
            label={t('records.source.identity.realName')}
            value={identity.realName}
            error={errors.realName}
            onChange={(realName) => props.onChange({ realName })}
          />
          <TextInput
            id="identity-phone"
            testId="identity-phone"
            label={t('records.source.identity.phone')}
            value={identity.phone}
            error={errors.phone}
            onChange={(phone) => props.onChange({ phone })}
          />
          <div className="form-grid__wide">
            <TextInput
              id="identity-address"
              testId="identity-address"
              label={t('records.source.identity.address')}
              value={identity.address}
              error={errors.address}
              onChange={(address) => props.onChange({ address })}
            />
          </div>
          <div className="form-grid__wide">
            <TextArea
              id="identity-notes"
              testId="identity-notes"
              label={t('records.source.identity.notes')}
              rows={3}
              value={identity.notes}
              error={errors.notes}
              onChange={(notes) => props.onChange({ notes })}
            />
          </div>
          {mode === 'shown' ? (
            <div className="actions">
              <button type="button" className="button button--secondary button--small" disabled={props.dirty} onClick={props.onHide} data-testid="identity-hide">
                {t('records.source.identity.hide')}
              </button>
              {props.dirty ? <span className="field__hint">{t('records.source.identity.saveFirst')}</span> : null}
            </div>
          ) : null}
        </div>
      ) : null}

      <ConfirmDialog
        open={asking}
        title={t('records.source.identity.revealTitle')}
        confirmLabel={t('records.source.identity.revealConfirm')}
        busy={busy}
        testId="reveal-dialog"
        onCancel={() => {
          setAsking(false);
          setReason('');
          setReasonError(false);
          setRevealFailure(null);
        }}
        onConfirm={() => void reveal()}
      >
        <p>{t('records.source.identity.revealBody')}</p>
        <FormFailure code={revealFailure} testId="reveal-error" />
        <TextInput
          id="reveal-reason"
          testId="reveal-reason"
          label={t('records.source.identity.reason')}
          hint={t('records.source.identity.reasonHint')}
          required
          value={reason}
          error={reasonError ? REQUIRED : undefined}
          onChange={(value) => {
            setReason(value);
            if (value.trim() !== '') setReasonError(false);
          }}
        />
      </ConfirmDialog>
    </section>
  );
}
