import { z } from 'zod';
import { uuid } from '../domain/common';
import { RECORD_KINDS, testimonyData, type RecordData, type RecordKind, type SourceIdentity } from '../domain/records';
import { method } from './define';

/**
 * Drafts (docs/security.md S18): whatever a form holds that is not saved yet, of any kind of
 * record. A draft of a finished record is kept apart from it and changes nothing until the user
 * saves; a draft of a record not created yet has no record id. A draft never fails the record's
 * schema, but it is bounded: a page cannot fill the vault through it.
 */
export const DRAFT_LIMITS = {
  /** UTF-8 bytes of the draft as JSON. */
  bytes: 2 * 1024 * 1024,
  /** Nesting of objects and arrays. */
  depth: 16,
  /** Keys of one object, items of one array. */
  width: 5000,
  /** Values in the whole draft. */
  nodes: 100_000,
  /** Drafts of records not created yet, all kinds together. */
  newDrafts: 200,
  /** Characters of one field of a protected identity in a draft. */
  identityField: 20_000,
} as const;

/** A half-typed testimony as saved while the user types: every field valid on its own, or absent. */
export type TestimonyDraftData = Partial<RecordData<'testimony'>>;

/**
 * A testimony draft never fails: each field is kept when it is valid on its own and dropped when
 * it is not, and anything that is not an object is an empty draft. What is dropped is what the
 * record's schema would refuse; the words typed into a valid field are kept.
 */
export const testimonyDraftData = z.unknown().transform((input): TestimonyDraftData => {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return {};
  const shape: Record<string, z.ZodType> = testimonyData.shape;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const field = shape[key];
    if (!field) continue;
    const parsed = field.optional().safeParse(value);
    if (parsed.success && parsed.data !== undefined) kept[key] = parsed.data;
  }
  return kept as TestimonyDraftData;
});

export interface Draft {
  id: string;
  kind: RecordKind;
  /** The record this is an edit of; null for a record not created yet. */
  recordId: string | null;
  data: unknown;
  /**
   * A source form's protected identity as typed, when it holds one: kept apart from `data`, sealed
   * like a source's own identity, and sent back only by `drafts.get` to the form restoring it.
   */
  identity?: SourceIdentity;
  updatedAt: string;
}

export type DraftSummary = Omit<Draft, 'data' | 'identity'>;

/** A draft in a list: without its data (a list of 2 MB drafts would be too much to send), with the cases it names. */
export type DraftListItem = DraftSummary & { caseIds: string[] };

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // A surrogate half counts 2: a pair is 4 bytes, as UTF-8 writes it.
    else if (unit >= 0xd800 && unit <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/**
 * Why a value is not a bounded JSON document, or null when it is. Walks with explicit limits
 * before anything serialises it, so a deep, wide or cyclic value (structured clone allows
 * cycles) is refused cheaply instead of exhausting the stack.
 */
export function draftDataProblem(value: unknown): string | null {
  let nodes = 0;
  const walk = (node: unknown, depth: number): string | null => {
    nodes += 1;
    if (nodes > DRAFT_LIMITS.nodes) return `A draft holds at most ${DRAFT_LIMITS.nodes} values.`;
    if (node === null || typeof node === 'boolean' || typeof node === 'string') return null;
    if (typeof node === 'number') return Number.isFinite(node) ? null : 'A draft holds only finite numbers.';
    if (typeof node !== 'object') return 'A draft holds only JSON values.';
    if (depth >= DRAFT_LIMITS.depth) return `A draft nests at most ${DRAFT_LIMITS.depth} levels deep.`;
    const isArray = Array.isArray(node);
    if (!isArray && Object.getPrototypeOf(node) !== Object.prototype && Object.getPrototypeOf(node) !== null) {
      return 'A draft holds only plain objects and arrays.';
    }
    const children = isArray ? (node as unknown[]) : Object.values(node as Record<string, unknown>);
    if (children.length > DRAFT_LIMITS.width) return `An object or list in a draft holds at most ${DRAFT_LIMITS.width} entries.`;
    for (const child of children) {
      const problem = walk(child, depth + 1);
      if (problem) return problem;
    }
    return null;
  };
  const problem = walk(value, 0);
  if (problem) return problem;
  if (utf8Bytes(JSON.stringify(value)) > DRAFT_LIMITS.bytes) return `A draft is at most ${DRAFT_LIMITS.bytes / (1024 * 1024)} MB.`;
  return null;
}

/** Any JSON the form holds, within DRAFT_LIMITS. */
export const draftData = z.unknown().superRefine((value, ctx) => {
  const problem = value === undefined ? 'A draft needs data.' : draftDataProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const kind = z.enum(RECORD_KINDS);

const typedText = z.string().max(DRAFT_LIMITS.identityField).optional();

/**
 * A source's protected identity half-typed: the fields of `sourceIdentity`, as the form holds
 * them (untrimmed, perhaps over the record's limits, which the record's save checks). Bounded
 * all the same, and never part of `data`.
 */
export const draftIdentity = z.object({ realName: typedText, phone: typedText, address: typedText, notes: typedText }).strict();

export const saveDraftInput = z
  .object({
    kind,
    /** The finished record this is an edit of: one draft per record, replaced on each save. */
    recordId: uuid.optional(),
    /** A draft of a new record, once its first save gave it an id. */
    draftId: uuid.optional(),
    data: draftData,
    /**
     * A source form's protected identity as typed (`draftIdentity`). Each save
     * replaces the draft's identity: a save without one leaves the draft with none.
     */
    identity: draftIdentity.optional(),
  })
  .strict()
  .refine((input) => !(input.recordId && input.draftId), { message: 'Name the record or the draft, not both.', path: ['draftId'] })
  .refine((input) => input.identity === undefined || input.kind === 'source', { message: 'Only a source has a protected identity.', path: ['identity'] });

export const getDraftInput = z
  .object({ draftId: uuid.optional(), recordId: uuid.optional() })
  .strict()
  .refine((input) => (input.draftId === undefined) !== (input.recordId === undefined), { message: 'Name the draft or its record.', path: ['draftId'] });

export const listDraftsInput = z
  .object({
    kind: kind.optional(),
    /** Only drafts of records not created yet. */
    newOnly: z.boolean().default(false),
  })
  .strict();

export const draftMethods = {
  'drafts.save': method<DraftSummary>()(saveDraftInput, { needsUnlock: true }),
  /** `draft` is null when there is none (a record with no unsaved edit). */
  'drafts.get': method<{ draft: Draft | null }>()(getDraftInput, { needsUnlock: true }),
  /** Newest first, without their data: `drafts.get` fetches the one wanted. */
  'drafts.list': method<DraftListItem[]>()(listDraftsInput, { needsUnlock: true }),
  /** Forgets a draft; discarding one that is already gone is not an error. */
  'drafts.discard': method<{ id: string }>()(z.object({ id: uuid }).strict(), { needsUnlock: true }),
};
