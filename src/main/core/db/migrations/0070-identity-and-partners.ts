import { generateSigningKeyPair, generateX25519KeyPair } from '../../crypto/signing';
import { appendAudit, type ChangeInput } from '../../store/audit-log';
import { sql } from '../sql';
import type { Migration } from './migration';

/** The name a new identity starts with, until the organisation types its own. */
export const DEFAULT_ORGANISATION_NAME = 'Casekeep';

/*
 * How a note says which partners a consent named before the address book existed. Kept in the
 * note, in the words the user typed, so nothing they wrote is lost (docs/security.md S17).
 */
const NAMED_BEFORE = 'Partners named:';

type Queryable = Parameters<Migration['up']>[0];

function withNamesInNote(note: unknown, names: string): string {
  const line = `${NAMED_BEFORE} ${names}`;
  return typeof note === 'string' && note.trim() !== '' ? `${note.trimEnd()}\n${line}` : line;
}

/** A stored consent: `partners` (free-text names) becomes `partnerIds`, the names go to the note. */
function migrateConsent(consent: unknown): { consent: unknown; changed: boolean } {
  if (!consent || typeof consent !== 'object' || Array.isArray(consent)) return { consent, changed: false };
  const { partners, ...rest } = consent as Record<string, unknown>;
  if (partners === undefined && 'partnerIds' in rest) return { consent, changed: false };
  const names = Array.isArray(partners) ? partners.filter((name): name is string => typeof name === 'string' && name.trim() !== '').map((name) => name.trim()) : [];
  const next: Record<string, unknown> = { ...rest, partnerIds: [] };
  if (names.length > 0) next.note = withNamesInNote(rest.note, names.join(', '));
  return { consent: next, changed: true };
}

/** A source form's draft holds the form as typed: `partners` is the text of its field. */
function migrateDraftConsent(row: unknown): unknown {
  if (!row || typeof row !== 'object' || Array.isArray(row)) return row;
  const { partners, ...rest } = row as Record<string, unknown>;
  const next: Record<string, unknown> = { ...rest, partnerIds: Array.isArray(rest.partnerIds) ? rest.partnerIds : [] };
  if (typeof partners === 'string' && partners.trim() !== '') next.note = withNamesInNote(rest.note, partners.trim());
  return next;
}

function consentsOf(json: string): unknown[] | null {
  try {
    const data: unknown = JSON.parse(json);
    const consents = data && typeof data === 'object' ? (data as { consents?: unknown }).consents : undefined;
    return Array.isArray(consents) ? consents : null;
  } catch {
    return null;
  }
}

async function migrateSourceConsents(tx: Queryable): Promise<number> {
  const rows = await tx.all<{ id: string; data: string }>(sql`SELECT id, data FROM records WHERE kind = 'source'`);
  let migrated = 0;
  for (const row of rows) {
    const consents = consentsOf(row.data);
    if (!consents) continue;
    const results = consents.map(migrateConsent);
    if (!results.some((result) => result.changed)) continue;
    const data = { ...(JSON.parse(row.data) as Record<string, unknown>), consents: results.map((result) => result.consent) };
    await tx.run(sql`UPDATE records SET data = ${JSON.stringify(data)} WHERE id = ${row.id}`);
    const change: ChangeInput = { field: 'consents', old: consents, new: data.consents };
    // Field names and a keyed hash only, like every entry (docs/security.md S29).
    await appendAudit(tx, { actor: 'Casekeep', action: 'migrate_consents', recordKind: 'source', recordId: row.id, changes: [change] });
    migrated += 1;
  }
  const drafts = await tx.all<{ id: string; data: string }>(sql`SELECT id, data FROM drafts WHERE kind = 'source'`);
  for (const draft of drafts) {
    const consents = consentsOf(draft.data);
    if (!consents) continue;
    const data = { ...(JSON.parse(draft.data) as Record<string, unknown>), consents: consents.map(migrateDraftConsent) };
    await tx.run(sql`UPDATE drafts SET data = ${JSON.stringify(data)} WHERE id = ${draft.id}`);
  }
  return migrated;
}

/**
 * The organisation identity and the address book of partners (exchange/identity.ts,
 * exchange/partners.ts), and consents that name partners by their id in that book.
 *
 * - `org_identity`: one row. An X25519 key pair to receive bundles (shown as an age recipient)
 *   and an Ed25519 key pair to sign them. The secret keys live in this table only, inside the
 *   encrypted database: never in the header, a log or a contract result.
 * - `partners`: public keys of other organisations, as their cards gave them. Removing a partner
 *   deletes the row; the audit log keeps who added, changed and removed it, and when.
 * - A source's `share_partners` consent named partners as free text; it now holds `partnerIds`.
 *   The old names are appended to the consent's note, so the user can pick the partners again.
 *
 * A vault made by this version gets its identity here too, so every vault has exactly one.
 */
export const identityAndPartners: Migration = {
  version: 70,
  name: 'identity-and-partners',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE org_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        x25519_public BLOB NOT NULL CHECK (length(x25519_public) = 32),
        x25519_secret BLOB NOT NULL CHECK (length(x25519_secret) = 32),
        ed25519_public BLOB NOT NULL CHECK (length(ed25519_public) = 32),
        ed25519_secret BLOB NOT NULL CHECK (length(ed25519_secret) = 64),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE partners (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        recipient TEXT NOT NULL UNIQUE,
        signing_key TEXT NOT NULL UNIQUE,
        fingerprint TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);

    const receiving = await generateX25519KeyPair();
    const signing = await generateSigningKeyPair();
    const now = new Date().toISOString();
    try {
      await tx.run(sql`
        INSERT INTO org_identity (id, name, x25519_public, x25519_secret, ed25519_public, ed25519_secret, created_at, updated_at)
        VALUES (1, ${DEFAULT_ORGANISATION_NAME}, ${receiving.publicKey}, ${receiving.secretKey}, ${signing.publicKey}, ${signing.secretKey}, ${now}, ${now})`);
    } finally {
      receiving.secretKey.fill(0);
      signing.secretKey.fill(0);
    }

    const hadEntries = await tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_log`);
    await migrateSourceConsents(tx);
    // A new vault's log starts empty; an existing one records that its identity was made now.
    if ((hadEntries?.n ?? 0) > 0) {
      await appendAudit(tx, {
        actor: 'Casekeep',
        action: 'create_identity',
        recordKind: 'identity',
        changes: [
          { field: 'name', new: DEFAULT_ORGANISATION_NAME },
          { field: 'recipient', new: Buffer.from(receiving.publicKey).toString('base64') },
          { field: 'signingKey', new: Buffer.from(signing.publicKey).toString('base64') },
        ],
      });
    }
  },
};
