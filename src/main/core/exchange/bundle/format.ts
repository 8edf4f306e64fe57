import { AppError } from '../../../../shared/errors';

/*
 * The constants of the bundle format (docs/export-format.md). Changing what an entry means or
 * where it goes is a new BUNDLE_FORMAT_VERSION; readers refuse a version above their own.
 */
export const BUNDLE_FORMAT = 'casekeep-bundle';
export const BUNDLE_FORMAT_VERSION = 1;

export const MANIFEST_PATH = 'manifest.json';
export const SIGNATURE_PATH = 'manifest.sig';
export const README_PATH = 'README.txt';
export const AUDIT_PATH = 'audit.json';
export const CHECKSUMS_PATH = 'SHA256SUMS';
export const recordPath = (id: string) => `records/${id}.json`;
export const attachmentPath = (sha256: string) => `attachments/${sha256}`;
export const summaryPath = (caseId: string) => `summary/${caseId}.html`;

/** The only names an entry may have besides the manifest and its signature. */
export const ENTRY_PATH = /^(?:README\.txt|SHA256SUMS|audit\.json|records\/[0-9a-f-]{36}\.json|attachments\/[0-9a-f]{64}|summary\/[0-9a-f-]{36}\.html)$/;

/*
 * Bounds a reader holds before it trusts anything, so a hostile bundle cannot make it allocate or
 * loop without end (docs/security.md S24). JSON entries are read into memory, attachments never.
 */
export const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
export const MAX_ENTRIES = 1_000_000;
export const MAX_ATTACHMENTS = 1_000_000;
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;
export const MAX_AUDIT_BYTES = 256 * 1024 * 1024;
export const MAX_SUMMARY_BYTES = 64 * 1024 * 1024;
export const MAX_README_BYTES = 64 * 1024;
export const MAX_CHECKSUMS_BYTES = 128 * 1024 * 1024;
/** All JSON and HTML entries together: what a reader holds in memory at once. */
export const MAX_TEXT_BYTES = 1024 * 1024 * 1024;
/** The whole archive (plaintext tar); a reader may be given a lower bound. */
export const MAX_BUNDLE_BYTES = 256 * 1024 * 1024 * 1024;
export const SIGNATURE_BYTES = 64;

export const TAR_BLOCK = 512;

/** Bytes an entry of `size` takes in the tar: one header block and the data padded to whole blocks. */
export function tarEntryBytes(size: number): number {
  return TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;
}

/** The exact size of a bundle's tar: every entry, then two zero blocks, nothing after. */
export function tarBytes(sizes: Iterable<number>): number {
  let total = 2 * TAR_BLOCK;
  for (const size of sizes) total += tarEntryBytes(size);
  return total;
}

/** Why a bundle was refused: `details.reason` of BUNDLE_INVALID, for logs, tests and the UI. */
export type BundleFailure =
  | 'archive'
  | 'archive-end'
  | 'too-large'
  | 'manifest-position'
  | 'manifest-size'
  | 'manifest-json'
  | 'manifest-format'
  | 'manifest-entries'
  | 'sender'
  | 'signature'
  | 'entry-type'
  | 'entry-path'
  | 'entry-unknown'
  | 'entry-duplicate'
  | 'entry-size'
  | 'entry-hash'
  | 'entry-missing'
  | 'record'
  | 'audit'
  | 'summary';

export function bundleInvalid(reason: BundleFailure, message: string, details: Record<string, string | number> = {}): AppError {
  return new AppError('BUNDLE_INVALID', `This bundle cannot be trusted: ${message}`, { details: { reason, ...details } });
}
