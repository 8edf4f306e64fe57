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
import { RECOVERY_KEY_MAX_LENGTH } from '../passphrase/limits';
import { checkNewPassphrase, hasIssues, type NewPassphraseIssues } from '../passphrase/validate';

interface RecoverScreenProps {
  onRecovered(): void;
  onBack(): void;
}

/** The forgotten-passphrase path: the recovery key opens the vault and a new passphrase is set. */
export function RecoverScreen({ onRecovered, onBack }: RecoverScreenProps) {
  const { t } = useTranslation();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [visible, setVisible] = useState(false);
  const [keyError, setKeyError] = useState<'required' | 'wrong' | null>(null);
  const [issues, setIssues] = useState<NewPassphraseIssues>({});
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const keyInput = useRef<HTMLInputElement>(null);
  const passphraseInput = useRef<HTMLInputElement>(null);
  const confirmInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const key = recoveryKey.trim();
    const keyProblem = key === '' ? 'required' : key.length > RECOVERY_KEY_MAX_LENGTH ? 'wrong' : null;
    const found = checkNewPassphrase(passphrase, confirm);
    setKeyError(keyProblem);
    setIssues(found);
    if (keyProblem) return keyInput.current?.focus();
    if (found.passphrase) return passphraseInput.current?.focus();
    if (hasIssues(found)) return confirmInput.current?.focus();
    setBusy(true);
    try {
      await api.call('vault.recover', { recoveryKey: key, newPassphrase: passphrase });
      onRecovered();
      return;
    } catch (error) {
      const refused = toApiError(error);
      if (refused.code === 'WRONG_RECOVERY_KEY' || refused.fieldIssue('recoveryKey')) {
        setKeyError('wrong');
        keyInput.current?.focus();
      } else if (refused.fieldIssue('newPassphrase')) {
        setIssues({ passphrase: 'tooShort' });
        passphraseInput.current?.focus();
      } else {
        setFailure(refused.code);
      }
    }
    setBusy(false);
  }

  const type = visible ? 'text' : 'password';
  return (
    <Screen title={t('recover.title')} testId="screen-recover" focusTitle>
      <p className="panel__intro">{t('recover.intro')}</p>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <FormError code={failure} />
        <TextField
          id="recover-key"
          testId="recover-key"
          label={t('recover.recoveryKey')}
          hint={t('recover.recoveryKeyHint')}
          autoComplete="off"
          mono
          value={recoveryKey}
          onChange={(value) => {
            setRecoveryKey(value);
            setKeyError(null);
          }}
          error={keyError === 'wrong' ? t('errors.WRONG_RECOVERY_KEY') : keyError === 'required' ? t('validation.recoveryKeyRequired') : undefined}
          inputRef={keyInput}
        />
        <TextField
          id="recover-passphrase"
          testId="recover-passphrase"
          label={t('recover.newPassphrase')}
          type={type}
          autoComplete="new-password"
          value={passphrase}
          onChange={(value) => {
            setPassphrase(value);
            setIssues((old) => ({ ...old, passphrase: undefined }));
          }}
          error={passphraseIssueText(t, issues.passphrase)}
          describedBy="recover-strength"
          inputRef={passphraseInput}
        />
        <StrengthMeter id="recover-strength" passphrase={passphrase} />
        <TextField
          id="recover-confirm"
          testId="recover-confirm"
          label={t('recover.confirm')}
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
          <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy} data-testid="recover-submit">
            {t('recover.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onBack} disabled={busy} data-testid="recover-back">
            {t('recover.back')}
          </button>
        </div>
        {busy ? (
          <p className="busy-note" role="status">
            {t('recover.submitting')}
          </p>
        ) : null}
      </form>
    </Screen>
  );
}
