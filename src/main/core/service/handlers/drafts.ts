import type { draftMethods } from '../../../../shared/api/drafts';
import { DraftStore } from '../../store/drafts';
import { openVault, type Handlers } from '../context';

export const draftHandlers: Handlers<keyof typeof draftMethods> = {
  'drafts.save': async (input, ctx) => new DraftStore(openVault(ctx).db).save(input),
  'drafts.get': async (input, ctx) => ({ draft: await new DraftStore(openVault(ctx).db).get(input) }),
  'drafts.list': async (input, ctx) => new DraftStore(openVault(ctx).db).list(input),
  'drafts.discard': async ({ id }, ctx) => new DraftStore(openVault(ctx).db).discard(id),
};
