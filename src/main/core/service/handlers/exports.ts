import type { exportMethods } from '../../../../shared/api/exports';
import { AppError } from '../../../../shared/errors';
import { exportBundle, suggestedExportName } from '../../exchange/export/export-bundle';
import { openVault, type Handlers } from '../context';
import { session } from '../session';

export const exportHandlers: Handlers<keyof typeof exportMethods> = {
  'exports.create': async (input, ctx) => {
    const vault = openVault(ctx);
    const { attachments, actor } = await session(ctx);
    if (!ctx.chooseSavePath) throw new AppError('FORBIDDEN', 'This app cannot save exports.');
    const target = await ctx.chooseSavePath(suggestedExportName(input.profile));
    if (target === null) return { saved: false as const };
    return exportBundle(
      { vault, attachments, actor },
      {
        selection: { caseIds: input.caseIds, recordIds: input.recordIds, all: input.all },
        recipients: input.recipients,
        passphrase: input.passphrase,
        profile: input.profile,
      },
      target,
      (done, total) => ctx.progress({ method: 'exports.create', done, total }),
    );
  },
};
