import type { Method } from './api';

/*
 * The contract's method names as plain strings, for the preload. The preload runs in Electron's
 * sandbox, where `require` offers only `electron`: it cannot load zod, so it must not import
 * src/shared/api (docs/security.md S34). The two checks below tie this list to the contract at
 * compile time; tests/shared/method-names.test.ts compares them at run time.
 */
export const METHOD_NAMES = [
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.recover',
  'vault.restore',
  'vault.lock',
  'vault.changePassphrase',
  'records.create',
  'records.update',
  'records.get',
  'records.list',
  'records.referencing',
  'records.delete',
  'testimonies.saveDraft',
  'sources.revealIdentity',
  'sources.setIdentity',
  'trash.list',
  'trash.restore',
  'trash.purge',
  'cases.list',
  'cases.timeline',
  'search.query',
  'audit.verify',
  'audit.list',
  'vocabularies.list',
  'vocabularies.saveTerm',
  'fields.list',
  'fields.create',
  'fields.update',
  'fields.reorder',
  'fields.remove',
  'fields.restore',
  'attachments.begin',
  'attachments.append',
  'attachments.finish',
  'attachments.addFile',
  'attachments.cancel',
  'attachments.list',
  'attachments.read',
  'attachments.saveCopy',
  'attachments.delete',
  'settings.get',
  'settings.update',
  'drafts.save',
  'drafts.get',
  'drafts.list',
  'drafts.discard',
  'backup.create',
  'backup.status',
  'backup.setReminder',
  'imports.preview',
  'imports.apply',
  'imports.cancel',
  'conflicts.list',
  'conflicts.resolve',
  'exports.create',
  'identity.get',
  'identity.rename',
  'identity.cardText',
  'identity.saveCard',
  'partners.list',
  'partners.preview',
  'partners.add',
  'partners.update',
  'partners.remove',
  'preferences.get',
  'preferences.set',
] as const satisfies readonly Method[];

export type MethodName = (typeof METHOD_NAMES)[number];

// A contract method missing from the list fails the type check here, naming the method.
type Unlisted = Exclude<Method, MethodName>;
const _everyMethodListed: [Unlisted] extends [never] ? true : Unlisted = true;
