import { z } from 'zod';
import { LANGUAGES } from '../languages';
import { method } from './define';

export { LANGUAGES };

const fields = {
  language: z.enum(LANGUAGES),
  /** Minutes of inactivity before the vault locks itself; never off. */
  autoLockMinutes: z.number().int().min(1).max(60),
  /** Who the audit log names for changes made on this machine. */
  userName: z.string().trim().min(1).max(200),
};

export const settingsSchema = z
  .object({
    language: fields.language.default('en'),
    autoLockMinutes: fields.autoLockMinutes.default(10),
    userName: fields.userName.default('Local user'),
  })
  .strict();

/** A change names only what changes: without defaults, so a field left out keeps its value. */
export const settingsChange = z.object(fields).partial().strict();
export type Settings = z.infer<typeof settingsSchema>;

export const settingsMethods = {
  'settings.get': method<Settings>()(z.object({}).strict(), { needsUnlock: true }),
  'settings.update': method<Settings>()(settingsChange, { needsUnlock: true }),
};
