import { readSettings } from '../../store/settings';
import type { Vault } from '../../vault/vault';
import { findPartnerBySigningKey } from '../partners';
import { Imports } from './imports';

const open = new WeakMap<Vault, Imports>();

/** The imports of one open vault; they go with it when it locks. */
export function importsFor(vault: Vault): Imports {
  let imports = open.get(vault);
  if (!imports) {
    imports = new Imports({
      db: vault.db,
      id: vault.id,
      folder: vault.folder,
      attachmentKey: vault.keys.attachments,
      actor: async () => (await readSettings(vault.db)).userName,
      partnerBySigningKey: async (key) => {
        const partner = await findPartnerBySigningKey(vault.db, key);
        return partner ? { id: partner.id, name: partner.name } : null;
      },
    });
    open.set(vault, imports);
  }
  return imports;
}

/** Before a lock: pending imports and the files they received are dropped. */
export async function dropImports(vault: Vault | undefined): Promise<void> {
  const imports = vault && open.get(vault);
  if (imports) await imports.cancelAll();
}
