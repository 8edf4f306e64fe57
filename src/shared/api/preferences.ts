import { z } from 'zod';
import { LANGUAGES } from '../languages';
import { method } from './define';

/**
 * What the app remembers outside the vault, so the screens shown before unlock speak the user's
 * language after a restart. Only the interface language: it says nothing about any case, so it
 * may sit in the clear beside the vault (docs/security.md S10).
 */
export const preferencesSchema = z.object({ language: z.enum(LANGUAGES).optional() }).strict();

export type Preferences = z.infer<typeof preferencesSchema>;

/** A change names the language to remember. */
export const preferencesChange = z.object({ language: z.enum(LANGUAGES) }).strict();

export const preferencesMethods = {
  'preferences.get': method<Preferences>()(z.object({}).strict(), { needsUnlock: false }),
  'preferences.set': method<Preferences>()(preferencesChange, { needsUnlock: false }),
};
