import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../navigation/routes';

/** The way from Settings to the backup screen. */
export function BackupLink() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  return (
    <section className="admin-panel stack" aria-labelledby="settings-backup-title" data-testid="settings-backup">
      <h2 id="settings-backup-title">{t('backup.settingsTitle')}</h2>
      <p className="admin-screen__intro">{t('backup.settingsBody')}</p>
      <div>
        <button type="button" className="button button--secondary" onClick={() => navigation.go({ name: 'backup' })} data-testid="settings-open-backup">
          {t('backup.settingsOpen')}
        </button>
      </div>
    </section>
  );
}
