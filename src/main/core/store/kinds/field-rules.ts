/**
 * Which fields of a record kind are sensitive, and what decides whether they may leave the vault.
 * Each kind declares its own rules in its module; export redaction, search and reports read them
 * through `sensitivity.ts` (docs/security.md S21, docs/export-format.md "Redaction profiles").
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
  | 'location'
  /** A field the organisation added and marked sensitive, or one this vault has no definition of. */
  | 'custom';

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

export const NEVER: FieldGovernor = { kind: 'never' };
export const SHARE_CONSENT: FieldGovernor = { kind: 'source-consent', use: 'share_partners' };
