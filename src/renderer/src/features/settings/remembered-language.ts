import { api } from '../../api/client';
import { currentLanguage, i18n, type LanguageCode } from '../../i18n';

/**
 * Switches the interface and remembers the choice outside the vault, so the unlock screen speaks
 * it after a restart. Failing to remember is not worth an error on screen: the switch still holds.
 */
export async function chooseLanguage(code: LanguageCode): Promise<void> {
  if (code !== currentLanguage()) await i18n.changeLanguage(code);
  await api.call('preferences.set', { language: code }).catch(() => undefined);
}

/**
 * Before anything is shown: the remembered language, else the system's (chosen when i18n starts),
 * else English.
 */
export async function applyRememberedLanguage(): Promise<void> {
  const preferences = await api.call('preferences.get', {}).catch(() => ({ language: undefined }));
  if (preferences.language !== undefined && preferences.language !== currentLanguage()) {
    await i18n.changeLanguage(preferences.language);
  }
}
