import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../../../shared/api/fields';
import type { FuzzyDate } from '../../../../shared/domain/common';
import type { CustomValue } from '../../../../shared/domain/custom-fields';
import type { Language } from '../../../../shared/languages';
import { errorNode, SelectField, TextArea, TextInput } from '../forms/Fields';
import type { FieldProblem } from '../forms/form-errors';
import { FuzzyDateField } from '../forms/FuzzyDateField';
import { VocabularyPicker } from '../forms/VocabularyPicker';
import { readNumber } from './read-number';
import { TermChoices } from './TermChoices';

export interface CustomFieldInputProps {
  id: string;
  definition: FieldDefinition;
  language: Language;
  value: CustomValue | undefined;
  error?: FieldProblem;
  disabled?: boolean;
  /** `readable` is false while typed text is not yet a value of the field's type. */
  onChange(value: CustomValue | FuzzyDate | undefined, readable?: boolean): void;
}

/**
 * One custom field, drawn from its definition with the same inputs the built-in fields use. Any
 * value a record may hold is drawn without crashing: a value of the wrong shape (from a partner's
 * definition of the same id) is shown as text and left alone unless the user types over it.
 */
export function CustomFieldInput({ id, definition, language, value, error, disabled, onChange }: CustomFieldInputProps) {
  const { t } = useTranslation();
  const label = definition.labels[language];
  const hint = definition.help[language] || undefined;
  const common = { id, label, hint, required: definition.required, disabled, testId: `custom-${definition.key}` };

  switch (definition.type) {
    case 'text':
      return <TextInput {...common} value={typeof value === 'string' ? value : ''} error={error} onChange={(text) => onChange(text)} />;
    case 'longText':
      return <TextArea {...common} rows={5} value={typeof value === 'string' ? value : ''} error={error} onChange={(text) => onChange(text)} />;
    case 'number':
      return <NumberInput {...common} value={typeof value === 'number' ? value : undefined} error={error} onChange={onChange} />;
    case 'boolean':
      return (
        <SelectField
          {...common}
          value={value === true ? 'yes' : value === false ? 'no' : ''}
          emptyLabel={t('fields.value.unset')}
          options={[
            { value: 'yes', label: t('fields.value.yes') },
            { value: 'no', label: t('fields.value.no') },
          ]}
          error={error}
          onChange={(choice) => onChange(choice === '' ? undefined : choice === 'yes')}
        />
      );
    case 'date':
      return (
        <FuzzyDateField
          {...common}
          value={isFuzzyDate(value) ? value : undefined}
          error={errorNode(error)}
          onChange={(date, state) => onChange(date, !state.unparsed)}
        />
      );
    case 'choice':
      if (definition.multiple) {
        return (
          <TermChoices
            {...common}
            vocabulary={definition.vocabulary ?? ''}
            value={Array.isArray(value) ? value : []}
            error={errorNode(error)}
            onChange={(codes) => onChange(codes)}
          />
        );
      }
      return (
        <VocabularyPicker
          {...common}
          vocabulary={definition.vocabulary ?? ''}
          value={typeof value === 'string' ? value : undefined}
          error={errorNode(error)}
          onChange={(code) => onChange(code)}
        />
      );
  }
}

function isFuzzyDate(value: unknown): value is FuzzyDate {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'precision' in value;
}

/** A number field keeps the text as typed, so "2," on the way to "2,5" is not rewritten. */
function NumberInput(props: {
  id: string;
  label: string;
  hint?: string;
  required: boolean;
  disabled?: boolean;
  testId: string;
  value: number | undefined;
  error?: FieldProblem;
  onChange(value: number | undefined, readable?: boolean): void;
}) {
  const { value, onChange } = props;
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    // A value from outside (a restored draft, a reload) replaces the text; our own does not.
    setText((old) => (readNumber(old) === value ? old : value === undefined ? '' : String(value)));
  }, [value]);
  return (
    <TextInput
      {...props}
      inputMode="decimal"
      value={text}
      onChange={(next) => {
        setText(next);
        const number = readNumber(next);
        onChange(number, next.trim() === '' || number !== undefined);
      }}
    />
  );
}
