import type { ZodType } from 'zod';
import { draftIdentity } from '../../../shared/api/drafts';
import { sourceIdentity, type SourceIdentity } from '../../../shared/domain/records';
import { AppError } from '../../../shared/errors';
import type { Sodium } from '../crypto/sodium';

export interface IdentitySealer {
  seal(sourceId: string, identity: SourceIdentity): Promise<Uint8Array>;
  open(sourceId: string, sealed: Uint8Array): Promise<SourceIdentity>;
}

/*
 * A source's real identity is encrypted a second time, under its own subkey, bound to the source's
 * id: a database page read in memory or a copied row does not show it, and a sealed identity
 * moved to another source fails to open.
 */
export function identitySealer(sodium: Sodium, key: Uint8Array): IdentitySealer {
  return sealerBoundTo(sodium, key, (id) => `casekeep/source-identity/v1/${id}`, sourceIdentity);
}

/*
 * The identity typed into a source form and kept with its draft (docs/security.md S18), as typed
 * (`draftIdentity`): the same subkey, but bound to the draft's id under another label, so a draft's sealed identity cannot be
 * replayed as a source's, nor as another draft's, and a source's cannot be passed off as a draft's.
 */
export function draftIdentitySealer(sodium: Sodium, key: Uint8Array): IdentitySealer {
  return sealerBoundTo(sodium, key, (id) => `casekeep/source-identity/v1/draft/${id}`, draftIdentity);
}

function sealerBoundTo(sodium: Sodium, key: Uint8Array, ad: (id: string) => string, schema: ZodType<SourceIdentity>): IdentitySealer {
  const NONCE = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  return {
    async seal(sourceId, identity) {
      const nonce = sodium.randombytes_buf(NONCE);
      const plain = new TextEncoder().encode(JSON.stringify(schema.parse(identity)));
      const box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plain, ad(sourceId), null, nonce, key);
      sodium.memzero(plain);
      const out = new Uint8Array(1 + NONCE + box.length);
      out[0] = 1;
      out.set(nonce, 1);
      out.set(box, 1 + NONCE);
      return out;
    },
    async open(sourceId, sealed) {
      const bytes = new Uint8Array(sealed);
      if (bytes[0] !== 1) throw new AppError('VAULT_CORRUPT', 'A protected identity is in an unknown format.');
      try {
        const plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, bytes.subarray(1 + NONCE), ad(sourceId), bytes.subarray(1, 1 + NONCE), key);
        return schema.parse(JSON.parse(new TextDecoder().decode(plain)));
      } catch {
        throw new AppError('VAULT_CORRUPT', 'A protected identity could not be opened: it was damaged or moved.');
      }
    },
  };
}
