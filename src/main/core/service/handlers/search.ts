import type { searchMethods } from '../../../../shared/api/search';
import { searchRecords } from '../../store/search';
import { openVault, type Handlers } from '../context';

export const searchHandlers: Handlers<keyof typeof searchMethods> = {
  'search.query': async ({ text, kinds, limit, offset }, ctx) => searchRecords(openVault(ctx).db, text, { limit, offset, ...(kinds ? { kinds } : {}) }),
};
