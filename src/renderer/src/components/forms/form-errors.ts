import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../../shared/errors';
import { FIELD_MESSAGES, fieldIssue } from '../../../../shared/field-issues';
import { ApiError } from '../../api/api-error';

/**
 * Field problems of a form, by the field's path inside the record's data (`title`,
 * `names.0.value`, `consents.2.date`), whether they came from the contract's schema checked in
 * the page or from main. Each is shown by its code in the interface language; without a code, its
 * English sentence follows a translated generic one.
 */
export type FieldProblem = Readonly<Pick<FieldIssue, 'message' | 'code'>>;
export type FieldErrors = Readonly<Record<string, FieldProblem>>;

export const NO_ERRORS: FieldErrors = Object.freeze({});

/** Anything with zod's issue shape; keeps the page free of zod's types here. */
type IssueLike = Parameters<typeof fieldIssue>[0];

/** A value the form's own checks need and lack. */
export const REQUIRED: FieldProblem = { code: 'required', message: FIELD_MESSAGES.required };
/** The page's own marker for a date typed in words that could not be read. */
export const UNREADABLE_DATE: FieldProblem = { code: 'unreadableDate', message: FIELD_MESSAGES.unreadableDate };

/** Turns issues into errors by path; the first issue of a path wins. */
export function issuesToErrors(issues: readonly FieldIssue[], stripPrefixes: readonly string[] = ['data.']): FieldErrors {
  const errors: Record<string, FieldProblem> = {};
  for (const issue of issues) {
    let path = issue.path;
    for (const prefix of stripPrefixes) {
      if (path.startsWith(prefix)) {
        path = path.slice(prefix.length);
        break;
      }
      if (path === prefix.replace(/\.$/, '')) path = '';
    }
    if (!(path in errors)) errors[path] = { message: issue.message, ...(issue.code ? { code: issue.code } : {}) };
  }
  return errors;
}

/** A schema's `safeParse(...).error.issues` as errors by path. */
export function schemaIssuesToErrors(issues: readonly IssueLike[]): FieldErrors {
  return issuesToErrors(issues.map(fieldIssue));
}

/** The field errors of a refused call (VALIDATION_FAILED), by path in the record's data. */
export function apiErrorsToErrors(error: unknown, stripPrefixes?: readonly string[]): FieldErrors {
  return error instanceof ApiError ? issuesToErrors(error.fields, stripPrefixes) : NO_ERRORS;
}

/** The error for a field, or for anything under it when `nested` (a row's whole group). */
export function errorAt(errors: FieldErrors, path: string, nested = false): FieldProblem | undefined {
  if (errors[path] !== undefined) return errors[path];
  if (!nested) return undefined;
  const key = Object.keys(errors).find((candidate) => candidate.startsWith(`${path}.`));
  return key === undefined ? undefined : errors[key];
}

/** Whether any error is at or under a path. */
export function hasErrorUnder(errors: FieldErrors, path: string): boolean {
  return errorAt(errors, path, true) !== undefined;
}

/** Errors for paths no field of the form shows, so the form can list them in its summary. */
export function unplacedErrors(errors: FieldErrors, shown: (path: string) => boolean): Array<[string, FieldProblem]> {
  return Object.entries(errors).filter(([path]) => !shown(path));
}

/**
 * The sentence to show for a field's problem: a translated one for its code, otherwise a
 * translated generic sentence followed by main's own words.
 */
export function errorText(t: TFunction, problem: FieldProblem | undefined): { text: string; original?: string } | undefined {
  if (problem === undefined) return undefined;
  if (problem.code) return { text: t(`records.fieldError.${problem.code}`) };
  return { text: t('records.fieldError.generic'), original: problem.message };
}
