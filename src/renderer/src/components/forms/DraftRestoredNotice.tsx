import { useTranslation } from 'react-i18next';

/**
 * Shown at the top of a record form that opened with a kept draft (docs/security.md S18): the
 * changes are in the fields but not in the record. Save submits the form it sits in; Discard goes
 * back to what the record holds. Both are plain buttons, reachable by keyboard.
 */
export function DraftRestoredNotice({ restored, saving, onDiscard, onSave, testId = 'draft-restored' }: { restored: boolean; saving: boolean; onDiscard(): void; onSave?(): void; testId?: string }) {
  const { t } = useTranslation();
  if (!restored) return null;
  return (
    <div className="alert alert--notice" role="status" data-testid={testId}>
      <p className="alert__title">{t('records.draft.restored')}</p>
      <p>{t('records.draft.restoredBody')}</p>
      <p className="actions">
        <button
          type={onSave ? 'button' : 'submit'}
          className="button button--primary button--small"
          disabled={saving}
          onClick={onSave}
          data-testid={`${testId}-save`}
        >
          {t('records.draft.save')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onDiscard} data-testid={`${testId}-discard`}>
          {t('records.draft.discard')}
        </button>
      </p>
    </div>
  );
}
