import { v7 as uuidv7 } from 'uuid';
import type { CardPreview, PartnerView } from '../../../shared/api/partners';
import { AppError } from '../../../shared/errors';
import type { Database, Queryable } from '../db/database';
import { sql } from '../db/sql';
import { appendAudit, diffFields } from '../store/audit-log';
import { cardError, cleanCardName, parseCard, type PublicCard } from './card';
import { loadOrgPublicKeys } from './identity';

interface PartnerRow {
  id: string;
  name: string;
  recipient: string;
  signing_key: string;
  fingerprint: string;
  note: string;
  created_at: string;
  updated_at: string;
}

function toView(row: PartnerRow): PartnerView {
  return {
    id: row.id,
    name: row.name,
    recipient: row.recipient,
    signingKey: row.signing_key,
    fingerprint: row.fingerprint,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What the audit log hashes of a partner: every field a person could change or compare. */
function audited(row: Pick<PartnerRow, 'name' | 'recipient' | 'signing_key' | 'note'>): Record<string, unknown> {
  return { name: row.name, recipient: row.recipient, signingKey: row.signing_key, note: row.note };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

async function knownAs(db: Queryable, card: PublicCard): Promise<PartnerRow | undefined> {
  return db.get<PartnerRow>(sql`SELECT * FROM partners WHERE signing_key = ${card.signingKey} OR recipient = ${card.recipient} LIMIT 1`);
}

async function isOwn(db: Queryable, card: PublicCard): Promise<boolean> {
  const own = await loadOrgPublicKeys(db);
  return sameBytes(own.ed25519Public, card.ed25519Public) || sameBytes(own.x25519Public, card.x25519Public);
}

export async function listPartners(db: Queryable): Promise<PartnerView[]> {
  const rows = await db.all<PartnerRow>(sql`SELECT * FROM partners ORDER BY name COLLATE NOCASE, id`);
  return rows.map(toView);
}

export async function getPartner(db: Queryable, id: string): Promise<PartnerView> {
  const row = await db.get<PartnerRow>(sql`SELECT * FROM partners WHERE id = ${id}`);
  if (!row) throw new AppError('NOT_FOUND', 'No partner with this id in the address book.');
  return toView(row);
}

/** The partner whose Ed25519 public key this is (raw bytes or standard base64), if any: who signed a bundle. */
export async function findPartnerBySigningKey(db: Queryable, key: Uint8Array | string): Promise<PartnerView | null> {
  const text = typeof key === 'string' ? key : Buffer.from(key).toString('base64');
  const row = await db.get<PartnerRow>(sql`SELECT * FROM partners WHERE signing_key = ${text}`);
  return row ? toView(row) : null;
}

/** What a card holds and whether it is known, without writing anything. */
export async function previewCard(db: Queryable, text: string): Promise<CardPreview> {
  const card = parseCard(text);
  const existing = await knownAs(db, card);
  return {
    name: card.name,
    recipient: card.recipient,
    signingKey: card.signingKey,
    fingerprint: card.fingerprint,
    existingPartnerId: existing?.id ?? null,
    own: await isOwn(db, card),
  };
}

function cleanName(name: string): string {
  const clean = cleanCardName(name);
  if (clean === null) throw cardError('name');
  return clean;
}

/**
 * Adds the partner a card describes, under the name it gives itself unless the user chose one.
 * A damaged card, our own card, or keys already in the book are refused and nothing is written.
 */
export async function addPartner(db: Database, input: { card: string; name?: string; note?: string }, actor: string): Promise<PartnerView> {
  const card = parseCard(input.card);
  const name = cleanName(input.name ?? card.name);
  const note = (input.note ?? '').trim();
  return db.transaction(async (tx) => {
    if (await isOwn(tx, card)) throw new AppError('CONFLICT', 'This is your own organisation’s card; it cannot be a partner.');
    const existing = await knownAs(tx, card);
    if (existing) {
      throw new AppError('CONFLICT', `These keys are in the address book already, as “${existing.name}”.`, { details: { partnerId: existing.id } });
    }
    const now = new Date().toISOString();
    const row: PartnerRow = { id: uuidv7(), name, recipient: card.recipient, signing_key: card.signingKey, fingerprint: card.fingerprint, note, created_at: now, updated_at: now };
    await tx.run(sql`
      INSERT INTO partners (id, name, recipient, signing_key, fingerprint, note, created_at, updated_at)
      VALUES (${row.id}, ${row.name}, ${row.recipient}, ${row.signing_key}, ${row.fingerprint}, ${row.note}, ${row.created_at}, ${row.updated_at})`);
    // Field names and keyed hashes of the values (docs/security.md S29): who added which keys, when.
    await appendAudit(tx, { actor, action: 'add_partner', recordKind: 'partner', recordId: row.id, changes: diffFields(undefined, audited(row)) });
    return toView(row);
  });
}

/** Renames a partner or changes the note; the keys never change (a new card is a new partner). */
export async function updatePartner(db: Database, id: string, change: { name?: string; note?: string }, actor: string): Promise<PartnerView> {
  const name = change.name === undefined ? undefined : cleanName(change.name);
  return db.transaction(async (tx) => {
    const before = await tx.get<PartnerRow>(sql`SELECT * FROM partners WHERE id = ${id}`);
    if (!before) throw new AppError('NOT_FOUND', 'No partner with this id in the address book.');
    const after: PartnerRow = { ...before, name: name ?? before.name, note: change.note === undefined ? before.note : change.note.trim() };
    const changes = diffFields(audited(before), audited(after));
    if (changes.length === 0) return toView(before);
    after.updated_at = new Date().toISOString();
    await tx.run(sql`UPDATE partners SET name = ${after.name}, note = ${after.note}, updated_at = ${after.updated_at} WHERE id = ${id}`);
    await appendAudit(tx, { actor, action: 'update_partner', recordKind: 'partner', recordId: id, changes });
    return toView(after);
  });
}

/**
 * Deletes a partner from the address book. Consents that named it keep its id, so a partner added
 * again from the same card is a new id and is not silently covered by an old consent.
 */
export async function removePartner(db: Database, id: string, actor: string): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const row = await tx.get<PartnerRow>(sql`SELECT * FROM partners WHERE id = ${id}`);
    if (!row) throw new AppError('NOT_FOUND', 'No partner with this id in the address book.');
    await tx.run(sql`DELETE FROM partners WHERE id = ${id}`);
    await appendAudit(tx, { actor, action: 'remove_partner', recordKind: 'partner', recordId: id, changes: diffFields(audited(row), undefined) });
    return { id };
  });
}
