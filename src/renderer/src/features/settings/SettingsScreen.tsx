import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/api/settings';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { FormError } from '../../components/FormError';
import { TextInput } from '../../components/forms/Fields';
import { errorText, type FieldProblem } from '../../components/forms/form-errors';
import { directionOf } from '../../../../shared/languages';
import { currentLanguage, LANGUAGES, type LanguageCode } from '../../i18n';
import { chooseLanguage } from './remembered-language';
import type { Route } from '../../navigation/routes';
import { BackupLink } from '../backup/BackupLink';
import { PartnersLink } from '../partners/PartnersLink';
import { PassphraseForm } from './PassphraseForm';

const MIN_MINUTES = 1;
const MAX_MINUTES = 60;
const MAX_NAME = 200;

type Load = { state: 'loading' } | { state: 'failed'; code: ErrorCode } | { state: 'ready'; settings: Settings };
type Issue = { key: 'minutesRange' | 'nameRequired' | 'nameTooLong' } | { server: FieldProblem };

/** Interface language, auto-lock, the name the audit log gives this computer, and the passphrase. */
export function SettingsScreen(_props: { route: Route }) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    heading.current?.focus();
    api.call('settings.get', {}).then(
      (settings) => live && setLoad({ state: 'ready', settings }),
      (error: unknown) => live && setLoad({ state: 'failed', code: toApiError(error).code }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="admin-screen settings" data-testid="screen-settings" aria-labelledby="settings-title">
      <h1 id="settings-title" ref={heading} tabIndex={-1}>
        {t('admin.settings.title')}
      </h1>
      {load.state === 'loading' ? (
        <p className="busy-note" role="status">
          {t('admin.settings.loading')}
        </p>
      ) : null}
      {load.state === 'failed' ? <FormError code={load.code} /> : null}
      {load.state === 'ready' ? (
        <>
          <div className="admin-panel">
            <LanguageSetting />
          </div>
          <div className="admin-panel">
            <GeneralSettings settings={load.settings} onSaved={(settings) => setLoad({ state: 'ready', settings })} />
          </div>
        </>
      ) : null}
      <div className="admin-panel">
        <PassphraseForm />
      </div>
      <PartnersLink />
      <BackupLink />
    </section>
  );
}

/** Switches the interface at once and remembers the choice in the vault. */
function LanguageSetting() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [saved, setSaved] = useState<LanguageCode | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const request = useRef(0);

  async function choose(code: LanguageCode) {
    const id = ++request.current;
    setSaved(null);
    setFailure(null);
    await chooseLanguage(code);
    try {
      await api.call('settings.update', { language: code });
      if (id === request.current) setSaved(code);
    } catch (error) {
      if (id === request.current) setFailure(toApiError(error).code);
    }
  }

  return (
    <fieldset className="settings__languages" data-testid="settings-language">
      <legend>
        <h2 className="settings__legend">{t('admin.settings.language.title')}</h2>
      </legend>
      <p className="admin-screen__intro">{t('admin.settings.language.intro')}</p>
      <div className="settings__language-options">
        {LANGUAGES.map((option) => (
          <label key={option.code} className="checkbox settings__language-option" lang={option.code} dir={directionOf(option.code)}>
            <input
              type="radio"
              name="settings-language"
              value={option.code}
              checked={language === option.code}
              onChange={() => void choose(option.code)}
              data-testid={`settings-language-${option.code}`}
            />
            {option.name}
          </label>
        ))}
      </div>
      <div role="status" data-testid="settings-language-status">
        {saved ? <p className="busy-note">{t('admin.settings.language.saved')}</p> : null}
      </div>
      <FormError code={failure} />
    </fieldset>
  );
}

