import { AppError } from '../../../shared/errors';
import { parseRecipient, x25519Recipient } from '../crypto/age';
import { SIGNATURE_BYTES, SIGNING_PUBLIC_KEY_BYTES, signDetached, verifyDetached } from '../crypto/signing';
import { fingerprint } from './fingerprint';

/**
 * The public card of an organisation: a small text file handed to partners (docs/export-format.md
 * "Public card"). Six lines, LF-terminated, in this order:
 *
 *   casekeep-card-v1
 *   name: <display name>
 *   recipient: <age1… X25519 recipient>
 *   signing-key: <Ed25519 public key, 32 bytes, standard base64 with padding>
 *   fingerprint: <six groups of five digits, exchange/fingerprint.ts>
 *   signature: <Ed25519 signature, 64 bytes, standard base64 with padding>
 *
 * The signature is by the card's own signing key over the first five lines exactly as written,
 * each with its LF. It proves nobody holding only the card changed a line, so a card damaged in a
 * messenger or edited by hand is refused; it does not prove who made the card: that is what
 * reading the fingerprint over the phone is for.
 */
export const CARD_HEADER = 'casekeep-card-v1';
/** Far above a real card (about 300 bytes), far below anything that costs memory to refuse. */
export const CARD_MAX_CHARS = 4096;
export const CARD_NAME_MAX = 200;
const FIELDS = ['name', 'recipient', 'signing-key', 'fingerprint', 'signature'] as const;

export interface PublicCard {
  name: string;
  recipient: string;
  x25519Public: Uint8Array;
  signingKey: string;
  ed25519Public: Uint8Array;
  fingerprint: string;
}

export type CardProblem = 'too-large' | 'not-a-card' | 'too-new' | 'truncated' | 'format' | 'name' | 'recipient' | 'signing-key' | 'fingerprint' | 'signature';

const MESSAGES: Record<CardProblem, string> = {
  'too-large': `This is not a Casekeep card: a card is at most ${CARD_MAX_CHARS} characters.`,
  'not-a-card': `This is not a Casekeep card: it does not begin with "${CARD_HEADER}".`,
  'too-new': 'This card was made by a newer version of Casekeep. Update the app to read it.',
  truncated: 'This card is cut short: some of its lines are missing.',
  format: 'This card is damaged: its lines are not the ones a card holds, in their order.',
  name: `This card is damaged: the name must be one line of 1 to ${CARD_NAME_MAX} characters, without control characters.`,
  recipient: 'This card is damaged: its recipient is not an age recipient (age1…).',
  'signing-key': 'This card is damaged: its signing key is not a 32-byte key in base64.',
  fingerprint: 'This card is damaged or altered: its fingerprint does not match its keys.',
  signature: 'This card is damaged or altered: its signature does not match what it says.',
};

export function cardError(reason: CardProblem): AppError {
  const message = MESSAGES[reason];
  return new AppError('VALIDATION_FAILED', message, { details: { reason }, fields: [{ path: 'card', message }] });
}

/*
 * Control characters would let a name break a line of the card or of a terminal, and bidi
 * overrides and isolates would let it display as something other than what it is.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
const FORBIDDEN_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

/** The display name as a card may carry it, or null. */
export function cleanCardName(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > CARD_NAME_MAX || FORBIDDEN_IN_NAME.test(trimmed)) return null;
  return trimmed;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Standard base64 with padding, refused unless it is the one canonical spelling of its bytes. */
function strictBase64(text: string, length: number): Uint8Array | null {
  if (!BASE64.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== length || bytes.toString('base64') !== text) return null;
  return new Uint8Array(bytes);
}

function signedPart(card: { name: string; recipient: string; signingKey: string; fingerprint: string }): string {
  return `${CARD_HEADER}\nname: ${card.name}\nrecipient: ${card.recipient}\nsigning-key: ${card.signingKey}\nfingerprint: ${card.fingerprint}\n`;
}

/** The card text of an identity, signed with its Ed25519 secret key. */
export async function writeCard(identity: { name: string; x25519Public: Uint8Array; ed25519Public: Uint8Array; ed25519Secret: Uint8Array }): Promise<string> {
  const name = cleanCardName(identity.name);
  if (name === null) throw cardError('name');
  const body = signedPart({
    name,
    recipient: x25519Recipient(identity.x25519Public),
    signingKey: Buffer.from(identity.ed25519Public).toString('base64'),
    fingerprint: fingerprint(identity.x25519Public, identity.ed25519Public),
  });
  const signature = await signDetached(new TextEncoder().encode(body), identity.ed25519Secret);
  return `${body}signature: ${Buffer.from(signature).toString('base64')}\n`;
}

/**
 * Reads a card, refusing anything that is not exactly one: each refusal names its reason
 * (`details.reason`, a CardProblem). Accepts what mail and editors do to a text file without
 * changing its meaning: a byte-order mark, CRLF line ends, blank lines or spaces around it.
 */
export function parseCard(text: string): PublicCard {
  if (typeof text !== 'string' || text.length > CARD_MAX_CHARS) throw cardError('too-large');
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').trim().split('\n');
  const first = lines[0]?.trimEnd() ?? '';
  if (first !== CARD_HEADER) throw cardError(/^casekeep-card-v\d+$/.test(first) ? 'too-new' : 'not-a-card');
  if (lines.length < FIELDS.length + 1) throw cardError('truncated');
  if (lines.length > FIELDS.length + 1) throw cardError('format');
  const values = new Map<string, string>();
  FIELDS.forEach((field, index) => {
    const line = lines[index + 1]!.trimEnd();
    const prefix = `${field}: `;
    if (!line.startsWith(prefix)) throw cardError('format');
    values.set(field, line.slice(prefix.length));
  });
  const get = (field: (typeof FIELDS)[number]): string => values.get(field) ?? '';

  const name = get('name');
  if (cleanCardName(name) !== name) throw cardError('name');
  const recipient = get('recipient');
  let x25519Public: Uint8Array;
  try {
    x25519Public = parseRecipient(recipient);
  } catch {
    throw cardError('recipient');
  }
  // parseRecipient allows spaces and checks case; the card keeps the one spelling it signed.
  if (x25519Recipient(x25519Public) !== recipient) throw cardError('recipient');
  const signingKey = get('signing-key');
  const ed25519Public = strictBase64(signingKey, SIGNING_PUBLIC_KEY_BYTES);
  if (!ed25519Public) throw cardError('signing-key');
  const printed = get('fingerprint');
  if (printed !== fingerprint(x25519Public, ed25519Public)) throw cardError('fingerprint');
  const signature = strictBase64(get('signature'), SIGNATURE_BYTES);
  const body = signedPart({ name, recipient, signingKey, fingerprint: printed });
  if (!signature || !verifyDetached(signature, new TextEncoder().encode(body), ed25519Public)) throw cardError('signature');
  return { name, recipient, x25519Public, signingKey, ed25519Public, fingerprint: printed };
}
