import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../../shared/errors';
import { ApiError } from '../../api/api-error';

/**
 * Field problems of a form, by the field's path inside the record's data (`title`,
 * `names.0.value`, `consents.2.date`), whether they came from the contract's schema checked in
 * the page or from main. Each keeps the English sentence of the contract, which is shown after a
 * translated one.
 */
export type FieldErrors = Readonly<Record<string, string>>;

export const NO_ERRORS: FieldErrors = Object.freeze({});

/** Anything with zod's issue shape; keeps the page free of zod's types here. */
interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** Turns issues into errors by path; the first issue of a path wins. */
export function issuesToErrors(issues: readonly FieldIssue[], stripPrefixes: readonly string[] = ['data.']): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    let path = issue.path;
    for (const prefix of stripPrefixes) {
      if (path.startsWith(prefix)) {
        path = path.slice(prefix.length);
        break;
      }
      if (path === prefix.replace(/\.$/, '')) path = '';
    }
    if (!(path in errors)) errors[path] = issue.message;
  }
  return errors;
}

/** A schema's `safeParse(...).error.issues` as errors by path. */
export function schemaIssuesToErrors(issues: readonly IssueLike[]): FieldErrors {
  return issuesToErrors(issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })));
}

/** The field errors of a refused call (VALIDATION_FAILED), by path in the record's data. */
export function apiErrorsToErrors(error: unknown, stripPrefixes?: readonly string[]): FieldErrors {
  return error instanceof ApiError ? issuesToErrors(error.fields, stripPrefixes) : NO_ERRORS;
}

/** The error for a field, or for anything under it when `nested` (a row's whole group). */
export function errorAt(errors: FieldErrors, path: string, nested = false): string | undefined {
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
export function unplacedErrors(errors: FieldErrors, shown: (path: string) => boolean): Array<[string, string]> {
  return Object.entries(errors).filter(([path]) => !shown(path));
}

/** English messages of the contract that have a sentence of their own in every language. */
type KnownMessage =
  | 'unreadableDate'
  | 'required' | 'tooLong' | 'notDate' | 'dayFormat' | 'languageTag' | 'notTerm' | 'oneName' | 'order' | 'missingRecord' | 'notTermOf';

/** The page's own marker for a date typed in words that could not be read. */
export const UNREADABLE_DATE = 'Unreadable date.';

const KNOWN_MESSAGES: Readonly<Record<string, KnownMessage>> = {
  [UNREADABLE_DATE]: 'unreadableDate',
  'Required.': 'required',
  'Not a real calendar date.': 'notDate',
  'Use the form YYYY-MM-DD.': 'dayFormat',
  'Use a language code such as kk, ru or ug.': 'languageTag',
  'Not a vocabulary code.': 'notTerm',
  'Give at least one name.': 'oneName',
  'The earliest day is after the latest.': 'order',
};

function knownMessage(message: string): KnownMessage | undefined {
  if (KNOWN_MESSAGES[message]) return KNOWN_MESSAGES[message];
  if (/^No \w+ with this id\.$/.test(message)) return 'missingRecord';
  if (/^Not a term of the \w+ vocabulary\.$/.test(message)) return 'notTermOf';
  if (/^Too big|must have at most|expected string to have <=/i.test(message)) return 'tooLong';
  return undefined;
}

/**
 * The sentence to show for a field's error: a translated one when the contract's message is a
 * known one, otherwise a translated generic sentence followed by main's own words.
 */
export function errorText(t: TFunction, message: string | undefined): { text: string; original?: string } | undefined {
  if (message === undefined) return undefined;
  const known = knownMessage(message);
  if (known) return { text: t(`records.fieldError.${known}`) };
  return { text: t('records.fieldError.generic'), original: message };
}

/** Paths ordered as the form shows its fields, for moving focus to the first problem. */
export function firstErrorPath(errors: FieldErrors, order: readonly string[]): string | undefined {
  for (const path of order) if (hasErrorUnder(errors, path)) return path;
  return Object.keys(errors)[0];
}
