import { v7 as uuidv7 } from 'uuid';
import { DRAFT_LIMITS, draftDataProblem, type Draft, type DraftListItem, type DraftSummary } from '../../../shared/api/drafts';
import type { RecordKind, SourceIdentity } from '../../../shared/domain/records';
import { AppError } from '../../../shared/errors';
import type { Database, Queryable } from '../db/database';
import { sql } from '../db/sql';
import type { IdentitySealer } from './source-identity';

interface DraftRow {
  id: string;
  kind: RecordKind;
  record_id: string | null;
  data: string;
  /** The sealed protected identity of a source form, bound to this draft's id; never in `data`. */
  secret: Uint8Array | null;
  updated_at: string;
}

function toSummary(row: Omit<DraftRow, 'data' | 'secret'>): DraftSummary {
  return { id: row.id, kind: row.kind, recordId: row.record_id, updatedAt: row.updated_at };
}

/** Nothing typed into any field of the identity: the draft keeps no secret for it. */
function isBlank(identity: SourceIdentity | undefined): boolean {
  return !identity || Object.values(identity).every((value) => value === undefined || value === '');
}

/** The `caseIds` of a draft's data, if it is a list of strings; a draft's data is free-form. */
function caseIdsOf(json: string | null): string[] {
  if (json === null) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').slice(0, 100) : [];
  } catch {
    return [];
  }
}

function refused(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { fields: [{ path, message }] });
}

async function checkRecord(tx: Queryable, kind: RecordKind, recordId: string): Promise<void> {
  const row = await tx.get<{ kind: RecordKind; deleted_at: string | null }>(sql`SELECT kind, deleted_at FROM records WHERE id = ${recordId}`);
  if (!row) throw new AppError('NOT_FOUND', 'No record with this id.');
  if (row.kind !== kind) throw refused('kind', `This record is a ${row.kind}, not a ${kind}.`);
  if (row.deleted_at) throw new AppError('CONFLICT', 'This record is in the trash. Restore it first.');
}

/**
 * Unsaved form contents (docs/security.md S18). Drafts are saved every second or so while
 * someone types, so they are not audited: the audit log records what the record became when
 * the user saved it, not each keystroke on the way. A source form's protected identity is kept
 * apart from the data: sealed with `identities` (bound to the draft's id) in the row's `secret`,
 * which no list or search reads, and which goes with the row when the draft or its record does.
 */
export class DraftStore {
  constructor(
    private readonly db: Database,
    private readonly identities?: IdentitySealer,
  ) {}

  private async seal(id: string, identity: SourceIdentity | undefined): Promise<Uint8Array | null> {
    if (isBlank(identity)) return null;
    if (!this.identities) throw new AppError('INTERNAL', 'Drafts cannot keep a protected identity here.');
    return this.identities.seal(id, identity!);
  }

  private async toDraft(row: DraftRow): Promise<Draft> {
    const draft: Draft = { ...toSummary(row), data: JSON.parse(row.data) as unknown };
    if (row.secret === null) return draft;
    if (!this.identities) throw new AppError('INTERNAL', 'Drafts cannot open a protected identity here.');
    return { ...draft, identity: await this.identities.open(row.id, row.secret) };
  }

  async save(input: {
    kind: RecordKind;
    recordId?: string | undefined;
    draftId?: string | undefined;
    data: unknown;
    identity?: SourceIdentity | undefined;
  }): Promise<DraftSummary> {
    // The contract checked the bounds already; the store does not rely on every caller having.
    const problem = draftDataProblem(input.data);
    if (problem) throw refused('data', problem);
    if (input.identity !== undefined && input.kind !== 'source') throw refused('identity', 'Only a source has a protected identity.');
    const json = JSON.stringify(input.data);
    const now = new Date().toISOString();
    return this.db.transaction(async (tx) => {
      if (input.recordId) {
        await checkRecord(tx, input.kind, input.recordId);
        const existing = await tx.get<{ id: string }>(sql`SELECT id FROM drafts WHERE record_id = ${input.recordId}`);
        const id = existing?.id ?? uuidv7();
        const secret = await this.seal(id, input.identity);
        if (existing) await tx.run(sql`UPDATE drafts SET data = ${json}, secret = ${secret}, updated_at = ${now} WHERE id = ${id}`);
        else await tx.run(sql`INSERT INTO drafts (id, kind, record_id, data, secret, updated_at) VALUES (${id}, ${input.kind}, ${input.recordId}, ${json}, ${secret}, ${now})`);
        return { id, kind: input.kind, recordId: input.recordId, updatedAt: now };
      }
      if (input.draftId) {
        const row = await tx.get<Omit<DraftRow, 'data' | 'secret'>>(sql`SELECT id, kind, record_id, updated_at FROM drafts WHERE id = ${input.draftId}`);
        // A discarded draft stays discarded: a late autosave must not bring it back.
        if (!row) throw new AppError('NOT_FOUND', 'This draft was discarded.');
        if (row.kind !== input.kind || row.record_id !== null) throw refused('draftId', 'This draft belongs to another form.');
        const secret = await this.seal(row.id, input.identity);
        await tx.run(sql`UPDATE drafts SET data = ${json}, secret = ${secret}, updated_at = ${now} WHERE id = ${row.id}`);
        return { id: row.id, kind: row.kind, recordId: null, updatedAt: now };
      }
      const count = await tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM drafts WHERE record_id IS NULL`);
      if ((count?.n ?? 0) >= DRAFT_LIMITS.newDrafts) {
        throw new AppError('CONFLICT', `There are already ${DRAFT_LIMITS.newDrafts} unsaved new records. Save or discard some first.`);
      }
      const id = uuidv7();
      const secret = await this.seal(id, input.identity);
      await tx.run(sql`INSERT INTO drafts (id, kind, record_id, data, secret, updated_at) VALUES (${id}, ${input.kind}, NULL, ${json}, ${secret}, ${now})`);
      return { id, kind: input.kind, recordId: null, updatedAt: now };
    });
  }

  async get(by: { draftId?: string | undefined; recordId?: string | undefined }): Promise<Draft | null> {
    const row = by.draftId
      ? await this.db.get<DraftRow>(sql`SELECT * FROM drafts WHERE id = ${by.draftId}`)
      : await this.db.get<DraftRow>(sql`SELECT * FROM drafts WHERE record_id = ${by.recordId ?? null}`);
    return row ? this.toDraft(row) : null;
  }

  /** Newest first, without the data; the cases a draft names let a form find its own. */
  async list(options: { kind?: RecordKind | undefined; newOnly: boolean }): Promise<DraftListItem[]> {
    const ofKind = options.kind ? sql`AND kind = ${options.kind}` : sql``;
    const newOnly = options.newOnly ? sql`AND record_id IS NULL` : sql``;
    // Named columns: a list never carries the sealed identity, not even to throw it away.
    const rows = await this.db.all<Omit<DraftRow, 'data' | 'secret'> & { case_ids: string | null }>(sql`
      SELECT id, kind, record_id, updated_at, json_extract(data, '$.caseIds') AS case_ids
      FROM drafts WHERE 1 = 1 ${ofKind} ${newOnly} ORDER BY updated_at DESC, id DESC LIMIT 500`);
    return rows.map((row) => ({ ...toSummary(row), caseIds: caseIdsOf(row.case_ids) }));
  }

  async discard(id: string): Promise<{ id: string }> {
    await this.db.run(sql`DELETE FROM drafts WHERE id = ${id}`);
    return { id };
  }
}
