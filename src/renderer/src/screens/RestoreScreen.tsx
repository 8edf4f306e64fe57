import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors';
import { api, toApiError } from '../api/client';
import { FormError } from '../components/FormError';
import { Screen } from '../components/Screen';
import { ShowPassphraseToggle } from '../components/ShowPassphraseToggle';
import { TextInput } from '../components/forms/Fields';
import { passphraseIssueText } from '../i18n/passphrase-issue';

interface RestoreScreenProps {
  onRestored(): void;
  onBack(): void;
}

/**
 * First run from a backup: the backup's passphrase, then the host's folder dialog picks the
 * backup (the page never names a path). Main checks everything before the vault appears
 * (docs/security.md S20) and leaves it locked, so the unlock screen comes next.
 */
export function RestoreScreen({ onRestored, onBack }: RestoreScreenProps) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [visible, setVisible] = useState(false);
  const [fieldError, setFieldError] = useState<'required' | 'wrong' | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    const stop = api.onEvent((event) => {
      if (event.type === 'progress' && event.method === 'vault.restore' && live.current) setProgress({ done: event.done, total: event.total });
    });
    return () => {
      live.current = false;
      stop();
    };
  }, []);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    setCancelled(false);
    if (passphrase === '') {
      setFieldError('required');
      return input.current?.focus();
    }
    setFieldError(null);
    setProgress(null);
    setBusy(true);
    try {
      const restored = await api.call('vault.restore', { passphrase });
      if (!live.current) return;
      if (!('cancelled' in restored)) return onRestored();
      setCancelled(true);
    } catch (error) {
      if (!live.current) return;
      const refused = toApiError(error);
      if (refused.code === 'WRONG_PASSPHRASE' || refused.fieldIssue('passphrase')) {
        setFieldError('wrong');
        setBusy(false);
        // Selected, so the next attempt replaces the text instead of appending to it.
        input.current?.select();
        return input.current?.focus();
      }
      setFailure(refused.code);
    }
    setBusy(false);
  }

  // The button was disabled while busy, which drops focus; give it back once it is enabled again.
  useEffect(() => {
    if (!busy && (cancelled || failure !== null)) submitButton.current?.focus();
  }, [busy, cancelled, failure]);

  const errorText =
    fieldError === 'wrong' ? t('errors.WRONG_PASSPHRASE') : fieldError === 'required' ? passphraseIssueText(t, 'required') : undefined;

  return (
    <Screen title={t('restore.title')} testId="screen-restore" focusTitle>
      <p className="panel__intro">{t('restore.intro')}</p>
      <p className="panel__intro">{t('restore.safety')}</p>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <FormError code={failure} />
        <TextInput
          id="restore-passphrase"
          testId="restore-passphrase"
          label={t('restore.passphrase')}
          hint={t('restore.passphraseHint')}
          type={visible ? 'text' : 'password'}
          autoComplete="current-password"
          value={passphrase}
          onChange={(value) => {
            setPassphrase(value);
            setFieldError(null);
          }}
          error={errorText}
          inputRef={input}
        />
        <ShowPassphraseToggle checked={visible} onChange={setVisible} />
        <div role="status" data-testid="restore-status">
          {cancelled ? <p>{t('restore.cancelled')}</p> : null}
          {busy ? (
            <>
              <p className="busy-note">{t('restore.working')}</p>
              <progress max={progress?.total || 1} value={progress?.total ? progress.done : 0} aria-label={t('restore.progress')} />
            </>
          ) : null}
        </div>
        <div className="actions">
          <button
            type="submit"
            ref={submitButton}
            className="button button--primary"
            disabled={busy}
            aria-busy={busy}
            data-testid="restore-submit"
          >
            {t('restore.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onBack} disabled={busy} data-testid="restore-back">
            {t('restore.back')}
          </button>
        </div>
      </form>
    </Screen>
  );
}
