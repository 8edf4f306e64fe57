import type { ZodType } from 'zod';
import { draftIdentity } from '../../../shared/api/drafts';
import { sourceIdentity, type SourceIdentity } from '../../../shared/domain/records';
import { AppError } from '../../../shared/errors';
import { ENVELOPE_VERSION, open, seal } from '../crypto/envelope';

export interface IdentitySealer {
  seal(sourceId: string, identity: SourceIdentity): Promise<Uint8Array>;
  open(sourceId: string, sealed: Uint8Array): Promise<SourceIdentity>;
}

/*
 * A source's real identity is encrypted a second time, under its own subkey, bound to the source's
 * id: a database page read in memory or a copied row does not show it, and a sealed identity
 * moved to another source fails to open.
 */
export function identitySealer(key: Uint8Array): IdentitySealer {
  return sealerBoundTo(key, (id) => `casekeep/source-identity/v1/${id}`, sourceIdentity);
}

/*
 * The identity typed into a source form and kept with its draft (docs/security.md S18), as typed
 * (`draftIdentity`): the same subkey, but bound to the draft's id under another label, so a draft's sealed identity cannot be
 * replayed as a source's, nor as another draft's, and a source's cannot be passed off as a draft's.
 */
export function draftIdentitySealer(key: Uint8Array): IdentitySealer {
  return sealerBoundTo(key, (id) => `casekeep/source-identity/v1/draft/${id}`, draftIdentity);
}

/** A sealed identity is a version 1 envelope (crypto/envelope.ts) of its JSON, bound by `ad`. */
function sealerBoundTo(key: Uint8Array, ad: (id: string) => string, schema: ZodType<SourceIdentity>): IdentitySealer {
  return {
    async seal(sourceId, identity) {
      const plain = new TextEncoder().encode(JSON.stringify(schema.parse(identity)));
      try {
        return await seal(key, plain, ad(sourceId));
      } finally {
        plain.fill(0);
      }
    },
    async open(sourceId, sealed) {
      const bytes = new Uint8Array(sealed);
      if (bytes[0] !== ENVELOPE_VERSION) throw new AppError('VAULT_CORRUPT', 'A protected identity is in an unknown format.');
      const damaged = () => new AppError('VAULT_CORRUPT', 'A protected identity could not be opened: it was damaged or moved.');
      const plain = await open(key, bytes, ad(sourceId)).catch(() => null);
      if (!plain) throw damaged();
      try {
        return schema.parse(JSON.parse(new TextDecoder().decode(plain)));
      } catch {
        throw damaged();
      } finally {
        plain.fill(0);
      }
    },
  };
}
