import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FuzzyDate } from '../../../../shared/domain/common';
import { formatFuzzyDate, parseFuzzyDate } from '../../../../shared/dates/fuzzy-date';
import { currentLanguage } from '../../i18n';

export interface FuzzyDateFieldState {
  /** The words as typed. */
  text: string;
  /** Something is typed that is not a date: the form should not save it as empty. */
  unparsed: boolean;
}

export interface FuzzyDateFieldProps {
  id: string;
  label: string;
  value: FuzzyDate | undefined;
  /** The parsed date, or undefined when the field is empty or unreadable (see `state.unparsed`). */
  onChange(value: FuzzyDate | undefined, state: FuzzyDateFieldState): void;
  /** Further explanation above the input; the examples are always shown. */
  hint?: ReactNode;
  /** Already translated: a server or schema error for this field. */
  error?: ReactNode;
  testId?: string;
  hideLabel?: boolean;
  disabled?: boolean;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function sameDate(a: FuzzyDate | undefined, b: FuzzyDate | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.precision === b.precision && a.earliest === b.earliest && a.latest === b.latest && a.qualifier === b.qualifier && (a.text ?? '') === (b.text ?? '');
}

/**
 * A date as people remember it, typed in words in English, Russian or Kazakh: "about 2018",
 * "весной 2017", "2018 ж. наурыз – маусым", "5.03.2018". Below the input it says how the date
 * was understood, in the interface language, with the earliest and latest day it stands for.
 */
export function FuzzyDateField(props: FuzzyDateFieldProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { value, onChange } = props;
  const [text, setText] = useState(() => (value ? (value.text ?? formatFuzzyDate(value, language)) : ''));
  // The last value this field reported; anything else arriving is a new value from outside.
  const reported = useRef<FuzzyDate | undefined>(value);

  useEffect(() => {
    if (sameDate(value, reported.current)) return;
    reported.current = value;
    setText(value ? (value.text ?? formatFuzzyDate(value, language)) : '');
    // Only a value from outside resets the text; a language switch does not.
  }, [value, language]);

  const trimmed = text.trim();
  const parsed = trimmed === '' ? null : parseFuzzyDate(trimmed, { today: localToday() });
  const unparsed = trimmed !== '' && parsed === null;

  function change(next: string): void {
    setText(next);
    const clean = next.trim();
    const date = clean === '' ? undefined : (parseFuzzyDate(clean, { today: localToday() }) ?? undefined);
    reported.current = date;
    onChange(date, { text: next, unparsed: clean !== '' && date === undefined });
  }

  const hintId = `${props.id}-hint`;
  const readingId = `${props.id}-reading`;
  const errorId = `${props.id}-error`;
  const described = [props.error ? errorId : null, readingId, hintId].filter(Boolean).join(' ');
  const day = (iso: string) => formatFuzzyDate({ precision: 'day', earliest: iso, latest: iso }, language);

  return (
    <div className="field fuzzy-date">
      <label className={props.hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={props.id}>
        {props.label}
      </label>
      <p id={hintId} className="field__hint">
        {props.hint ? <>{props.hint} </> : null}
        {t('records.date.examples')}
      </p>
      <input
        id={props.id}
        className="input"
        type="text"
        dir="auto"
        value={text}
        disabled={props.disabled}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        aria-invalid={unparsed || props.error ? true : undefined}
        aria-describedby={described}
        data-testid={props.testId}
        onChange={(event) => change(event.target.value)}
      />
      <p
        id={readingId}
        className={unparsed ? 'fuzzy-date__reading fuzzy-date__reading--unparsed' : 'fuzzy-date__reading'}
        aria-live="polite"
        data-testid={props.testId ? `${props.testId}-reading` : undefined}
        data-precision={parsed?.precision}
        data-earliest={parsed?.earliest}
        data-latest={parsed?.latest}
      >
        {parsed ? (
          <>
            <span className="fuzzy-date__label">{t('records.date.readAs')}</span> <strong>{formatFuzzyDate(parsed, language)}</strong>
            {/* "After March 2019" is not between 1 and 31 March: its words say all there is. */}
            {parsed.earliest !== parsed.latest && parsed.qualifier !== 'after' && parsed.qualifier !== 'before' ? (
              <span className="fuzzy-date__range"> ({t('records.date.between', { earliest: day(parsed.earliest), latest: day(parsed.latest) })})</span>
            ) : null}
          </>
        ) : unparsed ? (
          t('records.date.unparsed')
        ) : null}
      </p>
      {props.error ? (
        <div id={errorId} className="field__error" data-testid={props.testId ? `${props.testId}-error` : undefined}>
          {props.error}
        </div>
      ) : null}
    </div>
  );
}
