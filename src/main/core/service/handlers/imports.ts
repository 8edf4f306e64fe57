import type { importMethods } from '../../../../shared/api/imports';
import { AppError } from '../../../../shared/errors';
import { listConflicts, resolveConflict } from '../../exchange/conflicts';
import { vaultBundleReader } from '../../exchange/import/read';
import { importsFor } from '../../exchange/import/registry';
import { readSettings } from '../../store/settings';
import { openVault, type Handlers } from '../context';

const BUNDLE_FILTERS = [{ name: 'Casekeep bundles', extensions: ['age'] }];

export const importHandlers: Handlers<keyof typeof importMethods> = {
  'imports.preview': async (_input, ctx) => {
    const vault = openVault(ctx);
    // The host's open dialog names the file: the page never passes a path.
    if (!ctx.chooseOpenPath) throw new AppError('FORBIDDEN', 'Files cannot be opened from here.');
    const path = await ctx.chooseOpenPath(BUNDLE_FILTERS);
    if (path === null) return { cancelled: true as const };
    return importsFor(vault).preview(path, vaultBundleReader(vault.db), (done, total) => ctx.progress({ method: 'imports.preview', done, total }));
  },
  'imports.apply': async ({ token, acceptSigner }, ctx) => importsFor(openVault(ctx)).apply(token, acceptSigner),
  'imports.cancel': async ({ token }, ctx) => importsFor(openVault(ctx)).cancel(token),
  'conflicts.list': async (_input, ctx) => listConflicts(openVault(ctx).db),
  'conflicts.resolve': async ({ recordId, choose }, ctx) => {
    const vault = openVault(ctx);
    return resolveConflict({ db: vault.db, actor: async () => (await readSettings(vault.db)).userName }, recordId, choose);
  },
};
