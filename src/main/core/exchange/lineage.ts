import type { Queryable } from '../db/database';
import type { RecordVersion } from './bundle-types';
import { markSent, nextOutgoing } from './bundle-log';
import { exportVersions, otherHeadsForExport } from './lineage-store';
import type { Head } from './merge-engine';

/**
 * Where each record stands in its exchanged history (migration 0080): the versions this vault
 * knows, as a small DAG, so that merging bundles is a union of sets and does not depend on their
 * order (merge-engine.ts). This is what the export side calls.
 */

/**
 * The version to send for each record. When a record changed since it was last exchanged (or
 * never was), its current content is recorded as a new version whose parents are its head(s).
 * Drafts and records that do not exist (or were destroyed) are left out of the map.
 */
export function versionsForExport(db: Queryable, recordIds: string[]): Promise<Map<string, RecordVersion>> {
  return exportVersions(db, recordIds);
}

/**
 * For records in an open conflict, the other sides with their content, to travel as
 * `BundleRecord.otherHeads` after the same redaction as the record's own data. Call after
 * versionsForExport.
 */
export function conflictHeadsForExport(db: Queryable, recordIds: string[]): Promise<Map<string, Head[]>> {
  return otherHeadsForExport(db, recordIds);
}

/** The number and previous-bundle hash the next outgoing bundle carries. */
export function outgoingSequence(db: Queryable): Promise<{ sequence: number; previous: string | null }> {
  return nextOutgoing(db);
}

/** Remembers that a bundle went out, once it is written; the next one names it as previous. */
export function recordBundleSent(db: Queryable, sent: { sequence: number; bundleHash: string }): Promise<void> {
  return markSent(db, sent);
}
