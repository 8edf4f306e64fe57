import type { Queryable } from '../../db/database';
import type { BundleSender } from '../bundle-types';
import { forgetOrgIdentitySecrets, loadOrgIdentity, loadOrgIdentitySecrets } from '../identity';
import { listPartners } from '../partners';
import type { KnownPartner } from './recipients';

/** What one export needs of the organisation's identity and address book. */
export interface ExportKeys {
  sender: BundleSender;
  partners: KnownPartner[];
  /** Ed25519, 64 bytes; zeroed by dispose(). */
  signingSecretKey: Uint8Array;
  dispose(): void;
}

/** Reads the keys for one export; the caller calls dispose() when it is over, whatever happened. */
export async function loadExportKeys(db: Queryable, vaultId: string): Promise<ExportKeys> {
  const view = await loadOrgIdentity(db);
  const partners = (await listPartners(db)).map((p) => ({ id: p.id, name: p.name, recipient: p.recipient }));
  const secrets = await loadOrgIdentitySecrets(db);
  // Only the signing key is needed; the receiving key is wiped at once.
  secrets.x25519Secret.fill(0);
  return {
    // bundle-types.ts asks for unpadded base64 of the signing key.
    sender: { vaultId, name: view.name, recipient: view.recipient, signingKey: view.signingKey.replace(/=+$/, ''), fingerprint: view.fingerprint },
    partners,
    signingSecretKey: secrets.ed25519Secret,
    dispose: () => forgetOrgIdentitySecrets(secrets),
  };
}
