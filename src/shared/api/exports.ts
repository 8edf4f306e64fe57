import { z } from 'zod';
import { uuid } from '../domain/common';
import { method } from './define';

/**
 * How much of the selected records leaves the vault (docs/export-format.md "Redaction profiles"):
 * - `partner` (the default): no source identities, no contact details or identifiers, no risk
 *   notes, and what a source said only where the source consented to sharing with every recipient.
 * - `full`: every field of every record, but never a source's protected identity. Chosen
 *   explicitly and noted in the audit log.
 * - `archive`: everything, source identities included, and the original files; only to the
 *   organisation's own key (or a passphrase), so that an archive can outlive the app.
 */
export const EXPORT_PROFILES = ['partner', 'full', 'archive'] as const;
export type ExportProfile = (typeof EXPORT_PROFILES)[number];

/** age recipients are bech32 `age1…` strings of 62 characters in lower case. */
const AGE_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

/** `self` (the organisation's own key), a partner's id from the address book, or a bare `age1…` recipient. */
export const exportRecipient = z.union([
  z.literal('self'),
  uuid,
  z.string().regex(AGE_RECIPIENT, 'Not an age recipient (age1…).'),
]);

/** Numbers that say what went into a bundle. */
export interface ExportCounts {
  records: number;
  attachments: number;
  /** Records of which at least one field was left out. */
  redactedRecords: number;
  /** Attachments left out by the profile (a testimony's recordings without consent). */
  withheldAttachments: number;
}

export type ExportResult =
  | { saved: false }
  | ({ saved: true; path: string; bytes: number; manifestSha256: string; profile: ExportProfile } & ExportCounts);

export const exportInput = z
  .object({
    /** Whole cases: each with its people, sources, testimonies, incidents and their files. */
    caseIds: z.array(uuid).max(1000).default([]),
    /** Single records, with the files attached to them (and a testimony's source). */
    recordIds: z.array(uuid).max(10_000).default([]),
    /** Every record and file of the vault. */
    all: z.boolean().default(false),
    recipients: z.array(exportRecipient).max(20).default([]),
    /** A passphrase instead of recipients (age allows a passphrase only on its own). */
    passphrase: z.string().min(12, 'Use at least 12 characters.').max(1024).optional(),
    profile: z.enum(EXPORT_PROFILES).default('partner'),
  })
  .strict()
  .superRefine((input, issues) => {
    if (!input.all && input.caseIds.length === 0 && input.recordIds.length === 0) {
      issues.addIssue({ code: 'custom', path: ['caseIds'], message: 'Choose at least one case or record.' });
    }
    if (input.passphrase !== undefined && input.recipients.length > 0) {
      issues.addIssue({ code: 'custom', path: ['passphrase'], message: 'A passphrase cannot be combined with recipients.' });
    }
    if (input.passphrase === undefined && input.recipients.length === 0) {
      issues.addIssue({ code: 'custom', path: ['recipients'], message: 'Choose at least one recipient, or a passphrase.' });
    }
    if (input.profile === 'archive' && input.recipients.some((r) => r !== 'self')) {
      issues.addIssue({ code: 'custom', path: ['recipients'], message: 'An archive goes only to your own organisation’s key or a passphrase.' });
    }
  });

export const exportMethods = {
  /**
   * Writes an encrypted, signed bundle to a file the host asks the user for (a save dialog); the
   * page never names a path. `saved` is false when the user cancelled the dialog.
   */
  'exports.create': method<ExportResult>()(exportInput, { needsUnlock: true, progress: true }),
};
