import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_REMINDER_DAYS_MAX, type BackupCreated, type BackupStatus } from '../../../../shared/api/backup';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { FormFailure, RecordScreen } from '../../components/forms/RecordScreen';
import { useNavigation, type Route } from '../../navigation/routes';
import { formatSize } from '../../components/format-size';
import { formatMoment } from '../../i18n/format-dates';
import type { FuzzyDateLanguage } from '../../../../shared/dates/fuzzy-date';

/**
 * Backs the vault up into a folder the host's dialog picks (the page never names a path), with
 * progress, the result and where it went; and the reminder's number of days.
 */
export function BackupScreen(_props: { route: Extract<Route, { name: 'backup' }> }) {
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<BackupCreated | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    void api.call('backup.status', {}).then(
      (value) => live.current && setStatus(value),
      (error: unknown) => live.current && setFailure(toApiError(error).code),
    );
    const stop = api.onEvent((event) => {
      if (event.type === 'progress' && event.method === 'backup.create' && live.current) setProgress({ done: event.done, total: event.total });
    });
    return () => {
      live.current = false;
      stop();
    };
  }, []);

  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  async function backUp() {
    setFailure(null);
    setCancelled(false);
    setResult(null);
    setProgress(null);
    setBusy(true);
    try {
      const created = await api.call('backup.create', {});
      if (!live.current) return;
      if ('cancelled' in created) return setCancelled(true);
      setResult(created);
      setStatus(await api.call('backup.status', {}));
    } catch (error) {
      if (live.current) setFailure(toApiError(error).code);
    } finally {
      if (live.current) setBusy(false);
    }
  }

  const language = i18n.language as FuzzyDateLanguage;
  const back = (
    <button type="button" className="button button--secondary" onClick={() => navigation.back()} data-testid="backup-back">
      {t('backup.back')}
    </button>
  );

  return (
    <RecordScreen title={t('backup.title')} testId="screen-backup" actions={back}>
      <div className="panel-card stack" aria-busy={busy}>
        <p className="admin-screen__intro">{t('backup.intro')}</p>
        <p data-testid="backup-last">
          {status?.lastBackupAt ? `${t('backup.last')}: ${formatMoment(status.lastBackupAt, language)}` : status ? t('backup.never') : null}
        </p>
        <div role="status" data-testid="backup-status">
          {cancelled ? <p>{t('backup.cancelled')}</p> : null}
          {busy ? (
            <>
              <p className="busy-note">{t('backup.working')}</p>
              <progress max={progress?.total || 1} value={progress?.total ? progress.done : 0} aria-label={t('backup.progress')} />
            </>
          ) : null}
        </div>
        <FormFailure code={failure} testId="backup-error" />
        <p>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void backUp()} data-testid="backup-choose">
            {t('backup.choose')}
          </button>
        </p>
      </div>

      {result ? (
        <section className="panel-card stack" aria-labelledby="backup-result-title" data-testid="backup-result">
          <h2 id="backup-result-title" ref={resultHeading} tabIndex={-1}>
            {t('backup.doneTitle')}
          </h2>
          <p>
            {t('backup.doneWhere')}: <code dir="auto" data-testid="backup-location">{result.location}</code>
          </p>
          <p data-testid="backup-counts">
            {t('backup.doneAttachments', { count: result.attachments, fresh: result.newAttachments })} {formatSize(result.bytesWritten, i18n.language)}
          </p>
        </section>
      ) : null}

      {status ? <ReminderForm status={status} onSaved={setStatus} /> : null}
      <p className="admin-screen__intro">{t('backup.restoreNote')}</p>
    </RecordScreen>
  );
}

function ReminderForm({ status, onSaved }: { status: BackupStatus; onSaved(status: BackupStatus): void }) {
  const { t } = useTranslation();
  const [days, setDays] = useState(String(status.reminderDays));
  const [issue, setIssue] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    const value = Number(days);
    if (!/^\d+$/.test(days.trim()) || value < 1 || value > BACKUP_REMINDER_DAYS_MAX) {
      setIssue(true);
      return input.current?.focus();
    }
    try {
      onSaved(await api.call('backup.setReminder', { days: value }));
      setSaved(true);
    } catch (error) {
      setFailure(toApiError(error).code);
    }
  }

  return (
    <form className="panel-card stack" noValidate onSubmit={(event) => void submit(event)} data-testid="backup-reminder">
      <div role="status">{saved ? <p className="alert alert--notice">{t('backup.reminderSaved')}</p> : null}</div>
      <FormFailure code={failure} testId="backup-reminder-error" />
      <div className="field">
        <label className="field__label" htmlFor="backup-reminder-days">
          {t('backup.reminderLabel')}
        </label>
        <input
          id="backup-reminder-days"
          ref={input}
          className="input settings__minutes-input"
          type="number"
          inputMode="numeric"
          dir="auto"
          min={1}
          max={BACKUP_REMINDER_DAYS_MAX}
          step={1}
          value={days}
          onChange={(event) => {
            setDays(event.target.value);
            setIssue(false);
          }}
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? 'backup-reminder-error' : undefined}
          data-testid="backup-reminder-days"
        />
        {issue ? (
          <p id="backup-reminder-error" className="field__error">
            {t('backup.reminderRange')}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="button button--secondary" data-testid="backup-reminder-save">
          {t('backup.reminderSave')}
        </button>
      </div>
    </form>
  );
}
