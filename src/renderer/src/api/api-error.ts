import type { ErrorCode, ErrorData, FieldIssue } from '../../../shared/errors';

/** A refused call, as the client throws it: the contract's code, message and field issues. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: readonly FieldIssue[];
  readonly details: ErrorData['details'];

  constructor(data: ErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.fields = data.fields ?? [];
    this.details = data.details;
  }

  /** The issue reported for one field (`passphrase`, `names.0.value`), if any. */
  fieldIssue(path: string): FieldIssue | undefined {
    return this.fields.find((issue) => issue.path === path);
  }
}

/** Anything caught around a call, as an ApiError: unexpected throws count as INTERNAL. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ code: 'INTERNAL', message: 'Unexpected failure in the window.' });
}
