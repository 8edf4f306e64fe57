import type { Input, Method, Output } from '../../../shared/api';
import type { CasekeepBridge, CasekeepEvent } from '../../../shared/bridge';
import { isErrorCode, type FieldIssue, type Result } from '../../../shared/errors';
import { isFieldErrorCode } from '../../../shared/field-issues';
import { ApiError } from './api-error';

function isFieldIssue(value: unknown): value is FieldIssue {
  const issue = value as Partial<FieldIssue> | null;
  return typeof issue === 'object' && issue !== null && typeof issue.path === 'string' && typeof issue.message === 'string';
}

declare global {
  interface Window {
    /** Put there by the preload (or, in browser tests, by the harness's stand-in for it). */
    readonly casekeep?: CasekeepBridge;
  }
}

export { ApiError, toApiError } from './api-error';

export interface ApiClient {
  /** The method's value, or a thrown ApiError carrying the contract's code and field issues. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Returns the function that unsubscribes. */
  onEvent(listener: (event: CasekeepEvent) => void): () => void;
}

const NO_BRIDGE = new ApiError({ code: 'INTERNAL', message: 'The window is not connected to Casekeep.' });

function unwrap<T>(result: Result<T> | undefined): T {
  if (result === undefined || result === null || typeof result !== 'object') {
    throw new ApiError({ code: 'INTERNAL', message: 'Casekeep gave no answer.' });
  }
  if (result.ok) return result.value;
  const { error } = result;
  // Whatever arrives is rebuilt from known parts, so a malformed answer cannot smuggle in more.
  throw new ApiError({
    code: isErrorCode(error?.code) ? error.code : 'INTERNAL',
    message: typeof error?.message === 'string' ? error.message : '',
    fields: Array.isArray(error?.fields) ? error.fields.filter(isFieldIssue).map(({ path, message, code }) => ({ path, message, ...(isFieldErrorCode(code) ? { code } : {}) })) : [],
    ...(error?.details ? { details: error.details } : {}),
  });
}

export function createClient(bridge: CasekeepBridge | undefined): ApiClient {
  return {
    async call(method, input) {
      if (bridge === undefined) throw NO_BRIDGE;
      return unwrap(await bridge.invoke(method, input));
    },
    onEvent(listener) {
      return bridge === undefined ? () => undefined : bridge.onEvent(listener);
    },
  };
}

/** The client of this window. */
export const api: ApiClient = createClient(window.casekeep);
