import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { VocabularyPicker } from '../forms/VocabularyPicker';
import { flattenTerms, termLabel, useVocabulary } from '../forms/vocabulary-store';

/** Up to this many terms are offered as boxes to tick; a longer list is searched instead. */
const AS_BOXES = 30;

interface TermChoicesProps {
  id: string;
  label: string;
  vocabulary: string;
  value: readonly string[];
  onChange(codes: string[]): void;
  hint?: string;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  testId: string;
}

/**
 * Several terms of one vocabulary. A short list is a group of checkboxes, which every keyboard
 * and screen reader knows; a long one (places run to thousands) is a picker that adds one term
 * at a time, each chosen term listed with its own Remove button.
 */
export function TermChoices(props: TermChoicesProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { vocabulary } = useVocabulary(props.vocabulary);
  const [adding, setAdding] = useState(0);
  const entries = vocabulary ? flattenTerms(vocabulary, language).filter((entry) => !entry.term.deprecated || props.value.includes(entry.term.code)) : [];
  const describedBy = [props.error ? `${props.id}-error` : null, props.hint ? `${props.id}-hint` : null].filter(Boolean).join(' ') || undefined;
  const toggle = (code: string, on: boolean) => props.onChange(on ? [...props.value, code] : props.value.filter((other) => other !== code));

  return (
    <fieldset className="term-choices" aria-describedby={describedBy} data-testid={props.testId} aria-invalid={props.error ? true : undefined}>
      <legend className="field__label">
        {props.label}
        {props.required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="field__hint">
          {props.hint}
        </p>
      ) : null}
      {vocabulary && entries.length <= AS_BOXES ? (
        <ul className="term-choices__boxes">
          {entries.map(({ term, depth }) => (
            <li key={term.code} style={{ paddingInlineStart: `${depth * 1.25}rem` }}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={props.value.includes(term.code)}
                  disabled={props.disabled}
                  onChange={(event) => toggle(term.code, event.target.checked)}
                  data-testid={`${props.testId}-${term.code}`}
                />{' '}
                <bdi>{term.labels[language]}</bdi>
              </label>
            </li>
          ))}
        </ul>
      ) : (
        <>
          {props.value.length > 0 ? (
            <ul className="term-choices__chosen">
              {props.value.map((code) => (
                <li key={code}>
                  <bdi>{termLabel(vocabulary, code, language)}</bdi>{' '}
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={props.disabled}
                    aria-label={t('fields.value.removeTerm', { term: termLabel(vocabulary, code, language) })}
                    onClick={() => toggle(code, false)}
                  >
                    {t('fields.value.remove')}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <VocabularyPicker
            // A new picker after each pick, so its input is empty for the next term.
            key={adding}
            id={`${props.id}-add`}
            label={t('fields.value.addTerm')}
            vocabulary={props.vocabulary}
            value={undefined}
            disabled={props.disabled}
            testId={`${props.testId}-add`}
            onChange={(code) => {
              if (code === undefined) return;
              if (!props.value.includes(code)) props.onChange([...props.value, code]);
              setAdding((n) => n + 1);
            }}
          />
        </>
      )}
      {props.error ? (
        <p id={`${props.id}-error`} className="field__error" data-testid={`${props.testId}-error`}>
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
