import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors';
import { api, toApiError } from '../api/client';
import { FormError } from '../components/FormError';
import { Screen } from '../components/Screen';
import { ShowPassphraseToggle } from '../components/ShowPassphraseToggle';
import { StrengthMeter } from '../components/StrengthMeter';
import { TextField } from '../components/TextField';
import { passphraseIssueText } from '../i18n/passphrase-issue';
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

  const type = visible ? 'text' : 'password';
  return (
    <Screen title={t('create.title')} testId="screen-create">
      <p className="panel__intro">{t('create.intro')}</p>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <FormError code={failure} />
        <TextField
          id="create-passphrase"
          testId="create-passphrase"
          label={t('create.passphrase')}
          hint={t('create.passphraseHint', { count: PASSPHRASE_MIN_LENGTH })}
          type={type}
          autoComplete="new-password"
          value={passphrase}
          onChange={(value) => {
            setPassphrase(value);
            setIssues((old) => ({ ...old, passphrase: undefined }));
          }}
          error={passphraseIssueText(t, issues.passphrase)}
          describedBy="create-strength"
          inputRef={passphraseInput}
          autoFocus
        />
        <StrengthMeter id="create-strength" passphrase={passphrase} />
        <TextField
          id="create-confirm"
          testId="create-confirm"
          label={t('create.confirm')}
          type={type}
          autoComplete="new-password"
          value={confirm}
          onChange={(value) => {
            setConfirm(value);
            setIssues((old) => ({ ...old, confirm: undefined }));
          }}
          error={passphraseIssueText(t, issues.confirm)}
          inputRef={confirmInput}
        />
        <ShowPassphraseToggle checked={visible} onChange={setVisible} />
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
