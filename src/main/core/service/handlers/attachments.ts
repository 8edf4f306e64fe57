import type { attachmentMethods } from '../../../../shared/api/attachments';
import { AppError } from '../../../../shared/errors';
import type { Handlers } from '../context';
import { session } from '../session';

export const attachmentHandlers: Handlers<keyof typeof attachmentMethods> = {
  'attachments.begin': async (input, ctx) => (await session(ctx)).attachments.begin(input),
  'attachments.append': async ({ uploadId, chunk }, ctx) => (await session(ctx)).attachments.append(uploadId, chunk),
  'attachments.finish': async ({ uploadId, stripMetadata, sha256 }, ctx) =>
    (await session(ctx)).attachments.finish(uploadId, stripMetadata, (done, total) => ctx.progress({ method: 'attachments.finish', done, total }), sha256),
  'attachments.addFile': async ({ ownerId, stripMetadata, name, mime }, ctx) => {
    const { attachments } = await session(ctx);
    // The host's open dialog names the file: the page never passes a path, nor the bytes.
    if (!ctx.chooseOpenPath) throw new AppError('FORBIDDEN', 'Files cannot be opened from here.');
    // Refused before the dialog opens: nobody picks a file only to hear the record is gone.
    await attachments.checkOwner(ownerId);
    const path = await ctx.chooseOpenPath([]); // no filter: any file may be evidence
    if (path === null) return { added: false as const };
    const info = await attachments.addFromFile({ ownerId, path, stripMetadata, ...(name ? { name } : {}), ...(mime ? { mime } : {}) }, (done, total) => ctx.progress({ method: 'attachments.addFile', done, total }));
    return { added: true as const, ...info };
  },
  'attachments.cancel': async ({ uploadId }, ctx) => (await session(ctx)).attachments.cancel(uploadId),
  'attachments.list': async ({ ownerId }, ctx) => (await session(ctx)).attachments.list(ownerId),
  'attachments.read': async ({ id, copy, offset, length }, ctx) => (await session(ctx)).attachments.read(id, copy, offset, length),
  'attachments.saveCopy': async ({ id, copy }, ctx) => {
    const { attachments } = await session(ctx);
    if (!ctx.chooseSavePath) throw new AppError('FORBIDDEN', 'This app cannot save plain copies of files.');
    const info = await attachments.info(id);
    const target = await ctx.chooseSavePath(info.name);
    if (target === null) return { saved: false as const };
    return { saved: true as const, ...(await attachments.saveCopy(id, copy, target)) };
  },
  'attachments.delete': async ({ id }, ctx) => (await session(ctx)).attachments.delete(id),
};
