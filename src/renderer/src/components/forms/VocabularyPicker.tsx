import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { Combobox, type ComboboxOption } from './Combobox';
import { flattenTerms, termLabel, useVocabulary } from './vocabulary-store';

export interface VocabularyPickerProps {
  id: string;
  label: string;
  /** The vocabulary's key: `incident_type`, `place`, `ethnicity`… */
  vocabulary: string;
  /** The chosen term's code. */
  value: string | undefined;
  onChange(code: string | undefined): void;
  hint?: ReactNode;
  error?: ReactNode;
  testId?: string;
  hideLabel?: boolean;
  required?: boolean;
  disabled?: boolean;
}

/** Lower-case, without accents, ё as е: what a person types should find a label either way. */
function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е').trim();
}

/**
 * Picks one term of a controlled vocabulary by typing part of its label in any of the three
 * languages; shows labels in the interface language, hierarchies indented in tree order, or with
 * their broader terms when filtered. Deprecated terms are offered only when already chosen.
 */
export function VocabularyPicker(props: VocabularyPickerProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { vocabulary, status, retry } = useVocabulary(props.vocabulary);
  const selectedLabel = props.value === undefined ? '' : termLabel(vocabulary, props.value, language);
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? selectedLabel;

  const entries = useMemo(() => (vocabulary ? flattenTerms(vocabulary, language) : []), [vocabulary, language]);

  const options = useMemo<ComboboxOption[]>(() => {
    const query = typed === null ? '' : normalize(typed);
    const usable = entries.filter((entry) => !entry.term.deprecated || entry.term.code === props.value);
    if (query === '' || typed === selectedLabel) {
      return usable.map(({ term, depth }) => ({ key: term.code, label: term.labels[language], depth }));
    }
    return usable
      .filter(({ term }) => [term.labels.en, term.labels.ru, term.labels.kk, term.code].some((label) => normalize(label).includes(query)))
      .map(({ term, path }) => ({
        key: term.code,
        label: term.labels[language],
        ...(path.length > 0 ? { detail: path.join(' › ') } : {}),
      }));
  }, [entries, typed, selectedLabel, language, props.value]);

  const failed = status === 'failed' && !vocabulary;

  return (
    <Combobox
      id={props.id}
      label={props.label}
      hideLabel={props.hideLabel}
      required={props.required}
      disabled={props.disabled}
      hint={props.hint}
      error={
        props.error ??
        (failed ? (
          <>
            {t('records.form.vocabularyFailed')}{' '}
            <button type="button" className="link-button" onClick={retry}>
              {t('records.form.retry')}
            </button>
          </>
        ) : undefined)
      }
      testId={props.testId}
      inputValue={text}
      onInputChange={setTyped}
      options={options}
      selectedKey={props.value}
      loading={status === 'loading' || status === 'idle'}
      emptyText={t('records.form.noMatches')}
      onSelect={(option) => {
        setTyped(null);
        props.onChange(option.key);
      }}
      onCommit={() => {
        if (typed !== null && typed.trim() === '') props.onChange(undefined);
        else if (typed !== null) {
          // A label typed out in full counts as choosing it.
          const exact = entries.find(({ term }) => [term.labels.en, term.labels.ru, term.labels.kk].some((label) => normalize(label) === normalize(typed)));
          if (exact && (!exact.term.deprecated || exact.term.code === props.value)) props.onChange(exact.term.code);
        }
        setTyped(null);
      }}
      onRevert={() => setTyped(null)}
    />
  );
}
