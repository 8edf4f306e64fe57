import { AppError } from '../../../shared/errors';
import type { ParsedInput, Method, Output } from '../../../shared/api';
import type { Vault, VaultOptions } from '../vault/vault';

export interface ProgressEvent {
  method: Method;
  done: number;
  total: number;
}

/** What a handler sees: the vault folder, the open vault if any, and a way to report progress. */
export interface ServiceContext {
  readonly folder: string;
  readonly vaultOptions: VaultOptions;
  vault: Vault | undefined;
  progress(event: ProgressEvent): void;
}

export function openVault(ctx: ServiceContext): Vault {
  if (!ctx.vault?.isOpen) throw new AppError('VAULT_LOCKED', 'The vault is locked.');
  return ctx.vault;
}

export type Handler<M extends Method> = (input: ParsedInput<M>, ctx: ServiceContext) => Promise<Output<M>>;
export type Handlers<K extends Method> = { [M in K]: Handler<M> };
