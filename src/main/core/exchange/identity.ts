import type { OrgIdentityView } from '../../../shared/api/partners';
import { AppError } from '../../../shared/errors';
import { x25519Recipient } from '../crypto/age';
import type { Database, Queryable } from '../db/database';
import { sql } from '../db/sql';
import { appendAudit } from '../store/audit-log';
import { cardError, cleanCardName, writeCard } from './card';
import { fingerprint } from './fingerprint';

/** The organisation's keys, for signing and opening bundles. The caller zeroes the secrets when done. */
export interface OrgIdentitySecrets {
  x25519Secret: Uint8Array;
  x25519Public: Uint8Array;
  ed25519Secret: Uint8Array;
  ed25519Public: Uint8Array;
}

interface IdentityRow {
  name: string;
  x25519_public: Uint8Array;
  ed25519_public: Uint8Array;
}

function missing(): AppError {
  return new AppError('VAULT_CORRUPT', 'The organisation identity is missing from this vault.');
}

async function publicRow(db: Queryable): Promise<IdentityRow> {
  const row = await db.get<IdentityRow>(sql`SELECT name, x25519_public, ed25519_public FROM org_identity WHERE id = 1`);
  if (!row) throw missing();
  return row;
}

function toView(row: IdentityRow): OrgIdentityView {
  const x25519Public = new Uint8Array(row.x25519_public);
  const ed25519Public = new Uint8Array(row.ed25519_public);
  return {
    name: row.name,
    recipient: x25519Recipient(x25519Public),
    signingKey: Buffer.from(ed25519Public).toString('base64'),
    fingerprint: fingerprint(x25519Public, ed25519Public),
  };
}

/** The public parts of the identity: what a card and the contract may show. */
export async function loadOrgIdentity(db: Queryable): Promise<OrgIdentityView> {
  return toView(await publicRow(db));
}

/** The raw public keys, for comparing a bundle's signer or recipient with our own. */
export async function loadOrgPublicKeys(db: Queryable): Promise<{ x25519Public: Uint8Array; ed25519Public: Uint8Array }> {
  const row = await publicRow(db);
  return { x25519Public: new Uint8Array(row.x25519_public), ed25519Public: new Uint8Array(row.ed25519_public) };
}

/**
 * The secret keys, read from the encrypted database for one export or import. They never leave
 * main: no contract method returns them and no log names them. Fresh copies each call, so the
 * caller can zero them without touching anyone else's.
 */
export async function loadOrgIdentitySecrets(db: Queryable): Promise<OrgIdentitySecrets> {
  const row = await db.get<{ x25519_secret: Uint8Array; x25519_public: Uint8Array; ed25519_secret: Uint8Array; ed25519_public: Uint8Array }>(
    sql`SELECT x25519_secret, x25519_public, ed25519_secret, ed25519_public FROM org_identity WHERE id = 1`,
  );
  if (!row) throw missing();
  const secrets = {
    x25519Secret: new Uint8Array(row.x25519_secret),
    x25519Public: new Uint8Array(row.x25519_public),
    ed25519Secret: new Uint8Array(row.ed25519_secret),
    ed25519Public: new Uint8Array(row.ed25519_public),
  };
  // The driver's own buffers are ours alone: wipe them rather than wait for the collector.
  row.x25519_secret.fill(0);
  row.ed25519_secret.fill(0);
  return secrets;
}

/** Zeroes the secret keys of `secrets`. */
export function forgetOrgIdentitySecrets(secrets: OrgIdentitySecrets): void {
  secrets.x25519Secret.fill(0);
  secrets.ed25519Secret.fill(0);
}

/** Renames the organisation as its card shows it; audited with a keyed hash of the name (docs/security.md S29). */
export async function renameOrgIdentity(db: Database, name: string, actor: string): Promise<OrgIdentityView> {
  const clean = cleanCardName(name);
  if (clean === null) throw cardError('name');
  return db.transaction(async (tx) => {
    const row = await publicRow(tx);
    if (row.name === clean) return toView(row);
    await tx.run(sql`UPDATE org_identity SET name = ${clean}, updated_at = ${new Date().toISOString()} WHERE id = 1`);
    await appendAudit(tx, { actor, action: 'rename_identity', recordKind: 'identity', changes: [{ field: 'name', old: row.name, new: clean }] });
    return toView({ ...row, name: clean });
  });
}

/** The signed public card of this vault's organisation (exchange/card.ts). */
export async function orgCardText(db: Queryable): Promise<string> {
  const row = await publicRow(db);
  const secrets = await loadOrgIdentitySecrets(db);
  try {
    return await writeCard({ name: row.name, x25519Public: secrets.x25519Public, ed25519Public: secrets.ed25519Public, ed25519Secret: secrets.ed25519Secret });
  } finally {
    forgetOrgIdentitySecrets(secrets);
  }
}

/** A file name for the card: the organisation's name in letters and digits, then `.casekeep-card.txt`. */
export function cardFileName(name: string): string {
  const stem = name
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${stem || 'organisation'}.casekeep-card.txt`;
}
