import { useTranslation } from 'react-i18next';
import { errorText, type FieldProblem } from './form-errors';

/**
 * A field's error in the interface language; when main's English sentence has no translation of
 * its own, it follows in brackets, marked as English for screen readers.
 */
export function FieldErrorText({ problem }: { problem: FieldProblem | undefined }) {
  const { t } = useTranslation();
  const shown = errorText(t, problem);
  if (!shown) return null;
  return (
    <>
      {shown.text}
      {shown.original ? (
        <>
          {' '}
          (<span lang="en">{shown.original}</span>)
        </>
      ) : null}
    </>
  );
}

/** A standalone error line tied to a control by id (`aria-describedby`). */
export function FieldError({ id, problem, testId }: { id: string; problem: FieldProblem | undefined; testId?: string }) {
  if (problem === undefined) return null;
  return (
    <p id={id} className="field__error" data-testid={testId}>
      <FieldErrorText problem={problem} />
    </p>
  );
}
