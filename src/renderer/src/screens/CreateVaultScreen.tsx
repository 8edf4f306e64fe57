import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors';
import { api, toApiError } from '../api/client';
import { FormError } from '../components/FormError';
import { Screen } from '../components/Screen';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { PASSPHRASE_MIN_LENGTH, checkNewPassphrase, type NewPassphraseIssues } from '../passphrase/validate';

/** First run: choose the passphrase; main creates the vault and answers with the recovery key. */
export function CreateVaultScreen({ onCreated, onRestore }: { onCreated(recoveryKey: string): void; onRestore(): void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [visible, setVisible] = useState(false);
  const [issues, setIssues] = useState<NewPassphraseIssues>({});
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const passphraseInput = useRef<HTMLInputElement>(null);
  const confirmInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const found = checkNewPassphrase(passphrase, confirm);
    setIssues(found);
    setFailure(null);
    if (found.passphrase) return passphraseInput.current?.focus();
    if (found.confirm) return confirmInput.current?.focus();
    setBusy(true);
    try {
      const created = await api.call('vault.create', { passphrase });
      onCreated(created.recoveryKey);
    } catch (error) {
      const refused = toApiError(error);
      if (refused.fieldIssue('passphrase')) {
        setIssues({ passphrase: 'tooShort' });
        passphraseInput.current?.focus();
      } else {
        setFailure(refused.code);
      }
      setBusy(false);
    }
  }

  return (
    <Screen title={t('create.title')} testId="screen-create">
      <p className="panel__intro">{t('create.intro')}</p>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <FormError code={failure} />
        <NewPassphraseFields
          ids={{ passphrase: 'create-passphrase', confirm: 'create-confirm', strength: 'create-strength' }}
          labels={{ passphrase: t('create.passphrase'), confirm: t('create.confirm') }}
          hint={t('create.passphraseHint', { count: PASSPHRASE_MIN_LENGTH })}
          value={{ passphrase, confirm }}
          onChange={(next, cleared) => {
            setPassphrase(next.passphrase);
            setConfirm(next.confirm);
            setIssues((old) => ({ ...old, [cleared]: undefined }));
          }}
          issues={issues}
          visible={visible}
          onVisibleChange={setVisible}
          passphraseRef={passphraseInput}
          confirmRef={confirmInput}
          autoFocus
        />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy} data-testid="create-submit">
            {t('create.submit')}
          </button>
          {busy ? (
            <p className="busy-note" role="status">
              {t('create.submitting')}
            </p>
          ) : null}
        </div>
      </form>
      <p>
        <button type="button" className="button button--secondary" onClick={onRestore} disabled={busy} data-testid="create-restore">
          {t('restore.open')}
        </button>
      </p>
    </Screen>
  );
}
