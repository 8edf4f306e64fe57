import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../navigation/routes';

/** The way from Settings to the identity card and the address book. */
export function PartnersLink() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  return (
    <section className="admin-panel stack" aria-labelledby="settings-partners-title" data-testid="settings-partners">
      <h2 id="settings-partners-title">{t('partners.settings.title')}</h2>
      <p className="admin-screen__intro">{t('partners.settings.body')}</p>
      <div>
        <button type="button" className="button button--secondary" onClick={() => navigation.go({ name: 'partners' })} data-testid="settings-open-partners">
          {t('partners.settings.open')}
        </button>
      </div>
    </section>
  );
}
