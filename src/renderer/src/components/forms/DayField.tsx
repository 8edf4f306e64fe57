import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayForInput, parseDayInput, stepDay } from '../../../../shared/dates/day-input';
import { currentLanguage } from '../../i18n';
import { formatDay } from '../../i18n/format-dates';

export interface DayFieldProps {
  id: string;
  label: string;
  /** `YYYY-MM-DD`, or '' for none. */
  value: string;
  /** The day typed, or '' while the field is empty or holds something that is not a day. */
  onChange(value: string): void;
  hint?: ReactNode;
  /** Already translated: the form's own error for this field. */
  error?: ReactNode;
  testId?: string;
  required?: boolean;
  disabled?: boolean;
  hideLabel?: boolean;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * One calendar day, typed and shown in the interface language's own format ("3 December 2026",
 * "03.12.2026", "2026-12-03") instead of the browser's date input, which writes mm/dd/yyyy in
 * every language. Below it the day is written in words with the app's month names. Up and down
 * arrows move it by a day. What cannot be read is kept as typed and said to be wrong on leaving
 * the field; the form meanwhile holds no day, so nothing unreadable is saved as a date.
 */
export function DayField(props: DayFieldProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { value, onChange } = props;
  const [text, setText] = useState(() => formatDayForInput(value, language));
  const [touched, setTouched] = useState(false);
  // The last value this field reported; anything else arriving is a new value from outside.
  const reported = useRef(value);

  useEffect(() => {
    if (value === reported.current) return;
    reported.current = value;
    setText(formatDayForInput(value, language));
    setTouched(false);
  }, [value, language]);

  // A language switch rewrites a readable day in the new language's format, never a typed mistake.
  useEffect(() => {
    setText((current) => (reported.current !== '' && parseDayInput(current) === reported.current ? formatDayForInput(reported.current, language) : current));
  }, [language]);

  const parsed = parseDayInput(text);
  const unreadable = text.trim() !== '' && parsed === null;
  const showInvalid = unreadable && touched;

  function report(next: string): void {
    reported.current = next;
    onChange(next);
  }

  function change(next: string): void {
    setText(next);
    const day = parseDayInput(next);
    if (day !== null) setTouched(false);
    report(day ?? '');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    if (unreadable) return;
    event.preventDefault();
    // An empty field starts from today, as a date picker opens on it.
    const next = parsed === null ? localToday() : stepDay(parsed, event.key === 'ArrowUp' ? 1 : -1);
    setText(formatDayForInput(next, language));
    report(next);
  }

  function onBlur(): void {
    setTouched(true);
    if (parsed !== null) setText(formatDayForInput(parsed, language));
  }

  const example = formatDayForInput('2026-12-03', language);
  const hintId = `${props.id}-hint`;
  const readingId = `${props.id}-reading`;
  const errorId = `${props.id}-error`;
  const problem = showInvalid ? t('records.day.invalid', { example }) : props.error;
  const described = [problem ? errorId : null, readingId, hintId].filter(Boolean).join(' ');

  return (
    <div className="field day-field">
      <label className={props.hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={props.id}>
        {props.label}
        {props.required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      <input
        id={props.id}
        className="input"
        type="text"
        dir="auto"
        value={text}
        disabled={props.disabled}
        placeholder={example}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        aria-invalid={problem ? true : undefined}
        aria-required={props.required || undefined}
        aria-describedby={described}
        data-testid={props.testId}
        data-value={parsed ?? ''}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      <p id={readingId} className="fuzzy-date__reading" aria-live="polite" data-testid={props.testId ? `${props.testId}-reading` : undefined}>
        {parsed ? (
          <>
            <span className="fuzzy-date__label">{t('records.date.readAs')}</span> <strong>{formatDay(parsed, language)}</strong>
          </>
        ) : null}
      </p>
      <p id={hintId} className="field__hint">
        {props.hint ? <>{props.hint} </> : null}
        {t('records.day.hint', { example })}
      </p>
      {problem ? (
        <div id={errorId} className="field__error" data-testid={props.testId ? `${props.testId}-error` : undefined}>
          {problem}
        </div>
      ) : null}
    </div>
  );
}
