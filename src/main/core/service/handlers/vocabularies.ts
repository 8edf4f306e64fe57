import type { vocabularyMethods } from '../../../../shared/api/vocabularies';
import { listVocabularies, saveTerm } from '../../store/vocabularies';
import { openVault, type Handlers } from '../context';
import { session } from '../session';

export const vocabularyHandlers: Handlers<keyof typeof vocabularyMethods> = {
  'vocabularies.list': async (_input, ctx) => listVocabularies(openVault(ctx).db),
  'vocabularies.saveTerm': async (input, ctx) => saveTerm(openVault(ctx).db, await (await session(ctx)).actor(), input),
};
