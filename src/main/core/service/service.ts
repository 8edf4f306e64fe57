import { z } from 'zod';
import { contract, isMethod, type Input, type Method, type Output } from '../../../shared/api';
import { AppError, type ErrorData, type Result } from '../../../shared/errors';
import { fieldIssue } from '../../../shared/field-issues';
import type { VaultOptions } from '../vault/vault';
import type { ChooseFolder, ChooseOpenPath, ChooseSavePath, Handler, ProgressEvent, ServiceContext } from './context';
import { backupHandlers } from './handlers/backup';
import { attachmentHandlers } from './handlers/attachments';
import { auditHandlers } from './handlers/audit';
import { caseHandlers } from './handlers/cases';
import { draftHandlers } from './handlers/drafts';
import { importHandlers } from './handlers/imports';
import { exportHandlers } from './handlers/exports';
import { fieldHandlers } from './handlers/fields';
import { partnerHandlers } from './handlers/partners';
import { preferencesHandlers } from './handlers/preferences';
import { recordHandlers } from './handlers/records';
import { searchHandlers } from './handlers/search';
import { settingsHandlers } from './handlers/settings';
import { vaultHandlers } from './handlers/vault';
import { vocabularyHandlers } from './handlers/vocabularies';

const handlers = {
  ...vaultHandlers,
  ...recordHandlers,
  ...caseHandlers,
  ...searchHandlers,
  ...auditHandlers,
  ...vocabularyHandlers,
  ...fieldHandlers,
  ...attachmentHandlers,
  ...settingsHandlers,
  ...draftHandlers,
  ...backupHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...partnerHandlers,
  ...preferencesHandlers,
} satisfies { [M in Method]: Handler<M> };

export interface ServiceOptions {
  /** The vault folder; fixed by the host, never chosen by the page. */
  folder: string;
  /**
   * The plain file outside the vault that remembers the interface language for the screens
   * before unlock (docs/security.md S10); without it, nothing is remembered.
   */
  preferencesFile?: string;
  vaultOptions?: VaultOptions;
  onProgress?: (event: ProgressEvent) => void;
  /** Told when the background integrity check finds the open vault damaged (docs/security.md S14). */
  onDamaged?: (pages: number[]) => void;
  /** Told of failures that are not the caller's fault; receives no case data. */
  onInternalError?: (error: unknown) => void;
  /** Where `attachments.saveCopy` writes: the host asks the user; without it, saving a copy is refused. */
  chooseSavePath?: ChooseSavePath;
  /** Where imports read from: the host asks the user; without it, an import from the page is refused. */
  chooseOpenPath?: ChooseOpenPath;
  /** Where backups go: the host asks the user; without it, a backup from the page is refused. */
  chooseFolder?: ChooseFolder;
}

/*
 * The calls that open, close or rekey the vault run one at a time, in the order they were asked
 * (docs/security.md S31): a second unlock waits and then finds the vault open, and a lock asked
 * for during an unlock runs after it and closes what it opened. `vault.restore` joins them when
 * it exists.
 */
const LIFECYCLE: ReadonlySet<string> = new Set([
  'vault.create',
  'vault.unlock',
  'vault.recover',
  'vault.lock',
  'vault.changePassphrase',
  'vault.restore',
]);

export function toErrorData(error: unknown): ErrorData {
  if (error instanceof AppError) return error.toData();
  if (error instanceof z.ZodError) {
    return {
      code: 'VALIDATION_FAILED',
      message: 'Some fields are not valid.',
      fields: error.issues.map(fieldIssue),
    };
  }
  return { code: 'INTERNAL', message: 'Something went wrong inside Casekeep. Nothing was saved by this action.' };
}

/**
 * What the IPC entry point and the wrappers around it (auto-lock's idle limit, the lock warning)
 * forward to: CasekeepService.invoke checks name, lock and schema.
 */
export interface Invoker {
  invoke(method: unknown, input: unknown): Promise<Result<unknown>>;
}

/**
 * The dispatcher: every call from the UI, the CLI and the test harness comes through invoke(),
 * which checks the method name, the lock and the input schema before any handler runs.
 */
export class CasekeepService {
  private readonly ctx: ServiceContext;
  private lifecycle: Promise<unknown> = Promise.resolve();
  private locks = 0;

  constructor(private readonly options: ServiceOptions) {
    this.ctx = {
      folder: options.folder,
      ...(options.preferencesFile ? { preferencesFile: options.preferencesFile } : {}),
      vaultOptions: options.vaultOptions ?? {},
      vault: undefined,
      progress: (event) => options.onProgress?.(event),
      ...(options.chooseSavePath ? { chooseSavePath: options.chooseSavePath } : {}),
      ...(options.chooseOpenPath ? { chooseOpenPath: options.chooseOpenPath } : {}),
      ...(options.chooseFolder ? { chooseFolder: options.chooseFolder } : {}),
      damaged: (pages) => options.onDamaged?.(pages),
      locksRequested: () => this.locks,
      locksBeforeCall: 0,
    };
  }

  private serialise<T>(method: Method, work: () => Promise<T>): Promise<T> {
    // Counted now, not when its turn comes: the unlock running meanwhile must see it.
    const before = this.locks;
    if (method === 'vault.lock') this.locks += 1;
    // One lifecycle call runs at a time, so one field can hold the running call's mark.
    const turn = () => {
      this.ctx.locksBeforeCall = before;
      return work();
    };
    const next = this.lifecycle.then(turn, turn);
    this.lifecycle = next.catch(() => undefined);
    return next;
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
          fields: parsed.error.issues.map(fieldIssue),
        });
      }
      const handler = handlers[method] as Handler<Method>;
      const run = () => handler(parsed.data as never, this.ctx);
      return { ok: true, value: await (LIFECYCLE.has(method) ? this.serialise(method, run) : run()) };
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
