import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors';
import { FormError } from '../components/FormError';
import { Screen } from '../components/Screen';

interface StartupScreenProps {
  failure: ErrorCode | null;
  onRetry(): void;
}

/** Shown while the vault's state is asked for, and if asking failed. */
export function StartupScreen({ failure, onRetry }: StartupScreenProps) {
  const { t } = useTranslation();
  if (failure === null) {
    return (
      <Screen title={t('startup.title')} testId="screen-startup">
        <p className="busy-note" role="status">
          {t('startup.checking')}
        </p>
      </Screen>
    );
  }
  return (
    <Screen title={t('startup.failedTitle')} testId="screen-startup-failed" focusTitle>
      <FormError code={failure} />
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('startup.retry')}
        </button>
      </div>
    </Screen>
  );
}
