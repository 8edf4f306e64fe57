import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The bar on every screen: the app's name, the language switcher and the screen's own tools. */
export function AppHeader({ tools }: { tools?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__name">{t('app.name')}</span>
        <span className="app-header__tagline">{t('app.tagline')}</span>
      </div>
      <div className="app-header__tools">
        <LanguageSwitcher />
        {tools}
      </div>
    </header>
  );
}
