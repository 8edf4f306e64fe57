import { expect } from 'vitest';
import { AppError, type ErrorCode } from '../../src/shared/errors';

/** Awaits `promise` and asserts it fails with an AppError of `code`; returns that error. */
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${code}, but it succeeded`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}
