import { useEffect } from 'react';
import type { Settings } from '../../../../shared/api/settings';
import { api } from '../../api/client';
import { currentLanguage, isLanguageCode } from '../../i18n';
import { chooseLanguage } from './remembered-language';

/** What `settings.get` answers for a vault whose settings were never saved. */
const DEFAULTS: Readonly<Settings> = { language: 'en', autoLockMinutes: 10, userName: 'Local user' };
/** A vault this young, still on its defaults, has just been created in this window. */
const NEW_VAULT_MS = 15 * 60_000;

function isDefault(settings: Settings): boolean {
  return settings.language === DEFAULTS.language && settings.autoLockMinutes === DEFAULTS.autoLockMinutes && settings.userName === DEFAULTS.userName;
}

/**
 * Once the vault is open, the interface speaks the language saved in its settings. A vault just
 * created has saved nothing yet: it keeps the language its owner created it in, and saves that.
 */
export function useSavedLanguage(): void {
  useEffect(() => {
    let live = true;
    (async () => {
      const [settings, status] = await Promise.all([api.call('settings.get', {}), api.call('vault.status', {})]);
      if (!live) return;
      const created = status.createdAt ? Date.parse(status.createdAt) : Number.NaN;
      const justCreated = isDefault(settings) && Date.now() - created < NEW_VAULT_MS;
      if (justCreated) {
        if (currentLanguage() !== settings.language) await api.call('settings.update', { language: currentLanguage() });
        return;
      }
      if (isLanguageCode(settings.language) && settings.language !== currentLanguage()) await chooseLanguage(settings.language);
    })().catch(() => {
      // A vault locked meanwhile, or an old one without settings: the language stays as it is.
    });
    return () => {
      live = false;
    };
  }, []);
}
