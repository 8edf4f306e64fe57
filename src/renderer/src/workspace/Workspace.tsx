import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { AppHeader } from '../components/AppHeader';
import { BackupReminder } from '../features/backup/BackupReminder';
import { SearchPalette } from '../features/search/SearchPalette';
import { useSavedLanguage } from '../features/settings/use-saved-language';
import { mayLeave } from '../navigation/leave-guard';
import { saveAllPending } from '../navigation/pending-saves';
import { NavigationContext, type Navigation, type Route } from '../navigation/routes';
import { screenFor } from './screens';

const NAV: Array<{ route: Route; key: 'cases' | 'trash' | 'vocabularies' | 'fields' | 'settings' }> = [
  { route: { name: 'cases' }, key: 'cases' },
  { route: { name: 'trash' }, key: 'trash' },
  { route: { name: 'vocabularies' }, key: 'vocabularies' },
  { route: { name: 'fields' }, key: 'fields' },
  { route: { name: 'settings' }, key: 'settings' },
];

/** The open vault: header, navigation, the current screen, and search on Ctrl/Cmd+K. */
export function Workspace({ onLocked }: { onLocked(): void }) {
  const { t } = useTranslation();
  const [history, setHistory] = useState<Route[]>([{ name: 'cases' }]);
  const [searching, setSearching] = useState(false);
  useSavedLanguage();
  const [locking, setLocking] = useState(false);
  const route = history[history.length - 1] ?? { name: 'cases' };

  // A guard that saves or asks first calls `proceed` later, so the navigation is not lost.
  const go = useCallback((next: Route) => {
    const proceed = () => setHistory((stack) => [...stack.slice(-50), next]);
    if (mayLeave(proceed)) proceed();
  }, []);
  const back = useCallback(() => {
    const proceed = () => setHistory((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack));
    if (mayLeave(proceed)) proceed();
  }, []);
  const navigation = useMemo<Navigation>(() => ({ route, go, back }), [route, go, back]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && isSearchKey(event)) {
        event.preventDefault();
        setSearching(true);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Every lock saves what the screens hold first, for a bounded moment (docs/security.md S18).
  async function lock(): Promise<void> {
    setLocking(true);
    await saveAllPending();
    try {
      await api.call('vault.lock', {});
    } catch {
      // The screen is cleared whatever main answered.
    }
    onLocked();
  }

  // A lock main starts (idle, suspend, screen lock, quit): save, then answer with vault.lock.
  // Main locks after two seconds whatever this does, and its 'locked' event clears the screen.
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'locking') return;
        setLocking(true);
        void saveAllPending().then(() => api.call('vault.lock', {}).catch(() => undefined));
      }),
    [],
  );

  const tools = (
    <>
      <button type="button" className="button button--secondary button--small" onClick={() => setSearching(true)} data-testid="open-search">
        {t('workspace.search')} <kbd>Ctrl K</kbd>
      </button>
      <button type="button" className="button button--secondary button--small" onClick={() => void lock()} disabled={locking} aria-busy={locking} data-testid="lock-button">
        {locking ? t('home.locking') : t('home.lock')}
      </button>
    </>
  );

  return (
    <NavigationContext.Provider value={navigation}>
      <AppHeader tools={tools} />
      <div className="workspace" data-testid="screen-home">
        <nav className="workspace__nav" aria-label={t('workspace.navigation')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.key}>
                <button
                  type="button"
                  className="workspace__nav-item"
                  aria-current={route.name === item.route.name ? 'page' : undefined}
                  onClick={() => go(item.route)}
                  data-testid={`nav-${item.key}`}
                >
                  {t(`workspace.nav.${item.key}`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main className="workspace__main" key={JSON.stringify(route)}>
          <BackupReminder />
          {screenFor(route)}
        </main>
      </div>
      <SearchPalette open={searching} onClose={() => setSearching(false)} />
    </NavigationContext.Provider>
  );
}

/**
 * The K of Ctrl+K: the letter on Latin layouts (so Dvorak's K works), and the key's position where
 * the layout types no Latin letter there (Russian and Kazakh put «л» on it).
 */
function isSearchKey(event: KeyboardEvent): boolean {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase() === 'k';
  return event.code === 'KeyK';
}
