import { z } from 'zod';
import { method } from './define';

export const LANGUAGES = ['en', 'ru', 'kk'] as const;

export const settingsSchema = z
  .object({
    language: z.enum(LANGUAGES).default('en'),
    /** Minutes of inactivity before the vault locks itself; never off. */
    autoLockMinutes: z.number().int().min(1).max(60).default(10),
    /** Who the audit log names for changes made on this machine. */
    userName: z.string().trim().min(1).max(200).default('Local user'),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

export const settingsMethods = {
  'settings.get': method<Settings>()(z.object({}).strict(), { needsUnlock: true }),
  'settings.update': method<Settings>()(settingsSchema.partial().strict(), { needsUnlock: true }),
};
