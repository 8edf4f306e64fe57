import { z } from 'zod';
import { contract, isMethod, type Input, type Method, type Output } from '../../../shared/api';
import { AppError, type ErrorData, type Result } from '../../../shared/errors';
import type { VaultOptions } from '../vault/vault';
import type { Handler, ProgressEvent, ServiceContext } from './context';
import { caseRecordHandlers } from './handlers/case-record';
import { draftHandlers } from './handlers/drafts';
import { recordHandlers } from './handlers/records';
import { settingsHandlers } from './handlers/settings';
import { vaultHandlers } from './handlers/vault';

const handlers = {
  ...vaultHandlers,
  ...recordHandlers,
  ...caseRecordHandlers,
  ...settingsHandlers,
  ...draftHandlers,
} satisfies { [M in Method]: Handler<M> };

export interface ServiceOptions {
  /** The vault folder; fixed by the host, never chosen by the page. */
  folder: string;
  vaultOptions?: VaultOptions;
  onProgress?: (event: ProgressEvent) => void;
  /** Told of failures that are not the caller's fault; receives no case data. */
  onInternalError?: (error: unknown) => void;
}

export function toErrorData(error: unknown): ErrorData {
  if (error instanceof AppError) return error.toData();
  if (error instanceof z.ZodError) {
    return {
      code: 'VALIDATION_FAILED',
      message: 'Some fields are not valid.',
      fields: error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    };
  }
  return { code: 'INTERNAL', message: 'Something went wrong inside Casekeep. Nothing was saved by this action.' };
}

/**
 * The dispatcher: every call from the UI, the CLI and the test harness comes through invoke(),
 * which checks the method name, the lock and the input schema before any handler runs.
 */
export class CasekeepService {
  private readonly ctx: ServiceContext;

  constructor(private readonly options: ServiceOptions) {
    this.ctx = {
      folder: options.folder,
      vaultOptions: options.vaultOptions ?? {},
      vault: undefined,
      progress: (event) => options.onProgress?.(event),
    };
  }

  get isUnlocked(): boolean {
    return this.ctx.vault?.isOpen === true;
  }

  /** The open vault, for hosts and tests that need the store itself. */
  get vault() {
    return this.ctx.vault;
  }

  async invoke(method: unknown, input: unknown): Promise<Result<unknown>> {
    try {
      if (!isMethod(method)) {
        throw new AppError('UNKNOWN_METHOD', `Unknown method: ${typeof method === 'string' ? method.slice(0, 80) : typeof method}`);
      }
      const spec = contract[method];
      if (spec.needsUnlock && !this.isUnlocked) throw new AppError('VAULT_LOCKED', 'The vault is locked. Unlock it first.');
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new AppError('VALIDATION_FAILED', 'Some fields are not valid.', {
          fields: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
        });
      }
      const handler = handlers[method] as Handler<Method>;
      return { ok: true, value: await handler(parsed.data as never, this.ctx) };
    } catch (error) {
      if (!(error instanceof AppError) && !(error instanceof z.ZodError)) this.options.onInternalError?.(error);
      return { ok: false, error: toErrorData(error) };
    }
  }

  /** Typed convenience over invoke() that throws the AppError instead of returning it. */
  async call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    const result = await this.invoke(method, input);
    if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error);
    return result.value as Output<M>;
  }

  /** Locks whatever is open: on idle, suspend, screen lock and quit. */
  async lock(): Promise<void> {
    await this.invoke('vault.lock', {});
  }
}
