import type { RecordKind, SourceIdentity } from '../../../shared/domain/records';

/**
 * Where a record's content stands in its history, as exchanged between vaults. A version id is
 * a SHA-256 (lowercase hex) named by the lineage code (exchange/lineage.ts); `ancestors` lists
 * every earlier version id this vault knows for the record, so a receiver can tell a fast-forward
 * from a conflict without having seen the bundles in between.
 */
export interface RecordVersion {
  version: string;
  ancestors: string[];
}

/** One record as it travels in a bundle, after redaction. */
export interface BundleRecord extends RecordVersion {
  id: string;
  kind: RecordKind;
  /** The record's data as the contract's schema for its kind reads it, minus what redaction removed. */
  data: Record<string, unknown>;
  caseIds: string[];
  createdAt: string;
  updatedAt: string;
  /** The vault id that first made the record. */
  origin: string;
  deletedAt: string | null;
  /** Dotted paths of the fields redaction left out, so a receiver never reads a gap as "empty". */
  redacted: string[];
  /**
   * When the record is in conflict at the sender: the other sides, each with its own version and
   * content (after the same redaction), so the receiver keeps every side too (exchange/lineage.ts).
   */
  otherHeads?: BundleRecordHead[];
  /** Sources only: the citation code the sending vault gave the source (S-0014). */
  pseudonym?: string;
  /**
   * Sources only, and only under the `archive` profile (to the organisation's own key): the
   * protected identity. Every other profile leaves it out and names `identity` in `redacted`.
   */
  identity?: SourceIdentity;
}

/** One more head of a record in conflict, as it travels beside the record. */
export interface BundleRecordHead extends RecordVersion {
  data: Record<string, unknown>;
  updatedAt: string;
  deletedAt: string | null;
  redacted: string[];
}

/** One attachment's description; its bytes travel as their own archive entry, named by hash. */
export interface BundleAttachment {
  id: string;
  ownerId: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  createdAt: string;
  origin: string;
}

/** The sending vault as a bundle names it. */
export interface BundleSender {
  vaultId: string;
  name: string;
  /** age recipient `age1…` of the sender's X25519 key. */
  recipient: string;
  /** Ed25519 public key, base64 (canonical, unpadded). */
  signingKey: string;
  fingerprint: string;
}
