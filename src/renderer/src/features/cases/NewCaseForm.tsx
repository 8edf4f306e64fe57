import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/forms/RecordScreen';
import { DraftRestoredNotice } from '../../components/forms/DraftRestoredNotice';
import { useUnsavedChanges } from '../../components/forms/UnsavedChangesGuard';
import { useRecordForm } from '../../components/forms/use-record-form';
import { withCustomFields } from '../../components/custom-fields/with-custom-fields';
import { useKindFields } from '../../components/custom-fields/field-store';
import { CustomFieldsSection } from '../../components/custom-fields/CustomFieldsSection';
import { CaseFields } from './CaseFields';
import { caseFromRecord, caseToData, emptyCase } from './case-form';

/** A new case in place above the list: its draft kept as typed, focus on the first invalid field. */
export function NewCaseForm({ onCancel, onCreated }: { onCancel(): void; onCreated(id: string): void }) {
  const { t } = useTranslation();
  const customFields = useKindFields('case');
  const editor = useRecordForm(withCustomFields({ kind: 'case', empty: emptyCase, fromRecord: caseFromRecord, toData: caseToData }, customFields.live));
  const { dialog, allowLeave, confirmDiscard } = useUnsavedChanges(editor.dirty, editor.abandonDraft);
  const titleRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    titleRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const stored = await editor.save();
    if (stored) {
      allowLeave();
      onCreated(stored.id);
    } else {
      titleRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }

  return (
    <>
      <form className="panel-card stack" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="new-case-heading" onBlur={() => void editor.flushDraft()} data-testid="new-case-form">
        <h2 id="new-case-heading">{t('records.cases.newHeading')}</h2>
        <FormFailure code={editor.failure} />
        <DraftRestoredNotice restored={editor.restored} saving={editor.saving} onDiscard={editor.discardDraft} />
        <div ref={titleRef}>
          <CaseFields idPrefix="new-case" form={editor.form} errors={editor.errors} onChange={(update) => editor.setForm((form) => ({ ...form, ...update }))} />
          <CustomFieldsSection kind="case" idPrefix="new-case" form={editor.form.custom} errors={editor.errors} onChange={(custom) => editor.setForm((current) => ({ ...current, custom }))} />
        </div>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={editor.saving} aria-busy={editor.saving} data-testid="new-case-submit">
            {editor.saving ? t('records.common.saving') : t('records.cases.create')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => confirmDiscard(onCancel)} data-testid="new-case-cancel">
            {t('records.common.cancel')}
          </button>
        </div>
      </form>
      {dialog}
    </>
  );
}
