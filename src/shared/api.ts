import type { z } from 'zod';
import type { MethodSpec } from './api/define';
import { backupMethods } from './api/backup';
import { attachmentMethods } from './api/attachments';
import { auditMethods } from './api/audit';
import { caseMethods } from './api/cases';
import { draftMethods } from './api/drafts';
import { importMethods } from './api/imports';
import { exportMethods } from './api/exports';
import { fieldMethods } from './api/fields';
import { partnerMethods } from './api/partners';
import { preferencesMethods } from './api/preferences';
import { recordMethods } from './api/records';
import { searchMethods } from './api/search';
import { settingsMethods } from './api/settings';
import { vaultMethods } from './api/vault';
import { vocabularyMethods } from './api/vocabularies';

/**
 * The one contract: every method the UI, the CLI and the test harness may call. Main validates
 * each input against its schema before the core sees it.
 */
export const contract = {
  ...vaultMethods,
  ...recordMethods,
  ...caseMethods,
  ...searchMethods,
  ...auditMethods,
  ...vocabularyMethods,
  ...fieldMethods,
  ...attachmentMethods,
  ...settingsMethods,
  ...draftMethods,
  ...backupMethods,
  ...importMethods,
  ...exportMethods,
  ...partnerMethods,
  ...preferencesMethods,
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = NonNullable<Contract[M]['__output']>;

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export * from './api/vault';
export * from './api/records';
export * from './api/cases';
export * from './api/search';
export * from './api/audit';
export * from './api/vocabularies';
export * from './api/fields';
export * from './api/attachments';
export * from './api/settings';
export * from './api/drafts';
export * from './api/backup';
export * from './api/imports';
export * from './api/exports';
export * from './api/partners';
export * from './api/preferences';
export * from './domain/common';
export * from './domain/records';
export * from './domain/custom-fields';
export * from './domain/views';
export type { MethodSpec } from './api/define';
