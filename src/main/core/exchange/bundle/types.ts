import type { Readable } from 'node:stream';
import type { AuditChange } from '../../../../shared/domain/views';
import type { BundleAttachment, BundleRecord, BundleSender } from '../bundle-types';

/** One entry of the sender's audit log, as the excerpt carries it (docs/export-format.md). */
export interface BundleAuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  recordKind: string | null;
  recordId: string | null;
  changes: AuditChange[];
  /** The hash of the entry before this one in the sender's chain: the receiver recomputes `hash` from it. */
  prevHash: string;
  hash: string;
}

/** The sender's whole chain at export time: its length and its newest hash, signed with the manifest. */
export interface BundleAuditHead {
  entries: number;
  hash: string;
}

/** The audit-log excerpt for the records in the bundle (chain of custody). */
export interface BundleAudit {
  head: BundleAuditHead;
  entries: BundleAuditEntry[];
}

/** A human-readable page for one case, for a partner who only has `age`. */
export interface BundleSummary {
  caseId: string;
  title: string;
  html: string;
}

/** What the manifest says about the bundle as a whole, besides its entries. */
export interface BundleHeaderFields {
  sender: BundleSender;
  /** age recipients (`age1…`) the bundle is encrypted to, as the sender named them. */
  recipients: string[];
  /** The redaction profile's name. */
  profile: string;
  /** This sender's bundle counter, from 1. */
  sequence: number;
  /** `manifestSha256` of the sender's previous bundle, or null for the first. */
  previous: string | null;
  /** ISO 8601 UTC. */
  createdAt: string;
}

/** An attachment to write: its description (hash and size as the vault knows them) and its bytes on demand. */
export type BundleAttachmentSource = BundleAttachment & { open(): Promise<Readable> };

/** `recipients` is not given: the manifest names the ones the bundle is really encrypted to (`o.recipients`). */
export interface BundleInput extends Omit<BundleHeaderFields, 'recipients'> {
  records: BundleRecord[];
  attachments: BundleAttachmentSource[];
  audit: BundleAudit;
  /** Listed in README.txt by title; the title travels nowhere else (it is in the page itself). */
  summaries: BundleSummary[];
}

export interface WriteBundleOptions {
  /** X25519 public keys (32 bytes) the bundle is encrypted to. */
  recipients: Uint8Array[];
  passphrase?: string;
  /** The sender's Ed25519 secret key (64 bytes), signing the manifest. */
  signingSecretKey: Uint8Array;
  /** Bytes of the archive written so far and in all; called often, ends with done === total. */
  onProgress?(done: number, total: number): void;
}

export interface WrittenBundle {
  /** Size of the file written. */
  bytes: number;
  /** SHA-256 (hex) of the exact manifest.json bytes: what the next bundle names as `previous`. */
  manifestSha256: string;
  bundleId: string;
}

/** One archive entry as the manifest lists it. */
export interface BundleManifestEntry {
  path: string;
  size: number;
  sha256: string;
}

/** manifest.json, parsed and checked (docs/export-format.md). */
export interface BundleManifest extends BundleHeaderFields {
  format: 'casekeep-bundle';
  version: number;
  bundleId: string;
  audit: BundleAuditHead;
  attachments: BundleAttachment[];
  entries: BundleManifestEntry[];
}

export interface ReadBundleOptions {
  /** X25519 secret keys (32 bytes) to try. */
  identities: Uint8Array[];
  passphrase?: string;
  /**
   * Receives each distinct attachment's bytes once (`att` is the first description with that
   * hash), and must read them to the end. It is called only after the manifest's signature
   * verified and only for a hash the manifest lists; the bytes' hash is checked as they pass, so
   * if readBundle then rejects, the caller discards everything the sink received.
   */
  attachmentSink(att: BundleAttachment, bytes: Readable): Promise<void>;
  /** Encrypted bytes read so far and in all (total is 0 when the input is a stream of unknown size). */
  onProgress?(done: number, total: number): void;
  /** Upper bound on the archive's plaintext size; defaults to MAX_BUNDLE_BYTES. */
  maxBytes?: number;
  /** Also hand back the exact bytes of every entry but the attachments (to extract them as they are). */
  keepFiles?: boolean;
}

/**
 * A bundle whose every entry, hash, size and audit entry checked out and whose manifest is signed
 * by `signingKey`. Whether that key is trusted is the caller's decision (the address book).
 */
export interface VerifiedBundle {
  manifest: BundleManifest;
  manifestSha256: string;
  /** The signer's Ed25519 public key (32 bytes), equal to manifest.sender.signingKey. */
  signingKey: Uint8Array;
  records: BundleRecord[];
  attachments: BundleAttachment[];
  audit: BundleAudit;
  summaries: Array<{ caseId: string; html: string }>;
  /** With `keepFiles`: path → exact bytes of manifest.json, manifest.sig and every entry but the attachments. */
  files?: Map<string, Uint8Array>;
}
