import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Screen } from '../components/Screen';

/** The open vault's shell; the case screens will live in its main area. */
export function HomeScreen({ onLocked }: { onLocked(): void }) {
  const { t } = useTranslation();
  const [locking, setLocking] = useState(false);

  async function lock(): Promise<void> {
    setLocking(true);
    try {
      await api.call('vault.lock', {});
    } catch {
      // The screen is cleared whatever main answered; if the vault is somehow still open,
      // the next unlock finds it open and comes straight back here.
    }
    onLocked();
  }

  const lockButton = (
    <button
      type="button"
      className="button button--secondary button--small"
      onClick={() => void lock()}
      disabled={locking}
      aria-busy={locking}
      data-testid="lock-button"
    >
      {locking ? t('home.locking') : t('home.lock')}
    </button>
  );

  return (
    <Screen title={t('home.title')} testId="screen-home" headerTools={lockButton} focusTitle>
      <p>{t('home.body')}</p>
      <p className="panel__intro">{t('home.lockHint')}</p>
    </Screen>
  );
}
