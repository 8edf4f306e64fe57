import { parseRecipient } from '../../crypto/age';
import { decodeBase64 } from '../../crypto/age/base64';
import { sha256Hex } from '../../crypto/hash';
import { verifyDetached } from '../../crypto/signing';
import { AppError } from '../../../../shared/errors';
import { fingerprint } from '../fingerprint';
import {
  AUDIT_PATH,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  bundleInvalid,
  CHECKSUMS_PATH,
  MANIFEST_PATH,
  MAX_AUDIT_BYTES,
  MAX_CHECKSUMS_BYTES,
  MAX_README_BYTES,
  MAX_RECORD_BYTES,
  MAX_SUMMARY_BYTES,
  MAX_TEXT_BYTES,
  README_PATH,
  SIGNATURE_PATH,
  tarBytes,
} from './format';
import { manifestSchema } from './schema';
import type { BundleManifest, BundleManifestEntry } from './types';

/*
 * The manifest is read and checked before any other entry: its version first (a newer writer's
 * manifest may not fit this schema), then its shape, then that it agrees with itself. Only then
 * are the following entries measured against it (docs/export-format.md "Reading").
 */

const decoder = new TextDecoder('utf-8', { fatal: true });

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(bytes)) as unknown;
  } catch {
    throw bundleInvalid('manifest-json', 'the manifest is not JSON.');
  }
}

export function parseManifest(bytes: Uint8Array): BundleManifest {
  const raw = parseJson(bytes);
  const head = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (head.format !== BUNDLE_FORMAT) throw bundleInvalid('manifest-format', 'the manifest does not name the Casekeep bundle format.');
  if (typeof head.version !== 'number' || !Number.isInteger(head.version) || head.version < 1) {
    throw bundleInvalid('manifest-format', 'the manifest has no valid format version.');
  }
  if (head.version > BUNDLE_FORMAT_VERSION) {
    throw new AppError('BUNDLE_TOO_NEW', `This bundle uses format version ${head.version}; this version of Casekeep reads up to ${BUNDLE_FORMAT_VERSION}. Update Casekeep to open it.`, {
      details: { version: head.version, supported: BUNDLE_FORMAT_VERSION },
    });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw bundleInvalid('manifest-json', `the manifest is not valid at ${issue?.path.join('.') || '(top)'}.`);
  }
  return parsed.data;
}

/** The largest size each kind of entry may have: JSON and text are read into memory. */
function maxSize(path: string): number {
  if (path === README_PATH) return MAX_README_BYTES;
  if (path === CHECKSUMS_PATH) return MAX_CHECKSUMS_BYTES;
  if (path === AUDIT_PATH) return MAX_AUDIT_BYTES;
  if (path.startsWith('records/')) return MAX_RECORD_BYTES;
  if (path.startsWith('summary/')) return MAX_SUMMARY_BYTES;
  return Number.MAX_SAFE_INTEGER;
}

/** SHA256SUMS as the manifest implies it: one line per listed entry but itself, in manifest order. */
export function checksumsText(entries: readonly BundleManifestEntry[]): string {
  return entries
    .filter((e) => e.path !== CHECKSUMS_PATH)
    .map((e) => `${e.sha256}  ${e.path}\n`)
    .join('');
}

/** The manifest agrees with itself: each path once, the fixed entries there, attachments described, sizes within bounds. */
export function checkManifest(manifest: BundleManifest, maxBytes: number, manifestBytes: number): number {
  const entries = new Map<string, BundleManifestEntry>();
  const refuse = (message: string, details: Record<string, string | number> = {}) => bundleInvalid('manifest-entries', message, details);
  for (const entry of manifest.entries) {
    if (entries.has(entry.path)) throw refuse('the manifest lists an entry twice.', { entry: entry.path });
    entries.set(entry.path, entry);
  }
  for (const fixed of [README_PATH, CHECKSUMS_PATH, AUDIT_PATH]) {
    if (!entries.has(fixed)) throw refuse(`the manifest does not list ${fixed}.`, { entry: fixed });
  }
  const described = new Map<string, number>();
  for (const att of manifest.attachments) {
    const entry = entries.get(`attachments/${att.sha256}`);
    if (!entry || entry.size !== att.size || entry.sha256 !== att.sha256) throw refuse('an attachment has no entry of its size and hash.', { attachment: att.id });
    described.set(entry.path, att.size);
  }
  let text = 0;
  for (const entry of manifest.entries) {
    if (entry.path.startsWith('attachments/')) {
      if (!described.has(entry.path) || entry.sha256 !== entry.path.slice('attachments/'.length)) throw refuse('an attachment entry is not described or not named by its hash.', { entry: entry.path });
      continue;
    }
    if (entry.size > maxSize(entry.path)) throw bundleInvalid('too-large', 'an entry is larger than this kind of entry may be.', { entry: entry.path });
    text += entry.size;
  }
  if (text > MAX_TEXT_BYTES) throw bundleInvalid('too-large', 'the records and texts together are larger than a bundle may hold.');
  const checksums = entries.get(CHECKSUMS_PATH)!;
  if (checksums.sha256 !== sha256Hex(checksumsText(manifest.entries))) throw refuse('SHA256SUMS does not match the manifest.');
  const total = tarBytes([manifestBytes, 64, ...manifest.entries.map((e) => e.size)]);
  if (total > maxBytes) throw bundleInvalid('too-large', `the bundle says it holds ${total} bytes, more than the ${maxBytes} allowed.`, { bytes: total });
  return total;
}

/** The signer's key, once the signature over the exact manifest bytes verifies and the sender's fingerprint matches its keys. */
export function checkSignature(manifest: BundleManifest, manifestBytes: Uint8Array, signature: Uint8Array): Uint8Array {
  const signingKey = decodeBase64(manifest.sender.signingKey);
  if (!signingKey || signingKey.length !== 32) throw bundleInvalid('sender', 'the sender\'s signing key is not a key.');
  if (!verifyDetached(signature, manifestBytes, signingKey)) throw bundleInvalid('signature', `${SIGNATURE_PATH} is not a valid signature of ${MANIFEST_PATH} by the key the sender names.`);
  let recipient: Uint8Array;
  try {
    recipient = parseRecipient(manifest.sender.recipient);
  } catch {
    throw bundleInvalid('sender', 'the sender\'s age recipient is not valid.');
  }
  if (fingerprint(recipient, signingKey) !== manifest.sender.fingerprint) throw bundleInvalid('sender', 'the sender\'s fingerprint does not match its keys.');
  return signingKey;
}
