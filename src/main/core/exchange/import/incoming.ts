import { z } from 'zod';
import { uuid } from '../../../../shared/domain/common';
import { RECORD_KINDS, recordSchemas, type RecordKind } from '../../../../shared/domain/records';
import { AppError } from '../../../../shared/errors';
import type { BundleAttachment, BundleRecord, BundleRecordHead, BundleSender } from '../bundle-types';
import type { Head } from '../merge-engine';

/** A bundle as the import pipeline takes it, once the bundle reader has verified it whole. */
export interface IncomingBundle {
  sender: BundleSender;
  /** Fingerprint and base64 of the key that signed the manifest, as the reader checked it. */
  signer: { signingKey: string; fingerprint: string };
  profile: string;
  createdAt: string;
  sequence: number;
  previous: string | null;
  /** SHA-256 of the manifest: the bundle's name in the sequence log. */
  bundleHash: string;
  records: BundleRecord[];
  attachments: BundleAttachment[];
}

/** One incoming record, checked: its heads as the merge engine reads them. */
export interface IncomingRecord {
  id: string;
  kind: RecordKind;
  createdAt: string;
  origin: string;
  /** The version the record is sent as, then the other sides of a conflict at the sender. */
  heads: Array<Head & { redacted: string[] }>;
}

const versionId = z.string().regex(/^[0-9a-f]{64}$/);
const time = z.string().min(10).max(40);
const versionFields = {
  version: versionId,
  ancestors: z.array(versionId).max(100_000),
  data: z.record(z.string(), z.unknown()),
  updatedAt: time,
  deletedAt: time.nullable(),
  redacted: z.array(z.string().max(300)).max(1000),
};

const headSchema = z.object(versionFields).strip();
const recordSchema = z
  .object({
    ...versionFields,
    id: uuid,
    kind: z.enum(RECORD_KINDS),
    caseIds: z.array(uuid).max(200),
    createdAt: time,
    origin: uuid,
    otherHeads: z.array(headSchema).max(50).optional(),
  })
  .strip();

function refuse(index: number, why: string): never {
  throw new AppError('BUNDLE_INVALID', `Record ${index + 1} of the bundle is not valid: ${why}. Nothing was imported.`, {
    details: { reason: 'record-invalid', record: index + 1 },
  });
}

function checkedData(kind: RecordKind, data: Record<string, unknown>, index: number): Record<string, unknown> {
  const parsed = recordSchemas[kind].safeParse(data);
  if (!parsed.success) refuse(index, `its ${kind} fields do not pass this vault's checks (${parsed.error.issues[0]?.path.join('.') ?? 'data'})`);
  return parsed.data as Record<string, unknown>;
}

function toHead(kind: RecordKind, head: Pick<BundleRecordHead, 'version' | 'ancestors' | 'data' | 'updatedAt' | 'deletedAt' | 'redacted'>, index: number) {
  if (head.ancestors.includes(head.version)) refuse(index, 'a version lists itself as its ancestor');
  return {
    version: head.version,
    ancestors: [...new Set(head.ancestors)].sort(),
    content: { kind, data: checkedData(kind, head.data, index), deletedAt: head.deletedAt, updatedAt: head.updatedAt },
    redacted: head.redacted,
  };
}

/**
 * Every record of a verified bundle, read with the same schemas as a record typed here: a
 * signed bundle can still hold what this version of Casekeep cannot store, and that is refused
 * whole before anything is written.
 */
export function checkRecords(records: readonly unknown[]): IncomingRecord[] {
  const seen = new Set<string>();
  return records.map((raw, index) => {
    const parsed = recordSchema.safeParse(raw);
    if (!parsed.success) refuse(index, `${parsed.error.issues[0]?.path.join('.') || 'its shape'} is missing or malformed`);
    const r = parsed.data;
    if (seen.has(r.id)) refuse(index, 'the same record appears twice');
    seen.add(r.id);
    return {
      id: r.id,
      kind: r.kind,
      createdAt: r.createdAt,
      origin: r.origin,
      heads: [toHead(r.kind, r, index), ...(r.otherHeads ?? []).map((h) => toHead(r.kind, h, index))],
    };
  });
}
