import type { ReactNode, Ref } from 'react';
import { DayField } from './DayField';
import { FieldErrorText } from './FieldError';
import type { FieldProblem } from './form-errors';

export { joinList, optionalLong, optionalText, splitList } from './form-values';

interface BaseProps {
  id: string;
  label: string;
  /** Hides the visible label (a row's heading names it); screen readers still hear it. */
  hideLabel?: boolean;
  hint?: ReactNode;
  /** The contract's problem with this field, translated when shown. */
  error?: FieldProblem;
  testId?: string;
  required?: boolean;
  disabled?: boolean;
}

function useDescribed(id: string, hint: ReactNode, error: FieldProblem | undefined) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, describedBy };
}

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

function Extras({ id, hint, error, testId, children }: Pick<BaseProps, 'id' | 'hint' | 'error' | 'testId'> & { children: ReactNode }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="field__error" data-testid={testId ? `${testId}-error` : undefined}>
          <FieldErrorText problem={error} />
        </p>
      ) : null}
    </>
  );
}

/**
 * A one-line text input. `dir="auto"` lets Arabic-script Uyghur run right to left; spelling
 * tools stay off, since a spell checker may send words to a dictionary service.
 */
export function TextInput(props: BaseProps & { value: string; onChange(value: string): void; inputRef?: Ref<HTMLInputElement>; lang?: string; mono?: boolean }) {
  const { describedBy } = useDescribed(props.id, props.hint, props.error);
  return (
    <div className="field">
      <Label {...props} />
      <Extras {...props}>
        <input
          ref={props.inputRef}
          id={props.id}
          className={props.mono ? 'input input--mono' : 'input'}
          type="text"
          dir="auto"
          lang={props.lang || undefined}
          value={props.value}
          disabled={props.disabled}
          required={props.required}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          data-testid={props.testId}
          onChange={(event) => props.onChange(event.target.value)}
        />
      </Extras>
    </div>
  );
}

export function TextArea(props: BaseProps & { value: string; onChange(value: string): void; rows?: number }) {
  const { describedBy } = useDescribed(props.id, props.hint, props.error);
  return (
    <div className="field">
      <Label {...props} />
      <Extras {...props}>
        <textarea
          id={props.id}
          className="input"
          dir="auto"
          rows={props.rows ?? 4}
          value={props.value}
          disabled={props.disabled}
          required={props.required}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          data-testid={props.testId}
          onChange={(event) => props.onChange(event.target.value)}
        />
      </Extras>
    </div>
  );
}

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

/** A native select: every platform's keyboard and screen reader already know it. */
export function SelectField<V extends string>(
  props: BaseProps & { value: V | ''; onChange(value: V | ''): void; options: ReadonlyArray<SelectOption<V>>; emptyLabel?: string },
) {
  const { describedBy } = useDescribed(props.id, props.hint, props.error);
  return (
    <div className="field">
      <Label {...props} />
      <Extras {...props}>
        <select
          id={props.id}
          className="input"
          value={props.value}
          disabled={props.disabled}
          required={props.required}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
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
      </Extras>
    </div>
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

/** A translated error as a node, for the pickers, which take any node. */
export function errorNode(problem: FieldProblem | undefined): ReactNode {
  return problem === undefined ? undefined : <FieldErrorText problem={problem} />;
}
