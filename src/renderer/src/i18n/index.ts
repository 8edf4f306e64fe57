import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Messages } from './en';
import { kk } from './kk';
import { ru } from './ru';
import { ug } from './ug';
import { LANGUAGES as INTERFACE_LANGUAGES, directionOf, isLanguage, type Language } from '../../../shared/languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** Each language is named in itself, so anyone can find their own. */
const NAMES: Record<Language, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша', ug: 'ئۇيغۇرچە' };

export const LANGUAGES = INTERFACE_LANGUAGES.map((code) => ({ code, name: NAMES[code] }));

export type LanguageCode = Language;

export const isLanguageCode = isLanguage;

const translations: Record<Language, Messages> = { en, ru, kk, ug };

// The system's language first. The choice is not stored: the page has no storage that outlives
// the window, and remembering it belongs to main once the contract has a setting for it.
function systemLanguage(): LanguageCode {
  for (const tag of navigator.languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguageCode(base)) return base;
  }
  return 'en';
}

export const i18n = i18next.createInstance();

// The root's direction follows the language, so the logical CSS properties mirror the whole
// layout for Uyghur; every other language sets it back to ltr.
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  document.documentElement.dir = isLanguageCode(language) ? directionOf(language) : 'ltr';
});

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(INTERFACE_LANGUAGES.map((code) => [code, { translation: translations[code] }])),
  lng: systemLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...INTERFACE_LANGUAGES],
  // React escapes text itself; escaping here too would show entities on screen.
  interpolation: { escapeValue: false },
  initAsync: false,
  // Its console advertisement would be the one line in an otherwise silent console.
  showSupportNotice: false,
});

export function currentLanguage(): LanguageCode {
  return isLanguageCode(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}
