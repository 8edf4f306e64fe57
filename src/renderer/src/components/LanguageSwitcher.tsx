import { useTranslation } from 'react-i18next';
import { directionOf } from '../../../shared/languages';
import { chooseLanguage } from '../features/settings/remembered-language';
import { LANGUAGES, currentLanguage } from '../i18n';

/** The interface languages, each named in itself and marked with its `lang` and direction. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = currentLanguage();
  return (
    <div className="language-switcher" role="group" aria-labelledby="language-switcher-label">
      <span id="language-switcher-label" className="language-switcher__label">
        {t('language.label')}
      </span>
      <div className="language-switcher__options">
        {LANGUAGES.map((language) => (
          <button
            key={language.code}
            type="button"
            lang={language.code}
            dir={directionOf(language.code)}
            className="language-switcher__option"
            aria-pressed={language.code === current}
            data-testid={`language-${language.code}`}
            onClick={() => void chooseLanguage(language.code)}
          >
            {language.name}
          </button>
        ))}
      </div>
    </div>
  );
}
