/**
 * Bundles: the signed, encrypted archives partners exchange (docs/export-format.md,
 * docs/security.md S21, S24). writeBundle streams records and attachments into an age-encrypted
 * tar; readBundle verifies every byte of one before it resolves.
 */
import type { Readable } from 'node:stream';
import { AppError } from '../../../../shared/errors';
import type { BundleInput, ReadBundleOptions, VerifiedBundle, WriteBundleOptions, WrittenBundle } from './types';

export type * from './types';

/** Writes `input` to `out` (temp name in the same folder, fsync, rename: docs/security.md S19). */
export async function writeBundle(out: string, input: BundleInput, o: WriteBundleOptions): Promise<WrittenBundle> {
  void out;
  void input;
  void o;
  throw new AppError('INTERNAL', 'Bundles are not written yet.');
}

/**
 * Decrypts and verifies a bundle. Rejects with BUNDLE_NOT_FOR_US, BUNDLE_TOO_NEW or
 * BUNDLE_INVALID (`details.reason`) on any fault; resolves only when everything checked out.
 */
export async function readBundle(input: Readable | string, o: ReadBundleOptions): Promise<VerifiedBundle> {
  void input;
  void o;
  throw new AppError('INTERNAL', 'Bundles are not read yet.');
}
