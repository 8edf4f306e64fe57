import type { draftMethods } from '../../../../shared/api/drafts';
import { DraftStore } from '../../store/drafts';
import { draftIdentitySealer } from '../../store/source-identity';
import { openVault, type Handlers, type ServiceContext } from '../context';

/** The drafts of the open vault; a source form's identity is sealed under the identity subkey, bound to its draft. */
async function drafts(ctx: ServiceContext): Promise<DraftStore> {
  const vault = openVault(ctx);
  return new DraftStore(vault.db, draftIdentitySealer(vault.keys.sourceIdentities));
}

export const draftHandlers: Handlers<keyof typeof draftMethods> = {
  'drafts.save': async (input, ctx) => (await drafts(ctx)).save(input),
  // The identity goes back only here, to the form restoring its draft: the same trust as the form
  // that typed it. No audit entry, as for the rest of the draft; a reveal of a record's identity is.
  'drafts.get': async (input, ctx) => ({ draft: await (await drafts(ctx)).get(input) }),
  'drafts.list': async (input, ctx) => (await drafts(ctx)).list(input),
  'drafts.discard': async ({ id }, ctx) => (await drafts(ctx)).discard(id),
};
