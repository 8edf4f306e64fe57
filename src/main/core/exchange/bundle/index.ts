/**
 * Bundles: the signed, encrypted archives partners exchange (docs/export-format.md,
 * docs/security.md S21, S24). writeBundle streams records and attachments into an age-encrypted
 * tar; readBundle verifies every byte of one before it resolves.
 */
export type * from './types';
export type { BundleAttachment, BundleRecord, BundleRecordHead, BundleSender, RecordVersion } from '../bundle-types';
export { writeBundle } from './write';
export { readBundle } from './read';
export { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, MAX_BUNDLE_BYTES, type BundleFailure } from './format';
