import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockReason } from '../../shared/bridge';
import type { ErrorCode } from '../../shared/errors';
import { api, toApiError } from './api/client';
import { applyRememberedLanguage } from './features/settings/remembered-language';
import { CreateVaultScreen } from './screens/CreateVaultScreen';
import { Workspace } from './workspace/Workspace';
import { RecoverScreen } from './screens/RecoverScreen';
import { RecoveryKeyScreen } from './screens/RecoveryKeyScreen';
import { RestoreScreen } from './screens/RestoreScreen';
import { StartupScreen } from './screens/StartupScreen';
import { clearFields } from './components/custom-fields/field-store';
import { clearVocabularies } from './components/forms/vocabulary-store';
import { UnlockScreen } from './screens/UnlockScreen';

type View =
  | { screen: 'startup'; failure: ErrorCode | null }
  | { screen: 'create' }
  | { screen: 'recovery-key'; recoveryKey: string }
  | { screen: 'restore' }
  | { screen: 'unlock'; lockReason?: LockReason; corrupt?: boolean; restored?: boolean }
  | { screen: 'recover' }
  | { screen: 'home' };

const PRE_VAULT_SCREENS: ReadonlySet<View['screen']> = new Set(['startup', 'create', 'restore']);

export function App() {
  const [view, setView] = useState<View>({ screen: 'startup', failure: null });
  // Bumped on every lock: it keys the screen, so React drops all state below it, and it lets
  // an answer that arrives after a lock be recognised as stale and ignored.
  const [session, setSession] = useState(0);
  const sessionRef = useRef(0);

  // Set when the background integrity check finds the open vault damaged (S14).
  const [damagedPages, setDamagedPages] = useState<number[] | null>(null);

  const screenRef = useRef<View['screen']>(view.screen);
  useEffect(() => {
    screenRef.current = view.screen;
  }, [view.screen]);

  const lockView = useCallback((lockReason?: LockReason) => {
    // Before a vault exists there is nothing to close, and a create still running must be
    // allowed to finish: its answer holds the recovery key, shown only once.
    if (PRE_VAULT_SCREENS.has(screenRef.current)) return;
    sessionRef.current += 1;
    setSession(sessionRef.current);
    setDamagedPages(null);
    clearFields();
    clearVocabularies();
    setView(lockReason === undefined ? { screen: 'unlock' } : { screen: 'unlock', lockReason });
  }, []);

  /** Wraps a screen's callback so that it does nothing once a lock has replaced its session. */
  const inSession = useCallback(<A extends unknown[]>(action: (...args: A) => void) => {
    const started = sessionRef.current;
    return (...args: A) => {
      if (sessionRef.current === started) action(...args);
    };
  }, []);

  const start = useCallback(async () => {
    setView({ screen: 'startup', failure: null });
    try {
      const [status] = await Promise.all([api.call('vault.status', {}), applyRememberedLanguage()]);
      if (status.state === 'corrupt') return setView({ screen: 'unlock', corrupt: true });
      setDamagedPages(status.integrity === 'damaged' ? (status.damagedPages ?? []) : null);
      setView({ screen: status.state === 'absent' ? 'create' : status.state === 'locked' ? 'unlock' : 'home' });
    } catch (error) {
      setView({ screen: 'startup', failure: toApiError(error).code });
    }
  }, []);

  useEffect(() => {
    void start();
  }, [start]);

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'locked') lockView(event.reason);
        if (event.type === 'damaged') setDamagedPages(event.pages);
      }),
    [lockView],
  );

  return <div key={session}>{renderView()}</div>;

  function renderView() {
    switch (view.screen) {
      case 'startup':
        return <StartupScreen failure={view.failure} onRetry={() => void start()} />;
      case 'create':
        return (
          <CreateVaultScreen
            onCreated={inSession((recoveryKey: string) => setView({ screen: 'recovery-key', recoveryKey }))}
            onRestore={() => setView({ screen: 'restore' })}
          />
        );
      case 'restore':
        return <RestoreScreen onRestored={() => setView({ screen: 'unlock', restored: true })} onBack={() => setView({ screen: 'create' })} />;
      case 'recovery-key':
        return <RecoveryKeyScreen recoveryKey={view.recoveryKey} onContinue={() => setView({ screen: 'home' })} />;
      case 'unlock':
        return (
          <UnlockScreen
            lockReason={view.lockReason}
            corrupt={view.corrupt}
            restored={view.restored}
            onUnlocked={inSession(() => setView({ screen: 'home' }))}
            onUseRecoveryKey={() => setView({ screen: 'recover' })}
          />
        );
      case 'recover':
        return (
          <RecoverScreen onRecovered={inSession(() => setView({ screen: 'home' }))} onBack={() => setView({ screen: 'unlock' })} />
        );
      case 'home':
        return (
          <>
            {damagedPages !== null ? <DamagedBanner pages={damagedPages} /> : null}
            <Workspace onLocked={() => lockView()} />
          </>
        );
    }
  }
}

/** Shown above every screen while the vault is damaged: writes are refused until a restore. */
function DamagedBanner({ pages }: { pages: number[] }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--error" role="alert" data-testid="vault-damaged">
      <p>{t('unlock.damaged', { pages: pages.slice(0, 10).join(', ') || '?' })}</p>
    </div>
  );
}