function GeneralSettings({ settings, onSaved }: { settings: Settings; onSaved(settings: Settings): void }) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(String(settings.autoLockMinutes));
  const [userName, setUserName] = useState(settings.userName);
  const [issues, setIssues] = useState<{ autoLockMinutes?: Issue; userName?: Issue }>({});
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const minutesInput = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  function text(issue: Issue | undefined): string | undefined {
    if (!issue) return undefined;
    if ('key' in issue) return t(`admin.settings.general.errors.${issue.key}`, { min: MIN_MINUTES, max: issue.key === 'nameTooLong' ? MAX_NAME : MAX_MINUTES });
    const shown = errorText(t, issue.server);
    return shown ? (shown.original ? `${shown.text} (${shown.original})` : shown.text) : undefined;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    setSaved(false);
    const value = Number(minutes.trim());
    const name = userName.trim();
    const found: { autoLockMinutes?: Issue; userName?: Issue } = {};
    if (minutes.trim() === '' || !Number.isInteger(value) || value < MIN_MINUTES || value > MAX_MINUTES) found.autoLockMinutes = { key: 'minutesRange' };
    if (name === '') found.userName = { key: 'nameRequired' };
    else if (name.length > MAX_NAME) found.userName = { key: 'nameTooLong' };
    setIssues(found);
    if (found.autoLockMinutes) return minutesInput.current?.focus();
    if (found.userName) return nameInput.current?.focus();
    setBusy(true);
    try {
      const next = await api.call('settings.update', { autoLockMinutes: value, userName: name });
      setMinutes(String(next.autoLockMinutes));
      setUserName(next.userName);
      setSaved(true);
      onSaved(next);
    } catch (error) {
      const refused = toApiError(error);
      const byField: { autoLockMinutes?: Issue; userName?: Issue } = {};
      for (const issue of refused.fields) {
        if ((issue.path === 'autoLockMinutes' || issue.path === 'userName') && !byField[issue.path]) byField[issue.path] = { server: issue };
      }
      if (byField.autoLockMinutes || byField.userName) {
        setIssues(byField);
        (byField.autoLockMinutes ? minutesInput : nameInput).current?.focus();
      } else {
        setFailure(refused.code);
      }
    }
    setBusy(false);
  }

  const minutesError = text(issues.autoLockMinutes);
  return (
    <form className="stack" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="settings-general-title" data-testid="settings-general">
      <h2 id="settings-general-title">{t('admin.settings.general.title')}</h2>
      <div role="status" data-testid="settings-general-status">
        {saved ? <p className="alert alert--notice">{t('admin.settings.general.saved')}</p> : null}
      </div>
      <FormError code={failure} />
      <div className="field">
        <label className="field__label" htmlFor="settings-auto-lock">
          {t('admin.settings.general.autoLock')}
        </label>
        <p id="settings-auto-lock-hint" className="field__hint">
          {t('admin.settings.general.autoLockHint', { min: MIN_MINUTES, max: MAX_MINUTES })}
        </p>
        <div className="settings__minutes">
          <input
            id="settings-auto-lock"
            ref={minutesInput}
            className="input settings__minutes-input"
            type="number"
            inputMode="numeric"
            dir="auto"
            min={MIN_MINUTES}
            max={MAX_MINUTES}
            step={1}
            value={minutes}
            onChange={(event) => {
              setMinutes(event.target.value);
              setIssues((old) => ({ ...old, autoLockMinutes: undefined }));
            }}
            aria-invalid={minutesError ? true : undefined}
            aria-describedby={minutesError ? 'settings-auto-lock-error settings-auto-lock-hint' : 'settings-auto-lock-hint'}
            data-testid="settings-auto-lock"
          />
          <span aria-hidden="true">{t('admin.settings.general.minutesUnit')}</span>
        </div>
        {minutesError ? (
          <p id="settings-auto-lock-error" className="field__error" data-testid="settings-auto-lock-error">
            {minutesError}
          </p>
        ) : null}
      </div>
      <TextInput
        id="settings-user-name"
        testId="settings-user-name"
        label={t('admin.settings.general.userName')}
        hint={t('admin.settings.general.userNameHint')}
        autoComplete="name"
        value={userName}
        onChange={(value) => {
          setUserName(value);
          setIssues((old) => ({ ...old, userName: undefined }));
        }}
        error={text(issues.userName)}
        inputRef={nameInput}
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy} data-testid="settings-general-save">
          {busy ? t('admin.settings.general.saving') : t('admin.settings.general.save')}
        </button>
      </div>
    </form>
  );
}
