import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockReason } from '../../../shared/bridge';
import type { ErrorCode } from '../../../shared/errors';
import { api, toApiError } from '../api/client';
import { FormError } from '../components/FormError';
import { Screen } from '../components/Screen';
import { ShowPassphraseToggle } from '../components/ShowPassphraseToggle';
import { TextInput } from '../components/forms/Fields';
import { passphraseIssueText } from '../i18n/passphrase-issue';

interface UnlockScreenProps {
  /** Why the vault was locked without the user asking, if it was. */
  lockReason?: LockReason | undefined;
  /** The folder holds vault data without a readable header (S35). */
  corrupt?: boolean | undefined;
  /** The vault was just restored from a backup (docs/security.md S20). */
  restored?: boolean | undefined;
  onUnlocked(): void;
  onUseRecoveryKey(): void;
}

export function UnlockScreen({ lockReason, corrupt, restored, onUnlocked, onUseRecoveryKey }: UnlockScreenProps) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [visible, setVisible] = useState(false);
  const [fieldError, setFieldError] = useState<'required' | 'wrong' | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    if (passphrase === '') {
      setFieldError('required');
      return input.current?.focus();
    }
    setFieldError(null);
    setBusy(true);
    try {
      await api.call('vault.unlock', { passphrase });
      onUnlocked();
      return;
    } catch (error) {
      const refused = toApiError(error);
      // Already open (say, unlocked from another path a moment ago): the goal is reached.
      if (refused.code === 'CONFLICT') return onUnlocked();
      if (refused.code === 'WRONG_PASSPHRASE') {
        setFieldError('wrong');
        // Selected, so the next attempt replaces the text instead of appending to it.
        input.current?.select();
        input.current?.focus();
      } else {
        setFailure(refused.code);
      }
    }
    setBusy(false);
  }

  const errorText =
    fieldError === 'wrong' ? t('errors.WRONG_PASSPHRASE') : fieldError === 'required' ? passphraseIssueText(t, 'required') : undefined;

  return (
    <Screen title={t('unlock.title')} testId="screen-unlock">
      {corrupt ? (
        <div className="alert alert--error" role="alert" data-testid="vault-corrupt">
          <p>{t('unlock.corrupt')}</p>
        </div>
      ) : null}
      {restored ? (
        <div className="alert alert--notice" role="status" data-testid="restored-notice">
          <p>{t('restore.restored')}</p>
        </div>
      ) : null}
      {lockReason !== undefined ? (
        <div className="alert alert--notice" role="status" data-testid="lock-reason" data-reason={lockReason}>
          <p>{t(`unlock.lockedBecause.${lockReason}`)}</p>
        </div>
      ) : null}
      <form className="stack" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <FormError code={failure} />
        <TextInput
          id="unlock-passphrase"
          testId="unlock-passphrase"
          label={t('unlock.passphrase')}
          type={visible ? 'text' : 'password'}
          autoComplete="current-password"
          value={passphrase}
          onChange={(value) => {
            setPassphrase(value);
            setFieldError(null);
          }}
          error={errorText}
          inputRef={input}
          autoFocus
        />
        <ShowPassphraseToggle checked={visible} onChange={setVisible} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy} data-testid="unlock-submit">
            {t('unlock.submit')}
          </button>
          {busy ? (
            <p className="busy-note" role="status">
              {t('unlock.submitting')}
            </p>
          ) : null}
        </div>
      </form>
      <p>
        <button type="button" className="link-button" onClick={onUseRecoveryKey} data-testid="use-recovery-key">
          {t('unlock.useRecoveryKey')}
        </button>
      </p>
    </Screen>
  );
}
