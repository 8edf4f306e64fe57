import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../../shared/language-names';
import { currentLanguage } from '../../i18n';
import { isKnownLanguage, TESTIMONY_LANGUAGES } from './testimony-form';

interface Described {
  id: string;
  label: string;
  hint?: ReactNode;
  /** Already translated. */
  error?: ReactNode;
  testId?: string;
  required?: boolean;
}

function describedBy(id: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null, extra ?? null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A required field is marked with a star, as in the other forms; `aria-required` tells it aloud. */
function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <label className="field__label" htmlFor={id}>
      {label}
      {required ? (
        <span className="field__required" aria-hidden="true">
          {' '}
          *
        </span>
      ) : null}
    </label>
  );
}

function HintAndError({ id, hint, error, testId }: Pick<Described, 'id' | 'hint' | 'error' | 'testId'>) {
  return (
    <>
      {error ? (
        <p id={`${id}-error`} className="field__error" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </>
  );
}

/** A one-line text input; `dir="auto"` so Arabic-script Uyghur runs right to left. */
export function TextInput(props: Described & { value: string; onChange(value: string): void; maxLength?: number; type?: 'text' | 'date'; inputRef?: Ref<HTMLInputElement> }) {
  const { id, label, hint, error, testId, required } = props;
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <input
        id={id}
        ref={props.inputRef}
        className="input"
        type={props.type ?? 'text'}
        dir="auto"
        value={props.value}
        maxLength={props.maxLength}
        onChange={(event) => props.onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error)}
        data-testid={testId}
      />
      <HintAndError id={id} hint={hint} error={error} testId={testId} />
    </div>
  );
}

export function TextArea(
  props: Described & {
    value: string;
    onChange(value: string): void;
    maxLength?: number;
    rows?: number;
    className?: string;
    lang?: string;
    /** Further text tied to the field, such as a word count. */
    footer?: ReactNode;
    footerId?: string;
    textareaRef?: Ref<HTMLTextAreaElement>;
    disabled?: boolean;
  },
) {
  const { id, label, hint, error, testId, required } = props;
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <textarea
        id={id}
        ref={props.textareaRef}
        className={props.className ? `input textarea ${props.className}` : 'input textarea'}
        dir="auto"
        lang={props.lang}
        rows={props.rows ?? 4}
        disabled={props.disabled}
        value={props.value}
        maxLength={props.maxLength}
        onChange={(event) => props.onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error, props.footer ? props.footerId : undefined)}
        data-testid={testId}
      />
      {props.footer}
      <HintAndError id={id} hint={hint} error={error} testId={testId} />
    </div>
  );
}

/** A language from the testimony list; a stored tag outside the list is still shown. */
export function LanguageSelect(props: Described & { value: string; onChange(value: string): void; allowEmpty?: boolean; selectRef?: Ref<HTMLSelectElement> }) {
  const { t } = useTranslation();
  const { id, label, hint, error, testId, required, value } = props;
  const language = currentLanguage();
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <select
        id={id}
        ref={props.selectRef}
        className="input select"
        value={value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error)}
        data-testid={testId}
      >
        {props.allowEmpty ? <option value="">{t('testimony.form.chooseLanguage')}</option> : null}
        {TESTIMONY_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {languageName(code, language)}
          </option>
        ))}
        {value !== '' && !isKnownLanguage(value) ? <option value={value}>{languageName(value, language)}</option> : null}
      </select>
      <HintAndError id={id} hint={hint} error={error} testId={testId} />
    </div>
  );
}
