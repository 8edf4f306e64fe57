import { isValidElement, type ReactNode, type Ref } from 'react';
import { DayField } from './DayField';
import { FieldErrorText } from './FieldError';
import type { FieldProblem } from './form-errors';

export { joinList, optionalLong, optionalText, splitList } from './form-values';

/**
 * The one kit of form fields: record forms, the testimony editor, custom fields, the passphrase
 * screens and the admin screens draw their inputs with these, so every field has its label, hint
 * and error tied to it for screen readers, the same required mark and the same spelling rules.
 */
interface BaseProps {
  id: string;
  label: string;
  /** Hides the visible label (a row's heading names it); screen readers still hear it. */
  hideLabel?: boolean;
  hint?: ReactNode;
  /** The contract's problem with this field, translated when shown; or text already translated. */
  error?: FieldError;
  testId?: string;
  required?: boolean;
  disabled?: boolean;
  /** Further elements that describe the input, such as a strength meter or a word count. */
  describedBy?: string;
}

export type FieldError = FieldProblem | ReactNode;

function isProblem(error: FieldError): error is FieldProblem {
  return typeof error === 'object' && error !== null && !isValidElement(error) && !Array.isArray(error) && 'message' in error;
}

/** An error as a node: a problem is translated by its code, anything else is shown as it is. */
export function errorNode(error: FieldError): ReactNode {
  if (error === undefined || error === null || error === false || error === '') return undefined;
  return isProblem(error) ? <FieldErrorText problem={error} /> : error;
}

function describedBy(props: Pick<BaseProps, 'id' | 'hint' | 'error' | 'describedBy'>): string | undefined {
  const ids = [errorNode(props.error) ? `${props.id}-error` : null, props.hint ? `${props.id}-hint` : null, props.describedBy ?? null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A required field is marked with a star; the input's `required` tells it aloud. */
function Label({ id, label, hideLabel, required }: Pick<BaseProps, 'id' | 'label' | 'hideLabel' | 'required'>) {
  return (
    <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
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

function Field(props: Pick<BaseProps, 'id' | 'label' | 'hideLabel' | 'required' | 'hint' | 'error' | 'testId'> & { children: ReactNode; after?: ReactNode }) {
  const error = errorNode(props.error);
  return (
    <div className="field">
      <Label {...props} />
      {props.hint ? (
        <p id={`${props.id}-hint`} className="field__hint">
          {props.hint}
        </p>
      ) : null}
      {props.children}
      {props.after}
      {error ? (
        <p id={`${props.id}-error`} className="field__error" data-testid={props.testId ? `${props.testId}-error` : undefined}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** What every text input here shares: spelling tools stay off, since a spell checker may send words to a dictionary service. */
const NO_SPELLING = { autoCapitalize: 'off', autoCorrect: 'off', spellCheck: false } as const;

/**
 * A one-line text input. `dir="auto"` lets Arabic-script Uyghur run right to left; a passphrase
 * is a password input with the browser's own autocomplete hint.
 */
export function TextInput(
  props: BaseProps & {
    value: string;
    onChange(value: string): void;
    inputRef?: Ref<HTMLInputElement>;
    lang?: string;
    mono?: boolean;
    inputMode?: 'text' | 'decimal';
    type?: 'text' | 'password';
    autoComplete?: string;
    autoFocus?: boolean;
    maxLength?: number;
  },
) {
  return (
    <Field {...props}>
      <input
        ref={props.inputRef}
        id={props.id}
        className={props.mono ? 'input input--mono' : 'input'}
        type={props.type ?? 'text'}
        dir="auto"
        lang={props.lang || undefined}
        inputMode={props.inputMode}
        value={props.value}
        maxLength={props.maxLength}
        disabled={props.disabled}
        required={props.required}
        autoFocus={props.autoFocus}
        aria-invalid={errorNode(props.error) ? true : undefined}
        aria-describedby={describedBy(props)}
        autoComplete={props.autoComplete ?? 'off'}
        {...NO_SPELLING}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </Field>
  );
}

export function TextArea(
  props: BaseProps & {
    value: string;
    onChange(value: string): void;
    rows?: number;
    maxLength?: number;
    className?: string;
    lang?: string;
    /** Further text under the field, such as a word count; name its id in `describedBy`. */
    footer?: ReactNode;
    textareaRef?: Ref<HTMLTextAreaElement>;
  },
) {
  return (
    <Field {...props} after={props.footer}>
      <textarea
        ref={props.textareaRef}
        id={props.id}
        className={props.className ? `input textarea ${props.className}` : 'input textarea'}
        dir="auto"
        lang={props.lang || undefined}
        rows={props.rows ?? 4}
        value={props.value}
        maxLength={props.maxLength}
        disabled={props.disabled}
        required={props.required}
        aria-invalid={errorNode(props.error) ? true : undefined}
        aria-describedby={describedBy(props)}
        autoComplete="off"
        {...NO_SPELLING}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </Field>
  );
}

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

/** A native select: every platform's keyboard and screen reader already know it. */
export function SelectField<V extends string>(
  props: BaseProps & {
    value: V | '';
    onChange(value: V | ''): void;
    options: ReadonlyArray<SelectOption<V>>;
    emptyLabel?: string;
    selectRef?: Ref<HTMLSelectElement>;
  },
) {
  return (
    <Field {...props}>
      <select
        ref={props.selectRef}
        id={props.id}
        className="input select"
        value={props.value}
        disabled={props.disabled}
        required={props.required}
        aria-invalid={errorNode(props.error) ? true : undefined}
        aria-describedby={describedBy(props)}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.target.value as V | '')}
      >
        {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A calendar day (`YYYY-MM-DD`), typed and shown in the interface language's format. */
export function DayInput(props: BaseProps & { value: string; onChange(value: string): void }) {
  return (
    <DayField
      id={props.id}
      label={props.label}
      hideLabel={props.hideLabel}
      hint={props.hint}
      error={errorNode(props.error)}
      testId={props.testId}
      required={props.required}
      disabled={props.disabled}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
