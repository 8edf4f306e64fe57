import type { partnerMethods } from '../../../../shared/api/partners';
import { AppError } from '../../../../shared/errors';
import { writePlainCopy } from '../../attachments/plain-copy';
import { cardFileName, loadOrgIdentity, orgCardText, renameOrgIdentity } from '../../exchange/identity';
import { addPartner, listPartners, previewCard, removePartner, updatePartner } from '../../exchange/partners';
import { openVault, type Handlers, type ServiceContext } from '../context';
import { session } from '../session';

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

async function actor(ctx: ServiceContext): Promise<string> {
  return (await session(ctx)).actor();
}

export const partnerHandlers: Handlers<keyof typeof partnerMethods> = {
  'identity.get': async (_input, ctx) => loadOrgIdentity(openVault(ctx).db),
  'identity.rename': async ({ name }, ctx) => renameOrgIdentity(openVault(ctx).db, name, await actor(ctx)),
  'identity.cardText': async (_input, ctx) => ({ card: await orgCardText(openVault(ctx).db) }),
  'identity.saveCard': async (_input, ctx) => {
    const vault = openVault(ctx);
    if (!ctx.chooseSavePath) throw new AppError('FORBIDDEN', 'This app cannot save files.');
    const identity = await loadOrgIdentity(vault.db);
    const card = await orgCardText(vault.db);
    const target = await ctx.chooseSavePath(cardFileName(identity.name));
    if (target === null) return { saved: false as const };
    // The card holds public keys only: written in clear on purpose, under a temporary name first (docs/security.md S19).
    await writePlainCopy(once(new TextEncoder().encode(card)), target, vault.folder);
    return { saved: true as const, path: target.path };
  },
  'partners.list': async (_input, ctx) => listPartners(openVault(ctx).db),
  'partners.preview': async ({ card }, ctx) => previewCard(openVault(ctx).db, card),
  'partners.add': async (input, ctx) => addPartner(openVault(ctx).db, input, await actor(ctx)),
  'partners.update': async ({ id, ...change }, ctx) => updatePartner(openVault(ctx).db, id, change, await actor(ctx)),
  'partners.remove': async ({ id }, ctx) => removePartner(openVault(ctx).db, id, await actor(ctx)),
};
