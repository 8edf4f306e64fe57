import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { FormError } from '../../components/FormError';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { TextInput } from '../../components/forms/Fields';
import { passphraseIssueText } from '../../i18n/passphrase-issue';
import { checkNewPassphrase, PASSPHRASE_MIN_LENGTH, type NewPassphraseIssues } from '../../passphrase/validate';

type CurrentIssue = 'required' | 'wrong';

/** Changes the passphrase: the current one, a new one with its strength, and the new one again. */
export function PassphraseForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [visible, setVisible] = useState(false);
  const [currentIssue, setCurrentIssue] = useState<CurrentIssue | null>(null);
  const [issues, setIssues] = useState<NewPassphraseIssues>({});
  const [same, setSame] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);
  const currentInput = useRef<HTMLInputElement>(null);
  const nextInput = useRef<HTMLInputElement>(null);
  const confirmInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    setChanged(false);
    const found = checkNewPassphrase(next, confirm);
    const missingCurrent = current === '';
    const unchanged = !found.passphrase && next === current;
    setCurrentIssue(missingCurrent ? 'required' : null);
    setIssues(found);
    setSame(unchanged);
    if (missingCurrent) return currentInput.current?.focus();
    if (found.passphrase || unchanged) return nextInput.current?.focus();
    if (found.confirm) return confirmInput.current?.focus();
    setBusy(true);
    try {
      await api.call('vault.changePassphrase', { current, next });
      setCurrent('');
      setNext('');
      setConfirm('');
      setVisible(false);
      setChanged(true);
    } catch (error) {
      const refused = toApiError(error);
      if (refused.code === 'WRONG_PASSPHRASE') {
        setCurrentIssue('wrong');
        currentInput.current?.select();
        currentInput.current?.focus();
      } else if (refused.fieldIssue('next')) {
        setIssues({ passphrase: 'tooShort' });
        nextInput.current?.focus();
      } else {
        setFailure(refused.code);
      }
    }
    setBusy(false);
  }

  const type = visible ? 'text' : 'password';
  const currentError =
    currentIssue === 'wrong' ? t('errors.WRONG_PASSPHRASE') : currentIssue === 'required' ? passphraseIssueText(t, 'required') : undefined;

  return (
    <form className="stack" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="settings-passphrase-title" aria-busy={busy} data-testid="passphrase-form">
      <h2 id="settings-passphrase-title">{t('admin.settings.passphrase.title')}</h2>
      <p className="admin-screen__intro">{t('admin.settings.passphrase.intro')}</p>
      <div role="status" data-testid="passphrase-status">
        {changed ? <p className="alert alert--notice">{t('admin.settings.passphrase.changed')}</p> : null}
      </div>
      <FormError code={failure} />
      <TextInput
        id="settings-current-passphrase"
        testId="settings-current-passphrase"
        label={t('admin.settings.passphrase.current')}
        type={type}
        autoComplete="current-password"
        value={current}
        onChange={(value) => {
          setCurrent(value);
          setCurrentIssue(null);
        }}
        error={currentError}
        inputRef={currentInput}
      />
      <NewPassphraseFields
        ids={{ passphrase: 'settings-new-passphrase', confirm: 'settings-confirm-passphrase', strength: 'settings-strength' }}
        labels={{ passphrase: t('admin.settings.passphrase.next'), confirm: t('admin.settings.passphrase.confirm') }}
        hint={t('create.passphraseHint', { count: PASSPHRASE_MIN_LENGTH })}
        value={{ passphrase: next, confirm }}
        onChange={(typed, cleared) => {
          setNext(typed.passphrase);
          setConfirm(typed.confirm);
          if (cleared === 'passphrase') setSame(false);
          setIssues((old) => ({ ...old, [cleared]: undefined }));
        }}
        issues={issues}
        passphraseError={same ? t('admin.settings.passphrase.same') : undefined}
        visible={visible}
        onVisibleChange={setVisible}
        passphraseRef={nextInput}
        confirmRef={confirmInput}
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy} data-testid="settings-passphrase-submit">
          {t('admin.settings.passphrase.submit')}
        </button>
        {busy ? (
          <p className="busy-note" role="status">
            {t('admin.settings.passphrase.working')}
          </p>
        ) : null}
      </div>
    </form>
  );
}
