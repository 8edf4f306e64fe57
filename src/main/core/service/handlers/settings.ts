import type { settingsMethods } from '../../../../shared/api/settings';
import { readSettings, updateSettings } from '../../store/settings';
import { openVault, type Handlers } from '../context';

export const settingsHandlers: Handlers<keyof typeof settingsMethods> = {
  'settings.get': async (_input, ctx) => readSettings(openVault(ctx).db),
  'settings.update': async (input, ctx) => updateSettings(openVault(ctx).db, input),
};
