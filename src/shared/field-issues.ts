/**
 * Field problems carry a stable code, and the interface translates by the code: the English
 * sentence beside it is for the CLI, logs and problems that have no sentence of their own. The
 * sentences of the shared schemas are these constants, so a code is found from the constant that
 * produced the message, and zod's own problems by zod's issue code, never by its wording.
 */
import type { FieldIssue } from './errors';

export const FIELD_ERROR_CODES = [
  'required',
  'tooLong',
  'notDate',
  'dayFormat',
  'languageTag',
  'notTerm',
  'oneName',
  'order',
  'missingRecord',
  'notTermOf',
  'unreadableDate',
  'notNumber',
  'qualifiedAbout',
  'nightDays',
  'followsSelf',
  'followsCycle',
  'followsOtherCase',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export function isFieldErrorCode(value: unknown): value is FieldErrorCode {
  return (FIELD_ERROR_CODES as readonly unknown[]).includes(value);
}

/** The English sentences of the shared schemas' own checks. */
export const FIELD_MESSAGES = {
  required: 'Required.',
  notDate: 'Not a real calendar date.',
  dayFormat: 'Use the form YYYY-MM-DD.',
  languageTag: 'Use a language code such as kk, ru or ug.',
  notTerm: 'Not a vocabulary code.',
  oneName: 'Give at least one name.',
  order: 'The earliest day is after the latest.',
  unreadableDate: 'Unreadable date.',
  notNumber: 'Not a number.',
  qualifiedAbout: 'An "about" date cannot be after or before.',
  nightDays: 'A night runs from one day into the next.',
} as const satisfies Partial<Record<FieldErrorCode, string>>;

const BY_MESSAGE = new Map<string, FieldErrorCode>(Object.entries(FIELD_MESSAGES).map(([code, message]) => [message, code as FieldErrorCode]));

/** What a zod issue holds that says what went wrong; keeps this file free of zod's types. */
interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly origin?: unknown;
  readonly minimum?: unknown;
}

function codeOf(issue: IssueLike): FieldErrorCode | undefined {
  const own = BY_MESSAGE.get(issue.message);
  if (own) return own;
  if (issue.code === 'too_big') return 'tooLong';
  // An empty string or list where one is needed; larger minimums have their own sentences.
  if (issue.code === 'too_small' && Number(issue.minimum) === 1) return 'required';
  return undefined;
}

/** A schema's issue as a field problem, with its code when it has one. */
export function fieldIssue(issue: IssueLike): FieldIssue {
  const code = codeOf(issue);
  return { path: issue.path.map(String).join('.'), message: issue.message, ...(code ? { code } : {}) };
}
