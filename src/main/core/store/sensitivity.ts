import type { RecordKind } from '../../../shared/domain/records';

/**
 * Which fields of each record kind are sensitive, and what decides whether they may leave the
 * vault. One table, so that export redaction, search and reports read the same rules
 * (docs/security.md S21, docs/export-format.md "Redaction profiles").
 *
 * Paths are dotted field paths into a record's data; `*` stands for every element of an array
 * (`personLinks.*.quote` is the quote of each person link). The pseudo-path `identity` names a
 * source's protected identity, which is not part of its data but sealed in a column of its own.
 */

/** Why a field is sensitive: what harm its disclosure could do. */
export type SensitiveClass =
  /** The real identity of a source: name, phone, address, notes (sealed a second time in the vault). */
  | 'source-identity'
  /** Contact details: a way to reach a person. */
  | 'contact'
  /** Official identifiers (passport, ID card numbers) that let a state find a person. */
  | 'identifier'
  /** The organisation's own assessment of the danger to a source. */
  | 'risk'
  /** What a source said, in their words or a rendering of them. */
  | 'statement'
  /** Where an interview took place, which can place the source. */
  | 'location';

/**
 * What lets a sensitive field travel under the default profile:
 * - `never`: nothing; it leaves only under a profile that takes everything.
 * - `source-consent`: the consent of the record's source (a testimony's `sourceId`) for `use`,
 *   granted and naming every recipient.
 */
export type FieldGovernor = { kind: 'never' } | { kind: 'source-consent'; use: 'share_partners' };

export interface FieldRule {
  path: string;
  class: SensitiveClass;
  governedBy: FieldGovernor;
}

const NEVER: FieldGovernor = { kind: 'never' };
const SHARE_CONSENT: FieldGovernor = { kind: 'source-consent', use: 'share_partners' };

export const SENSITIVE_FIELDS: { readonly [K in RecordKind]: readonly FieldRule[] } = {
  case: [],
  person: [{ path: 'idNumbers', class: 'identifier', governedBy: NEVER }],
  source: [
    { path: 'identity', class: 'source-identity', governedBy: NEVER },
    { path: 'riskNotes', class: 'risk', governedBy: NEVER },
  ],
  testimony: [
    { path: 'transcript', class: 'statement', governedBy: SHARE_CONSENT },
    { path: 'translations', class: 'statement', governedBy: SHARE_CONSENT },
    { path: 'summary', class: 'statement', governedBy: SHARE_CONSENT },
    { path: 'personLinks.*.quote', class: 'statement', governedBy: SHARE_CONSENT },
    { path: 'incidentLinks.*.quote', class: 'statement', governedBy: SHARE_CONSENT },
    { path: 'place', class: 'location', governedBy: SHARE_CONSENT },
  ],
  incident: [],
};

/**
 * Files attached to a testimony (a recording of the voice, a scan of a letter) are what the source
 * said as much as the transcript is: they travel only when the testimony's statement may.
 * Attachments of cases and incidents are the organisation's documents and carry no rule.
 */
export const ATTACHMENT_RULES: { readonly [K in RecordKind]?: FieldRule } = {
  testimony: { path: 'attachments', class: 'statement', governedBy: SHARE_CONSENT },
};

/** The record kinds whose fields are governed by the consent of a source, and where its id is. */
export const SOURCE_REFERENCE: { readonly [K in RecordKind]?: string } = {
  testimony: 'sourceId',
};

/** The rules of one kind whose class is among `classes` (search and reports pick by class). */
export function sensitiveFields(kind: RecordKind, classes?: readonly SensitiveClass[]): FieldRule[] {
  return SENSITIVE_FIELDS[kind].filter((rule) => !classes || classes.includes(rule.class));
}
