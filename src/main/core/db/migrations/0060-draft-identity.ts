import type { Migration } from './migration';

/**
 * The protected identity typed into a source form, kept with the form's draft (docs/security.md
 * S18) but never in its `data`: sealed under the identity subkey and bound to the draft, as a
 * source's own identity is bound to the source. It goes wherever the draft row goes.
 */
export const draftIdentity: Migration = {
  version: 60,
  name: 'draft-identity',
  async up(tx) {
    await tx.exec(`ALTER TABLE drafts ADD COLUMN secret BLOB;`);
  },
};
