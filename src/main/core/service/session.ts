import { AttachmentStore } from '../attachments/attachments';
import { RecordStore } from '../store/records';
import { readSettings } from '../store/settings';
import { identitySealer } from '../store/source-identity';
import type { Vault } from '../vault/vault';
import { openVault, type ServiceContext } from './context';

/** The stores of one unlocked vault; made on first use, dropped with the vault. */
export interface Session {
  records: RecordStore;
  attachments: AttachmentStore;
  actor(): Promise<string>;
}

const sessions = new WeakMap<Vault, Promise<Session>>();

async function makeSession(vault: Vault): Promise<Session> {
  const actor = async () => (await readSettings(vault.db)).userName;
  return {
    actor,
    records: new RecordStore({ db: vault.db, vaultId: vault.id, actor, identities: identitySealer(vault.keys.sourceIdentities) }),
    attachments: new AttachmentStore({ db: vault.db, folder: vault.folder, key: vault.keys.attachments, vaultId: vault.id, actor }),
  };
}

export function session(ctx: ServiceContext): Promise<Session> {
  const vault = openVault(ctx);
  let existing = sessions.get(vault);
  if (!existing) {
    existing = makeSession(vault);
    sessions.set(vault, existing);
  }
  return existing;
}

/** Before a lock: stop uploads so no half-written blob outlives the keys. */
export async function closeSession(vault: Vault | undefined): Promise<void> {
  const open = vault && sessions.get(vault);
  if (open) await (await open).attachments.cancelAll();
}
