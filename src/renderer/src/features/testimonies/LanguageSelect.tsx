import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../../shared/language-names';
import { SelectField } from '../../components/forms/Fields';
import { currentLanguage } from '../../i18n';
import { isKnownLanguage, TESTIMONY_LANGUAGES } from './testimony-form';

/** A language from the testimony list; a stored tag outside the list is still shown, and kept. */
export function LanguageSelect(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  error?: ReactNode;
  testId?: string;
  required?: boolean;
  allowEmpty?: boolean;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { value } = props;
  const options = TESTIMONY_LANGUAGES.map((code): { value: string; label: string } => ({ value: code, label: languageName(code, language) }));
  if (value !== '' && !isKnownLanguage(value)) options.push({ value, label: languageName(value, language) });
  return <SelectField {...props} options={options} emptyLabel={props.allowEmpty ? t('testimony.form.chooseLanguage') : undefined} />;
}
