import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../../shared/api/backup';
import { api } from '../../api/client';
import { useNavigation } from '../../navigation/routes';

/**
 * A banner over the workspace while the last backup is older than the days the user set (or there
 * never was one), with the way to the backup screen. Asked again on every change of screen, so a
 * finished backup makes it go away.
 */
export function BackupReminder() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const routeName = navigation.route.name;

  useEffect(() => {
    let live = true;
    void api.call('backup.status', {}).then(
      (value) => live && setStatus(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [routeName]);

  if (!status?.due || routeName === 'backup') return null;
  return (
    <section className="alert alert--notice" aria-label={t('backup.settingsTitle')} data-testid="backup-reminder-banner">
      <p>{status.lastBackupAt === null ? t('backup.bannerNever') : t('backup.bannerOld', { count: status.reminderDays })}</p>
      <p>
        <button type="button" className="button button--secondary button--small" onClick={() => navigation.go({ name: 'backup' })} data-testid="backup-reminder-open">
          {t('backup.bannerAction')}
        </button>
      </p>
    </section>
  );
}
