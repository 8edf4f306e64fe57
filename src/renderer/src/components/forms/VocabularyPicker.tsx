import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocabularyTerm } from '../../../../shared/domain/views';
import { LANGUAGES, type Language } from '../../../../shared/languages';
import { currentLanguage } from '../../i18n';
import { Combobox, type ComboboxOption } from './Combobox';
import { isExactMatch, rankMatches, type MatchTexts } from './picker-match';
import { useUnresolvedPick } from './unresolved-picks';
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

/** A term as typed text may name it: its label here first, its code, its labels in the other languages. */
function termTexts(term: VocabularyTerm, language: Language): MatchTexts {
  return { label: term.labels[language], code: term.code, others: LANGUAGES.filter((other) => other !== language).map((other) => term.labels[other]) };
}

/**
 * Picks one term of a controlled vocabulary by typing part of its label in any of the three
 * languages; shows labels in the interface language, hierarchies indented in tree order, or with
 * their broader terms when filtered. A label typed out in full (or a code) comes first, so Enter
 * picks it; Enter before the list has loaded picks once it has. Text that names no term stays in
 * the input with a message, never silently cleared. Deprecated terms are offered only when
 * already chosen.
 */
export function VocabularyPicker(props: VocabularyPickerProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { vocabulary, status, retry } = useVocabulary(props.vocabulary);
  const selectedLabel = props.value === undefined ? '' : termLabel(vocabulary, props.value, language);
  const [typed, setTyped] = useState<string | null>(null);
  // Focus left with text typed that may name no term: kept, and resolved once the list is there.
  const [left, setLeft] = useState(false);
  const text = typed ?? selectedLabel;
  const pending = !vocabulary && (status === 'loading' || status === 'idle');

  const entries = useMemo(() => (vocabulary ? flattenTerms(vocabulary, language) : []), [vocabulary, language]);

  const options = useMemo<ComboboxOption[]>(() => {
    const usable = entries.filter((entry) => !entry.term.deprecated || entry.term.code === props.value);
    if (typed === null || typed.trim() === '' || typed === selectedLabel) {
      return usable.map(({ term, depth }) => ({ key: term.code, label: term.labels[language], depth }));
    }
    return rankMatches(usable, typed, ({ term }) => termTexts(term, language)).map(({ term, path }) => ({
        key: term.code,
        label: term.labels[language],
        ...(path.length > 0 ? { detail: path.join(' › ') } : {}),
      }));
  }, [entries, typed, selectedLabel, language, props.value]);

  const exact = useMemo(() => {
    if (typed === null || typed.trim() === '') return undefined;
    return entries.find(({ term }) => (!term.deprecated || term.code === props.value) && isExactMatch(typed, termTexts(term, language)));
  }, [entries, typed, language, props.value]);

  // Left before the list arrived: a label typed out in full is chosen as soon as it can be found.
  const { onChange } = props;
  useEffect(() => {
    if (!left || pending || typed === null || !exact) return;
    setTyped(null);
    setLeft(false);
    onChange(exact.term.code);
  }, [left, pending, typed, exact, onChange]);

  const unmatched = left && typed !== null && typed.trim() !== '' && typed !== selectedLabel;
  useUnresolvedPick(unmatched, () => document.getElementById(props.id)?.focus());

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
        (unmatched && !pending && !failed ? (
          t('records.form.unmatched', { text: (typed ?? '').trim() })
        ) : failed ? (
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
      onInputChange={(next) => {
        setLeft(false);
        setTyped(next);
      }}
      options={options}
      selectedKey={props.value}
      loading={status === 'loading' || status === 'idle'}
      pending={pending}
      emptyText={t('records.form.noMatches')}
      onSelect={(option) => {
        setTyped(null);
        setLeft(false);
        props.onChange(option.key);
      }}
      onCommit={() => {
        if (typed === null || typed === selectedLabel) {
          setTyped(null);
          return;
        }
        if (typed.trim() === '') {
          setTyped(null);
          props.onChange(undefined);
          return;
        }
        // A label typed out in full counts as choosing it; anything else stays as typed.
        if (exact && !pending) {
          setTyped(null);
          props.onChange(exact.term.code);
          return;
        }
        setLeft(true);
      }}
      onRevert={() => {
        setTyped(null);
        setLeft(false);
      }}
    />
  );
}
