import { AppError } from '../../../shared/errors';
import type { ParsedInput, Method, Output } from '../../../shared/api';
import type { SaveTarget } from '../attachments/plain-copy';
import type { Vault, VaultOptions } from '../vault/vault';

/** Asks the user where a plain copy of a file should go (a save dialog); null when they cancel. */
export type ChooseSavePath = (suggestedName: string) => Promise<SaveTarget | null>;

/** Which files an open dialog offers, as Electron's `filters` option names them. */
export interface OpenFilter {
  name: string;
  extensions: string[];
}

/** Asks the user which file to read (an open dialog); null when they cancel. */
export type ChooseOpenPath = (filters: OpenFilter[]) => Promise<string | null>;

/** Asks the user for a folder (where a backup goes, or which backup to restore); null when they cancel. */
export type ChooseFolder = (purpose?: 'backup' | 'restore') => Promise<string | null>;

export interface ProgressEvent {
  method: Method;
  done: number;
  total: number;
}

/** What a handler sees: the vault folder, the open vault if any, and a way to report progress. */
export interface ServiceContext {
  readonly folder: string;
  /** Where the interface language is remembered outside the vault, when the host keeps one. */
  readonly preferencesFile?: string;
  readonly vaultOptions: VaultOptions;
  vault: Vault | undefined;
  progress(event: ProgressEvent): void;
  /** The host's save dialog, when it has one; the page never chooses a path. */
  chooseSavePath?: ChooseSavePath;
  /** The host's open dialog, when it has one: the user, not the page, picks a file to read. */
  chooseOpenPath?: ChooseOpenPath;
  /** The host's folder dialog, when it has one: the user, not the page, picks where a backup goes. */
  chooseFolder?: ChooseFolder;
  /** Tells the host that the background check found the open vault damaged (docs/security.md S14). */
  damaged(pages: number[]): void;
  /**
   * How many locks have been requested so far, counted when asked for, not when run. A lifecycle
   * call that finds it above `locksBeforeCall` was overtaken by a lock (docs/security.md S31).
   */
  locksRequested(): number;
  /** locksRequested() at the moment the running lifecycle call was asked for. */
  locksBeforeCall: number;
}

export function openVault(ctx: ServiceContext): Vault {
  if (!ctx.vault?.isOpen) throw new AppError('VAULT_LOCKED', 'The vault is locked.');
  return ctx.vault;
}

export type Handler<M extends Method> = (input: ParsedInput<M>, ctx: ServiceContext) => Promise<Output<M>>;
export type Handlers<K extends Method> = { [M in K]: Handler<M> };
