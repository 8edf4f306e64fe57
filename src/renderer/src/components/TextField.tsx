import type { ReactNode, Ref } from 'react';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'password';
  autoComplete: string;
  hint?: ReactNode;
  error?: string;
  /** Further elements that describe the input, such as the strength meter. */
  describedBy?: string;
  autoFocus?: boolean;
  mono?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  testId?: string;
}

/**
 * A labelled input with its hint and error tied to it for screen readers. `dir="auto"` lets a
 * value typed in Arabic-script Uyghur run right to left; spelling tools stay off because a
 * spell checker sends words to a dictionary service.
 */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, type = 'text', autoComplete, hint, error, describedBy } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [error ? errorId : null, hint ? hintId : null, describedBy ?? null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        ref={props.inputRef}
        className={props.mono ? 'input input--mono' : 'input'}
        type={type}
        dir="auto"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        autoFocus={props.autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        data-testid={props.testId}
      />
      {error ? (
        <p id={errorId} className="field__error" data-testid={props.testId ? `${props.testId}-error` : undefined}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
