import type { FieldErrorCode } from './field-issues';

/** Every failure that crosses a boundary carries one of these codes and a message fit to show. */
export const ERROR_CODES = [
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'VAULT_LOCKED',
  'VAULT_NOT_FOUND',
  'VAULT_EXISTS',
  'VAULT_CORRUPT',
  'VAULT_TOO_NEW',
  'VALIDATION_FAILED',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'IO_FAILED',
  /** A bundle (export file) that cannot be trusted: tampered, truncated, badly signed or not a bundle; `details.reason` says which. */
  'BUNDLE_INVALID',
  /** A bundle encrypted to other recipients: none of this vault's keys (or the passphrase) opens it. */
  'BUNDLE_NOT_FOR_US',
  /** A bundle or backup written by a newer version of Casekeep. */
  'BUNDLE_TOO_NEW',
  /** A backup that fails verification: a missing or changed file, or a snapshot that fails its checks. */
  'BACKUP_INVALID',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `names.0.value`. */
  path: string;
  message: string;
  /** What is wrong, for the interface to say in its own language (src/shared/field-issues.ts). */
  code?: FieldErrorCode;
}

export interface ErrorData {
  code: ErrorCode;
  message: string;
  fields?: FieldIssue[];
  /** Extra facts for the user or a log, never secrets or case text (e.g. damaged page numbers). */
  details?: Record<string, string | number | boolean | number[]>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldIssue[];
  readonly details?: ErrorData['details'];

  constructor(code: ErrorCode, message: string, extra: Omit<ErrorData, 'code' | 'message'> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (extra.fields) this.fields = extra.fields;
    if (extra.details) this.details = extra.details;
  }

  toData(): ErrorData {
    const data: ErrorData = { code: this.code, message: this.message };
    if (this.fields) data.fields = this.fields;
    if (this.details) data.details = this.details;
    return data;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** What every handler answers across a process boundary instead of throwing. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData };
