import { z } from 'zod';
import { uuid } from '../domain/common';
import { RECORD_KINDS, recordSchemas, sourceIdentity, type RecordKind } from '../domain/records';
import type { RecordPage, StoredRecord, TrashPage } from '../domain/views';
import { method } from './define';
import { testimonyDraftData } from './drafts';

const kind = z.enum(RECORD_KINDS);

const createFor = <K extends RecordKind>(k: K) => z.object({ kind: z.literal(k), data: recordSchemas[k] }).strict();

/** `{ kind: 'person', data: {...} }`: the data schema is chosen by the kind. */
export const createRecordInput = z.discriminatedUnion('kind', [
  createFor('case'),
  createFor('person'),
  z.object({ kind: z.literal('source'), data: recordSchemas.source, identity: sourceIdentity.optional() }).strict(),
  createFor('testimony'),
  createFor('incident'),
  createFor('organisation'),
]);

const updateFor = <K extends RecordKind>(k: K) =>
  z
    .object({
      kind: z.literal(k),
      id: uuid,
      data: recordSchemas[k],
      /** The updatedAt the editor started from; a newer one on disk is a CONFLICT, not an overwrite. */
      expectedUpdatedAt: z.string().max(40).optional(),
    })
    .strict();

export const updateRecordInput = z.discriminatedUnion('kind', [
  updateFor('case'),
  updateFor('person'),
  updateFor('source'),
  updateFor('testimony'),
  updateFor('incident'),
  updateFor('organisation'),
]);

export const SORT_KEYS = ['updated', 'created', 'label'] as const;

export const listRecordsInput = z
  .object({
    kind,
    caseId: uuid.optional(),
    includeDrafts: z.boolean().default(true),
    sort: z.enum(SORT_KEYS).default('updated'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

const byId = z.object({ id: uuid }).strict();

export const recordMethods = {
  'records.create': method<StoredRecord>()(createRecordInput, { needsUnlock: true }),
  'records.update': method<StoredRecord>()(updateRecordInput, { needsUnlock: true }),
  'records.get': method<StoredRecord>()(byId, { needsUnlock: true }),
  'records.list': method<RecordPage>()(listRecordsInput, { needsUnlock: true }),
  /**
   * The saved records of one kind that point at a record: the organisations a person belongs
   * to, the incidents an organisation took part in. Records in the trash are left out.
   */
  'records.referencing': method<StoredRecord[]>()(z.object({ id: uuid, kind }).strict(), { needsUnlock: true }),
  /** Moves to the trash; nothing is destroyed. */
  'records.delete': method<{ id: string; deletedAt: string }>()(byId, { needsUnlock: true }),
  /** A half-filled testimony, kept as typed: a draft never fails validation. */
  'testimonies.saveDraft': method<StoredRecord<'testimony'>>()(
    z.object({ id: uuid.optional(), data: testimonyDraftData }).strict(),
    { needsUnlock: true },
  ),
  'sources.revealIdentity': method<z.infer<typeof sourceIdentity>>()(
    z.object({ id: uuid, reason: z.string().trim().min(1, 'Say why.').max(500) }).strict(),
    { needsUnlock: true },
  ),
  'sources.setIdentity': method<{ id: string }>()(z.object({ id: uuid, identity: sourceIdentity }).strict(), {
    needsUnlock: true,
  }),
  /** Newest first, a page at a time: records and attachments merged by when they were deleted. */
  'trash.list': method<TrashPage>()(
    z
      .object({
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    { needsUnlock: true },
  ),
  'trash.restore': method<{ id: string }>()(byId, { needsUnlock: true }),
  /** Destroys for good; the literal `confirm: true` is the separate, confirmed act. */
  'trash.purge': method<{ id: string }>()(z.object({ id: uuid, confirm: z.literal(true) }).strict(), {
    needsUnlock: true,
  }),
};
