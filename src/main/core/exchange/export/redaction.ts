import type { ExportProfile } from '../../../../shared/api/exports';
import type { FieldDefinition } from '../../../../shared/api/fields';
import type { RecordData, RecordKind } from '../../../../shared/domain/records';
import { ATTACHMENT_RULES, customFieldRules, SENSITIVE_FIELDS, type FieldRule } from '../../store/sensitivity';

type Consent = RecordData<'source'>['consents'][number];

/**
 * Who will be able to read a bundle, as far as consent is concerned: the partners (by id in the
 * address book), recipients that are in no address book, and whether a passphrase opens it. The
 * organisation's own key needs no consent: the data stays with the organisation it was given to.
 */
export interface Audience {
  partnerIds: readonly string[];
  /** age recipients not in the address book: nobody a source can have consented to. */
  unknownRecipients: number;
  /** Whoever is told the passphrase: nobody a source can have named. */
  passphrase: boolean;
}

/**
 * A source's consent to share covers this audience when the latest `share_partners` consent (by
 * date, the later entry on the same day) is granted and names every partner; a later refusal
 * withdraws an earlier grant. Recipients outside the address book are never covered.
 */
export function consentCovers(consents: readonly Consent[] | undefined, audience: Audience): boolean {
  if (audience.partnerIds.length === 0 && audience.unknownRecipients === 0 && !audience.passphrase) return true;
  if (audience.unknownRecipients > 0 || audience.passphrase) return false;
  let latest: Consent | undefined;
  for (const consent of consents ?? []) {
    if (consent.use !== 'share_partners') continue;
    if (!latest || consent.date >= latest.date) latest = consent;
  }
  if (!latest?.granted) return false;
  const named = new Set(latest.partnerIds);
  return audience.partnerIds.every((id) => named.has(id));
}

export interface RedactionContext {
  profile: ExportProfile;
  audience: Audience;
  /** The consents of the record's source, for kinds whose fields a source's consent governs. */
  sourceConsents?: readonly Consent[] | undefined;
  /** The vault's field definitions: without them every custom value counts as sensitive. */
  fields?: readonly FieldDefinition[];
}

/** Whether one rule lets its field travel under the profile and audience. */
export function ruleAllows(rule: FieldRule, context: RedactionContext): boolean {
  if (context.profile === 'archive') return true;
  // The protected identity leaves only in an archive to the organisation itself.
  if (rule.class === 'source-identity') return false;
  if (context.profile === 'full') return true;
  if (rule.governedBy.kind === 'never') return false;
  return consentCovers(context.sourceConsents, context.audience);
}

/** Removes one dotted path (with `*` for every array element) and names each concrete path removed. */
function removePath(value: unknown, parts: readonly string[], prefix: string, removed: string[]): void {
  if (!value || typeof value !== 'object') return;
  const [head, ...rest] = parts;
  if (head === undefined) return;
  if (head === '*') {
    if (!Array.isArray(value)) return;
    value.forEach((item, index) => removePath(item, rest, `${prefix}${index}.`, removed));
    return;
  }
  const object = value as Record<string, unknown>;
  if (rest.length === 0) {
    // Named whether or not it held a value, so the list itself says nothing about the content.
    delete object[head];
    removed.push(`${prefix}${head}`);
    return;
  }
  removePath(object[head], rest, `${prefix}${head}.`, removed);
}

export interface Redacted {
  data: Record<string, unknown>;
  /** Dotted paths left out (docs/export-format.md); `identity` for a source's protected identity. */
  redacted: string[];
  /** Whether the source's protected identity may travel with the record. */
  identity: boolean;
}

/**
 * A copy of a record's data with what the profile does not let leave taken out, reading the one
 * table of sensitive fields (store/sensitivity.ts). The input is left as it was.
 */
export function redactRecord(kind: RecordKind, data: Readonly<Record<string, unknown>>, context: RedactionContext): Redacted {
  const copy = structuredClone(data) as Record<string, unknown>;
  const redacted: string[] = [];
  let identity = false;
  for (const rule of SENSITIVE_FIELDS[kind]) {
    const allowed = ruleAllows(rule, context);
    if (rule.path === 'identity') {
      identity = allowed;
      if (!allowed) redacted.push('identity');
      continue;
    }
    if (!allowed) removePath(copy, rule.path.split('.'), '', redacted);
  }
  for (const rule of customFieldRules(kind, copy.custom, context.fields ?? [])) {
    if (!ruleAllows(rule, context)) removePath(copy, rule.path.split('.'), '', redacted);
  }
  // Nothing left: no empty object that would say custom values were there.
  if (copy.custom && typeof copy.custom === 'object' && Object.keys(copy.custom).length === 0) delete copy.custom;
  return { data: copy, redacted, identity };
}

/** Whether the files attached to a record of this kind may travel under the profile and audience. */
export function attachmentsAllowed(ownerKind: RecordKind, context: RedactionContext): boolean {
  const rule = ATTACHMENT_RULES[ownerKind];
  return !rule || ruleAllows(rule, context);
}
