import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors';
import { api, toApiError } from '../api/client';
import { FormError } from '../components/FormError';
import { Screen } from '../components/Screen';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { TextInput } from '../components/forms/Fields';
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

  return (
    <Screen title={t('recover.title')} testId="screen-recover" focusTitle>
      <p className="panel__intro">{t('recover.intro')}</p>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <FormError code={failure} />
        <TextInput
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
        <NewPassphraseFields
          ids={{ passphrase: 'recover-passphrase', confirm: 'recover-confirm', strength: 'recover-strength' }}
          labels={{ passphrase: t('recover.newPassphrase'), confirm: t('recover.confirm') }}
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
        />
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
