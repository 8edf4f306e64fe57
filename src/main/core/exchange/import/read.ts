import type { Readable } from 'node:stream';
import { parseRecipient } from '../../crypto/age';
import type { Queryable } from '../../db/database';
import { readBundle } from '../bundle';
import type { BundleAttachment } from '../bundle-types';
import { fingerprint } from '../fingerprint';
import { forgetOrgIdentitySecrets, loadOrgIdentitySecrets } from '../identity';
import type { IncomingBundle } from './incoming';
import type { BundleReader } from './imports';

/**
 * Reads a bundle file with this vault's own X25519 key: the bundle reader decrypts it and checks
 * every hash, the archive's shape and the manifest's signature before it resolves, so nothing
 * here runs on a bundle that failed (DESIGN "Import verifies the signature and every hash before
 * it writes anything"). The fingerprint shown is computed here from the keys the signature was
 * checked against, not taken from what the manifest says about itself.
 */
export function vaultBundleReader(db: Queryable): BundleReader {
  return async (path, o) => {
    const secrets = await loadOrgIdentitySecrets(db);
    try {
      const verified = await readBundle(path, {
        identities: [secrets.x25519Secret],
        attachmentSink: (att: BundleAttachment, bytes: Readable) => o.attachmentSink(att, bytes),
        ...(o.onProgress ? { onProgress: o.onProgress } : {}),
      });
      const { manifest } = verified;
      const bundle: IncomingBundle = {
        sender: manifest.sender,
        signer: {
          signingKey: Buffer.from(verified.signingKey).toString('base64'),
          fingerprint: fingerprint(parseRecipient(manifest.sender.recipient), verified.signingKey),
        },
        profile: manifest.profile,
        createdAt: manifest.createdAt,
        sequence: manifest.sequence,
        previous: manifest.previous,
        bundleHash: verified.manifestSha256,
        records: verified.records,
        attachments: verified.attachments,
      };
      return bundle;
    } finally {
      forgetOrgIdentitySecrets(secrets);
    }
  };
}
