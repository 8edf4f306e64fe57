import { useTranslation } from 'react-i18next';

/** Save and Cancel at the foot of a record form. */
export function FormActions({ saving, dirty, isNew, onCancel, testId }: { saving: boolean; dirty: boolean; isNew: boolean; onCancel(): void; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="actions form-actions">
      <button type="submit" className="button button--primary" disabled={saving} aria-busy={saving || undefined} data-testid={`${testId}-save`}>
        {saving ? t('records.common.saving') : isNew ? t('records.common.create') : t('records.common.save')}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel} data-testid={`${testId}-cancel`}>
        {t('records.common.cancel')}
      </button>
      {dirty ? <span className="save-note">{t('records.common.unsaved')}</span> : null}
    </div>
  );
}
