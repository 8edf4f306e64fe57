import { z } from 'zod';
import { RECORD_KINDS, sourceIdentity } from '../../../../shared/domain/records';
import type { BundleRecord } from '../bundle-types';
import type { BundleAudit, BundleManifest, BundleSummary } from './types';
import { BUNDLE_FORMAT, ENTRY_PATH, MAX_ATTACHMENTS, MAX_ENTRIES } from './format';

/*
 * What a reader accepts, field by field. Every object is strict: a field this version does not
 * know is a sign of a newer writer or of tampering, and is refused rather than dropped.
 */
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/);
const text = (max: number) => z.string().max(max);
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const data = z.record(z.string().max(200), z.unknown());
const fieldPaths = z.array(text(300)).max(10_000);

export const senderSchema = z
  .object({
    vaultId: id,
    name: text(300),
    recipient: z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/),
    signingKey: z.string().regex(/^[A-Za-z0-9+/]{43}$/),
    fingerprint: z.string().regex(/^\d{5}( \d{5}){5}$/),
  })
  .strict();

export const attachmentSchema = z
  .object({
    id,
    ownerId: id,
    name: text(1000),
    mime: text(200),
    size: count,
    sha256: sha256Hex,
    createdAt: isoTime,
    origin: id,
  })
  .strict();

const entrySchema = z
  .object({
    path: z.string().regex(ENTRY_PATH),
    size: count,
    sha256: sha256Hex,
  })
  .strict();

export const manifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.number().int().positive(),
    bundleId: id,
    createdAt: isoTime,
    sender: senderSchema,
    recipients: z.array(z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/)).max(100),
    profile: text(100),
    sequence: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    previous: sha256Hex.nullable(),
    audit: z.object({ entries: count, hash: sha256Hex }).strict(),
    attachments: z.array(attachmentSchema).max(MAX_ATTACHMENTS),
    entries: z.array(entrySchema).max(MAX_ENTRIES),
  })
  .strict();

const versionFields = {
  version: sha256Hex,
  ancestors: z.array(sha256Hex).max(100_000),
};

const headSchema = z
  .object({
    ...versionFields,
    data,
    updatedAt: isoTime,
    deletedAt: isoTime.nullable(),
    redacted: fieldPaths,
  })
  .strict();

export const recordSchema = z
  .object({
    ...versionFields,
    id,
    kind: z.enum(RECORD_KINDS),
    data,
    caseIds: z.array(id).max(1000),
    createdAt: isoTime,
    updatedAt: isoTime,
    origin: id,
    deletedAt: isoTime.nullable(),
    redacted: fieldPaths,
    otherHeads: z.array(headSchema).max(100).optional(),
    pseudonym: text(100).optional(),
    identity: sourceIdentity.optional(),
  })
  .strict();

const auditEntrySchema = z
  .object({
    seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    at: isoTime,
    actor: text(300),
    action: text(100),
    recordKind: text(100).nullable(),
    recordId: text(100).nullable(),
    changes: z
      .array(
        z
          .object({ field: text(300), hash: sha256Hex.optional(), removed: z.literal(true).optional(), note: text(10_000).optional() })
          .strict(),
      )
      .max(10_000),
    prevHash: sha256Hex,
    hash: sha256Hex,
  })
  .strict();

export const auditSchema = z
  .object({
    head: z.object({ entries: count, hash: sha256Hex }).strict(),
    entries: z.array(auditEntrySchema).max(MAX_ENTRIES),
  })
  .strict();

export const summarySchema = z.object({ caseId: id, title: text(1000), html: z.string() }).strict();

// The schemas must read exactly the types the rest of the code writes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const check = <T extends true>(value: T) => value;
check<Same<z.infer<typeof manifestSchema>, BundleManifest>>(true);
check<Same<z.infer<typeof auditSchema>, BundleAudit>>(true);
check<Same<z.infer<typeof summarySchema>, BundleSummary>>(true);
check<Same<z.infer<typeof recordSchema>, BundleRecord>>(true);
