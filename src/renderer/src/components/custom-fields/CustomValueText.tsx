import type { FieldDefinition } from '../../../../shared/api/fields';
import { formatFuzzyDate } from '../../../../shared/dates/fuzzy-date';
import type { FuzzyDate } from '../../../../shared/domain/common';
import type { CustomValue } from '../../../../shared/domain/custom-fields';
import type { Language } from '../../../../shared/languages';
import { useTranslation } from 'react-i18next';
import { termLabel, useVocabulary } from '../forms/vocabulary-store';

/** A stored value as words: terms by their labels, dates as the app writes them. */
export function CustomValueText({ definition, value, language }: { definition: FieldDefinition; value: CustomValue | undefined; language: Language }) {
  const { t } = useTranslation();
  const { vocabulary } = useVocabulary(definition.vocabulary ?? '');
  if (value === undefined) return null;
  if (typeof value === 'boolean') return <>{value ? t('fields.value.yes') : t('fields.value.no')}</>;
  if (typeof value === 'number') return <>{String(value)}</>;
  if (Array.isArray(value)) return <bdi>{value.map((code) => termLabel(vocabulary, code, language)).join(', ')}</bdi>;
  if (typeof value === 'object') return <>{formatFuzzyDate(value as FuzzyDate, language)}</>;
  if (definition.type === 'choice') return <bdi>{termLabel(vocabulary, value, language)}</bdi>;
  return <bdi className="custom-fields__text">{value}</bdi>;
}
