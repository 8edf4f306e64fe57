import { z } from 'zod';
import { uuid } from '../domain/common';
import { FIELD_MESSAGES } from '../field-issues';
import { method } from './define';

/**
 * The organisation's own identity and its address book of partners (docs/export-format.md
 * "Public card", "Organisation fingerprint"). Only public keys cross this contract: the secret
 * keys stay in main, inside the encrypted database.
 */

/** Characters of a card as pasted or read from a file; a real card is about 300. */
export const CARD_TEXT_MAX = 4096;
export const ORGANISATION_NAME_MAX = 200;
export const PARTNER_NOTE_MAX = 2000;

export interface OrgIdentityView {
  name: string;
  /** The age X25519 recipient partners encrypt to (age1…). */
  recipient: string;
  /** The Ed25519 public key bundles are signed with, standard base64. */
  signingKey: string;
  /** Six groups of five digits, to read over the phone. */
  fingerprint: string;
}

export interface PartnerView {
  id: string;
  name: string;
  recipient: string;
  signingKey: string;
  fingerprint: string;
  note: string;
  createdAt: string;
  updatedAt: string;
}

/** What a card says, before anyone decides to trust it. */
export interface CardPreview {
  /** The name the card gives itself. */
  name: string;
  recipient: string;
  signingKey: string;
  fingerprint: string;
  /** The partner already holding these keys, if any. */
  existingPartnerId: string | null;
  /** The card is this vault's own. */
  own: boolean;
}

const organisationName = z.string().trim().min(1, FIELD_MESSAGES.required).max(ORGANISATION_NAME_MAX);
const cardText = z.string().max(CARD_TEXT_MAX, `A card is at most ${CARD_TEXT_MAX} characters.`);
const note = z.string().trim().max(PARTNER_NOTE_MAX);

export const partnerMethods = {
  'identity.get': method<OrgIdentityView>()(z.object({}).strict(), { needsUnlock: true }),
  'identity.rename': method<OrgIdentityView>()(z.object({ name: organisationName }).strict(), { needsUnlock: true }),
  /** The card as text, to copy into a message. */
  'identity.cardText': method<{ card: string }>()(z.object({}).strict(), { needsUnlock: true }),
  /** Writes the card to a file the host asks the user for; `saved` is false when they cancel. */
  'identity.saveCard': method<{ saved: false } | { saved: true; path: string }>()(z.object({}).strict(), { needsUnlock: true }),
  'partners.list': method<PartnerView[]>()(z.object({}).strict(), { needsUnlock: true }),
  /** Checks a card and says what it holds, writing nothing: the user compares the fingerprint first. */
  'partners.preview': method<CardPreview>()(z.object({ card: cardText }).strict(), { needsUnlock: true }),
  'partners.add': method<PartnerView>()(
    z.object({ card: cardText, name: organisationName.optional(), note: note.optional() }).strict(),
    { needsUnlock: true },
  ),
  'partners.update': method<PartnerView>()(
    z
      .object({ id: uuid, name: organisationName.optional(), note: note.optional() })
      .strict()
      .refine((input) => input.name !== undefined || input.note !== undefined, { message: 'Give a name or a note to change.', path: ['name'] }),
    { needsUnlock: true },
  ),
  'partners.remove': method<{ id: string }>()(z.object({ id: uuid }).strict(), { needsUnlock: true }),
};
