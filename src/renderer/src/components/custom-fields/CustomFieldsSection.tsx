import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../../../shared/api/fields';
import type { CustomValue } from '../../../../shared/domain/custom-fields';
import type { FuzzyDate } from '../../../../shared/domain/common';
import type { RecordKind } from '../../../../shared/domain/records';
import { currentLanguage } from '../../i18n';
import { errorAt, type FieldErrors } from '../forms/form-errors';
import { CustomFieldInput } from './CustomFieldInput';
import { CustomValueText } from './CustomValueText';
import { withValue, type CustomForm } from './custom-form';
import { useKindFields } from './field-store';

interface CustomFieldsSectionProps {
  kind: RecordKind;
  form: CustomForm | undefined;
  onChange(next: CustomForm): void;
  errors: FieldErrors;
  /** Kept apart from other forms' ids on the same page. */
  idPrefix: string;
  disabled?: boolean;
}

/**
 * The organisation's own fields of a kind of record, in the order the fields screen gave them.
 * Values of removed fields stay in the record and are shown read-only below, so nobody wonders
 * where they went; the form sends them back unchanged and main keeps them.
 */
export function CustomFieldsSection({ kind, form, onChange, errors, idPrefix, disabled }: CustomFieldsSectionProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { live, removed } = useKindFields(kind);
  const current = form ?? { values: {}, unreadable: [] };
  const kept = removed.filter((definition) => current.values[definition.id] !== undefined);
  if (live.length === 0 && kept.length === 0) return null;

  const change = (definition: FieldDefinition, value: CustomValue | FuzzyDate | undefined, readable = true) =>
    onChange(withValue(current, definition.id, value, readable));

  return (
    <fieldset className="group custom-fields stack" data-testid="custom-fields">
      <legend>{t('fields.section.legend')}</legend>
      {live.map((definition) => (
        <CustomFieldInput
          key={definition.id}
          id={`${idPrefix}-custom-${definition.id}`}
          definition={definition}
          language={language}
          value={current.values[definition.id]}
          error={errorAt(errors, `custom.${definition.id}`, true)}
          disabled={disabled}
          onChange={(value, readable) => change(definition, value, readable)}
        />
      ))}
      {kept.length > 0 ? (
        <div className="custom-fields__removed" data-testid="custom-fields-removed">
          <h3 className="custom-fields__removed-title">{t('fields.section.removedTitle')}</h3>
          <p className="field__hint">{t('fields.section.removedHint')}</p>
          <dl className="custom-fields__values">
            {kept.map((definition) => (
              <div key={definition.id} className="custom-fields__value" data-testid={`custom-removed-${definition.key}`}>
                <dt>
                  <bdi>{definition.labels[language]}</bdi>
                </dt>
                <dd>
                  <CustomValueText definition={definition} value={current.values[definition.id]} language={language} />
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </fieldset>
  );
}
