import { useTranslation } from 'react-i18next';
import { formatClock } from '../../i18n/format-dates';
import type { SaveStatus } from './draft-saver';

interface SaveStatusLineProps {
  mode: 'draft' | 'final';
  status: SaveStatus;
  finalDirty: boolean;
  finalSavedAt: Date | null;
  onRetry(): void;
}

/**
 * Where the typed text stands: "Draft saved at 14:02:11" only once the call came back. Announced
 * politely; "saving" covers the second between a pause and the call, so it does not flicker.
 */
export function SaveStatusLine({ mode, status, finalDirty, finalSavedAt, onRetry }: SaveStatusLineProps) {
  const { t } = useTranslation();
  let text: string;
  let state: string;
  if (mode === 'final') {
    state = finalDirty ? 'unsaved' : 'saved';
    text = finalDirty ? t('testimony.status.unsavedFinal') : finalSavedAt ? t('testimony.status.savedFinal', { time: formatClock(finalSavedAt, true) }) : '';
  } else {
    state = status.state;
    switch (status.state) {
      case 'empty':
        text = t('testimony.status.empty');
        break;
      case 'pending':
      case 'saving':
        state = 'saving';
        text = t('testimony.status.saving');
        break;
      case 'saved':
        text = t('testimony.status.saved', { time: formatClock(status.at, true) });
        break;
      case 'failed':
        text = status.retrying ? t('testimony.status.retrying') : t('testimony.status.failed', { reason: t(`errors.${status.code}`) });
        break;
    }
  }
  const failed = mode === 'draft' && status.state === 'failed';
  return (
    <div className={`save-status save-status--${state}`}>
      <p className="save-status__text" aria-live="polite" data-testid="testimony-save-status" data-state={state}>
        {text}
      </p>
      {failed ? (
        <button type="button" className="button button--secondary button--small" onClick={onRetry} data-testid="testimony-save-retry">
          {t('testimony.status.retry')}
        </button>
      ) : null}
    </div>
  );
}
