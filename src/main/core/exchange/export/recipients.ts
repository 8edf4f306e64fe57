import { AppError } from '../../../../shared/errors';
import { parseRecipient } from '../../crypto/age';
import type { Audience } from './redaction';

/** A partner as the export needs it: who, and the age recipient to encrypt to. */
export interface KnownPartner {
  id: string;
  name: string;
  /** `age1…` */
  recipient: string;
}

export interface ResolvedRecipients {
  /** X25519 public keys to encrypt to, each once. */
  keys: Uint8Array[];
  /** The recipient strings, as the manifest lists them. */
  recipients: string[];
  audience: Audience;
  /** For the audit entry: `self`, partner ids, and how many bare recipients. */
  described: string;
}

/**
 * Turns what the user chose into keys and an audience. A bare `age1…` recipient that is in the
 * address book counts as that partner, the organisation's own as `self`; any other is a reader
 * nobody's consent names, so under the default profile what consent governs stays out for it.
 */
export function resolveRecipients(chosen: readonly string[], own: string, partners: readonly KnownPartner[], passphrase: boolean): ResolvedRecipients {
  const byId = new Map(partners.map((p) => [p.id, p]));
  const byRecipient = new Map(partners.map((p) => [p.recipient, p]));
  const strings = new Set<string>();
  const partnerIds = new Set<string>();
  let self = false;
  let unknown = 0;
  for (const choice of chosen) {
    if (choice === 'self' || choice === own) {
      self = true;
      strings.add(own);
      continue;
    }
    if (!choice.startsWith('age1')) {
      const partner = byId.get(choice);
      if (!partner) throw new AppError('NOT_FOUND', 'A chosen recipient is not in the address book.', { fields: [{ path: 'recipients', message: `No partner ${choice}.` }] });
      partnerIds.add(partner.id);
      strings.add(partner.recipient);
      continue;
    }
    const known = byRecipient.get(choice);
    if (known) partnerIds.add(known.id);
    else if (!strings.has(choice)) unknown += 1;
    strings.add(choice);
  }
  const recipients = [...strings];
  const keys = recipients.map((text) => {
    try {
      return parseRecipient(text);
    } catch {
      throw new AppError('VALIDATION_FAILED', 'A recipient is not a valid age recipient.', { fields: [{ path: 'recipients', message: 'Not an age recipient.' }] });
    }
  });
  const described = [...(self ? ['self'] : []), ...partnerIds, ...(unknown > 0 ? [`${unknown} other`] : []), ...(passphrase ? ['passphrase'] : [])].join(', ');
  return { keys, recipients, audience: { partnerIds: [...partnerIds], unknownRecipients: unknown, passphrase }, described };
}
