import { z } from 'zod';
import { uuid } from '../domain/common';
import type { RecordKind } from '../domain/records';
import type { StoredRecord } from '../domain/views';
import { method } from './define';

/**
 * What an import would do to each record, as the preview and the result name it:
 * new here; a fast-forward (only the sender changed it since it was last exchanged); a conflict
 * (both sides changed it: both are kept for a person to choose); unchanged (this vault already
 * has that version or a later one); identical (both sides made the same change); skipped.
 */
export const IMPORT_OUTCOMES = ['new', 'fast-forward', 'conflict', 'unchanged', 'identical', 'skipped'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

export const IMPORT_WARNINGS = ['missing-reference', 'unknown-term', 'destroyed-here', 'draft-here', 'kind-differs', 'attachment-differs', 'owner-missing'] as const;
export type ImportWarningCode = (typeof IMPORT_WARNINGS)[number];

/** How a bundle's number stands against the bundles seen before from the same sender. */
export type SequenceStandingView =
  | { kind: 'first' }
  | { kind: 'next' }
  | { kind: 'gap'; missing: number; lastSeen: number }
  | { kind: 'replay'; lastSeen: number }
  | { kind: 'rollback'; lastSeen: number };

export interface ImportRecordLine {
  id: string;
  kind: RecordKind;
  label: string;
  outcome: ImportOutcome;
  /** How many fields the sender's redaction left out; this vault keeps its own values for them. */
  redacted: number;
}

export interface ImportPreview {
  token: string;
  /** The file's name only, never its folder. */
  fileName: string;
  sender: { vaultId: string; name: string; fingerprint: string };
  /** Who signed the manifest; `partner` is null for a key not in the address book. */
  signer: { fingerprint: string; partner: { id: string; name: string } | null };
  createdAt: string;
  profile: string;
  sequence: number;
  standing: SequenceStandingView;
  counts: Record<ImportOutcome, number>;
  /** The records, at most PREVIEW_LINES of them; `counts` covers all. */
  records: ImportRecordLine[];
  attachments: { new: number; known: number; newBytes: number };
  warnings: Array<{ code: ImportWarningCode; recordId: string }>;
}

export const PREVIEW_LINES = 1000;

export interface ImportResult {
  counts: Record<ImportOutcome, number>;
  attachmentsAdded: number;
  /** Records now in conflict in this vault, this import's and earlier ones. */
  openConflicts: number;
}

export interface ConflictSide {
  version: string;
  updatedAt: string;
  deletedAt: string | null;
  label: string;
  data: Record<string, unknown>;
}

export interface ConflictView {
  recordId: string;
  kind: RecordKind;
  /** The side the record shows until a person chooses: the latest change. */
  shown: string;
  sides: ConflictSide[];
}

const token = z.string().regex(/^[0-9a-f-]{36}$/, 'Not an import token.');
const version = z.string().regex(/^[0-9a-f]{64}$/, 'Not a version id.');

export const importMethods = {
  /** Asks the host for a file, verifies it whole, and says what an import would do; writes no record. */
  'imports.preview': method<ImportPreview | { cancelled: true }>()(z.object({}).strict(), { needsUnlock: true, progress: true }),
  /** Writes a previewed import in one transaction. An unknown signer must be accepted here. */
  'imports.apply': method<ImportResult>()(z.object({ token, acceptSigner: z.boolean().default(false) }).strict(), { needsUnlock: true }),
  /** Drops a previewed import and the files it received. */
  'imports.cancel': method<{ cancelled: boolean }>()(z.object({ token }).strict(), { needsUnlock: true }),
  'conflicts.list': method<ConflictView[]>()(z.object({}).strict(), { needsUnlock: true }),
  /** Ends a conflict: one side as it was, or data a person edited; either supersedes every side. */
  'conflicts.resolve': method<StoredRecord>()(
    z
      .object({
        recordId: uuid,
        choose: z.union([z.object({ version }).strict(), z.object({ data: z.unknown() }).strict()]),
      })
      .strict(),
    { needsUnlock: true },
  ),
};
