import { useTranslation } from 'react-i18next';
import { CASE_STATUSES } from '../../../../shared/domain/records';
import { SelectField, TextArea, TextInput } from '../../components/forms/Fields';
import type { FieldErrors } from '../../components/forms/form-errors';
import type { CaseForm } from './case-form';

/** The fields of a case, shared by the "New case" form and the case overview. */
export function CaseFields({
  idPrefix,
  form,
  errors,
  onChange,
}: {
  idPrefix: string;
  form: CaseForm;
  errors: FieldErrors;
  onChange(update: Partial<CaseForm>): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <div className="form-grid__wide">
        <TextInput
          id={`${idPrefix}-title`}
          testId={`${idPrefix}-title`}
          label={t('records.case.fields.title')}
          required
          value={form.title}
          error={errors.title}
          onChange={(title) => onChange({ title })}
        />
      </div>
      <TextInput
        id={`${idPrefix}-reference`}
        testId={`${idPrefix}-reference`}
        label={t('records.case.fields.reference')}
        hint={t('records.case.fields.referenceHint')}
        value={form.reference}
        error={errors.reference}
        onChange={(reference) => onChange({ reference })}
      />
      <SelectField
        id={`${idPrefix}-status`}
        testId={`${idPrefix}-status`}
        label={t('records.case.fields.status')}
        value={form.status}
        error={errors.status}
        options={CASE_STATUSES.map((status) => ({ value: status, label: t(`records.enum.caseStatus.${status}`) }))}
        onChange={(status) => status !== '' && onChange({ status })}
      />
      <TextInput
        id={`${idPrefix}-lawyer`}
        testId={`${idPrefix}-lawyer`}
        label={t('records.case.fields.responsibleLawyer')}
        value={form.responsibleLawyer}
        error={errors.responsibleLawyer}
        onChange={(responsibleLawyer) => onChange({ responsibleLawyer })}
      />
      <TextInput
        id={`${idPrefix}-tags`}
        testId={`${idPrefix}-tags`}
        label={t('records.case.fields.tags')}
        hint={t('records.common.listHint')}
        value={form.tags}
        error={errors.tags ?? Object.entries(errors).find(([path]) => path.startsWith('tags.'))?.[1]}
        onChange={(tags) => onChange({ tags })}
      />
      <div className="form-grid__wide">
        <TextArea
          id={`${idPrefix}-summary`}
          testId={`${idPrefix}-summary`}
          label={t('records.case.fields.summary')}
          rows={5}
          value={form.summary}
          error={errors.summary}
          onChange={(summary) => onChange({ summary })}
        />
      </div>
    </div>
  );
}
