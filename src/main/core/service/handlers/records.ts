import type { recordMethods } from '../../../../shared/api/records';
import { AppError } from '../../../../shared/errors';
import type { Handlers } from '../context';
import { session } from '../session';

export const recordHandlers: Handlers<keyof typeof recordMethods> = {
  'records.create': async (input, ctx) => {
    const { records } = await session(ctx);
    return records.create(input.kind, input.data, 'identity' in input && input.identity ? { identity: input.identity } : {});
  },
  'records.update': async (input, ctx) => (await session(ctx)).records.update(input.kind, input.id, input.data, input.expectedUpdatedAt),
  'records.get': async ({ id }, ctx) => (await session(ctx)).records.get(id),
  'records.list': async (input, ctx) => (await session(ctx)).records.list(input),
  'records.referencing': async ({ id, kind }, ctx) => (await session(ctx)).records.referencing(id, kind),
  'records.delete': async ({ id }, ctx) => (await session(ctx)).records.delete(id),
  'testimonies.saveDraft': async ({ id, data }, ctx) => (await session(ctx)).records.saveDraft(id, data),
  'sources.revealIdentity': async ({ id, reason }, ctx) => (await session(ctx)).records.revealIdentity(id, reason),
  'sources.setIdentity': async ({ id, identity }, ctx) => (await session(ctx)).records.setIdentity(id, identity),
  'trash.list': async (input, ctx) => (await session(ctx)).records.trash(input),
  'trash.restore': async ({ id }, ctx) => {
    const { records, attachments } = await session(ctx);
    const restored = (await records.restore(id)) ?? (await attachments.restore(id));
    if (!restored) throw new AppError('NOT_FOUND', 'Nothing in the trash has this id.');
    return restored;
  },
  'trash.purge': async ({ id }, ctx) => {
    const { records, attachments } = await session(ctx);
    const record = await records.purge(id);
    if (record) {
      await attachments.removeFiles(record.attachmentIds);
      return { id };
    }
    if (!(await attachments.purge(id))) throw new AppError('NOT_FOUND', 'Nothing in the trash has this id.');
    return { id };
  },
};
