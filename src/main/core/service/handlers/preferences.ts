import type { preferencesMethods } from '../../../../shared/api/preferences';
import { readPreferences, writePreferences } from '../../preferences/preferences-file';
import type { Handlers } from '../context';

/** Without a preferences file (the CLI, some tests) nothing is remembered and nothing is written. */
export const preferencesHandlers: Handlers<keyof typeof preferencesMethods> = {
  'preferences.get': async (_input, ctx) => (ctx.preferencesFile === undefined ? {} : readPreferences(ctx.preferencesFile)),
  'preferences.set': async (input, ctx) => (ctx.preferencesFile === undefined ? {} : writePreferences(ctx.preferencesFile, input)),
};
