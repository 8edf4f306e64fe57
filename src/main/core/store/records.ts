import { v7 as uuidv7 } from 'uuid';
import { testimonyDraftData, type TestimonyDraftData } from '../../../shared/api/drafts';
import { recordSchemas, type RecordData, type RecordInput, type RecordKind, type SourceIdentity } from '../../../shared/domain/records';
import type { RecordPage, StoredRecord, TrashPage } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import type { Database, Queryable } from '../db/database';
import { identifier, join, sql } from '../db/sql';
import { appendAudit, appendAuditEntries, diffFields } from './audit-log';
import { auditedData, checkCustomValues, customTexterFor } from './custom-values';
import { labelColumn } from './list-order';
import { kindModule } from './kinds';
import { storedLabel } from './labels';
import { toStoredRecord, type RecordRow } from './record-rows';
import { checkReferences, checkReferencesOfEach } from './references';
import { boundedJson, destroyRecordRows, indexRecord, keepRevision, nextPseudonyms, rowById, setCases, unindexRecord } from './record-writes';
import { searchBody } from './search-text';
import type { IdentitySealer } from './source-identity';
import { toTrashItem, trashCountSql, trashPageSql, type TrashRow } from './trash-page';

export interface WriteOptions {
  /** For imports and seeds: keep the record's own id, times and origin. */
  id?: string;
  createdAt?: string;
  updatedAt?: string;
  origin?: string;
  identity?: SourceIdentity;
  /** Ids of records written in the same batch, which need not exist yet. */
  pending?: ReadonlyMap<string, RecordKind>;
}

/** One record for insertMany, its data parsed by its kind's schema. */
export type NewRecord = { [K in RecordKind]: { kind: K; data: RecordData<K>; options?: WriteOptions } }[RecordKind];

/** A record for insertMany, parsed by its kind's schema so that defaults are filled in. */
export function newRecord<K extends RecordKind>(kind: K, input: unknown, options: WriteOptions = {}): NewRecord {
  return { kind, data: recordSchemas[kind].parse(input), options } as NewRecord;
}

/** The data with its checked custom values, the key left out when there are none. */
function withCustom<K extends RecordKind>(data: RecordData<K>, custom: RecordData<K>['custom']): RecordData<K> {
  const { custom: _sent, ...rest } = data;
  return (custom ? { ...rest, custom } : rest) as RecordData<K>;
}

/** Rows a statement for bulk inserts: 10 values each, far below SQLite's limit on bound values. */
const ROWS_A_STATEMENT = 64;

export interface StoreDeps {
  db: Database;
  vaultId: string;
  actor(): Promise<string>;
  identities: IdentitySealer;
}

/** Cases, people, sources, testimonies and incidents: write, read, list, trash. */
export class RecordStore {
  constructor(private readonly deps: StoreDeps) {}

  private now(): string {
    return new Date().toISOString();
  }

  /** The input is parsed again here: the store does not rely on every caller having checked it. */
  async create<K extends RecordKind>(kind: K, input: RecordInput<K>, options: WriteOptions = {}): Promise<StoredRecord> {
    const data = recordSchemas[kind].parse(input) as RecordData<K>;
    const actor = await this.deps.actor();
    return this.deps.db.transaction(async (tx) => {
      const custom = await checkCustomValues(tx, kind, data.custom, undefined);
      await kindModule(kind).checkWrite?.(tx, options.id, data);
      return this.insert(tx, kind, withCustom(data, custom), false, actor, options);
    });
  }

  /** Inserts inside a transaction the caller owns (imports write many records in one). */
  async insert<K extends RecordKind>(tx: Queryable, kind: K, data: RecordData<K>, draft: boolean, actor: string, options: WriteOptions = {}): Promise<StoredRecord> {
    const [stored] = await this.insertMany(tx, [{ kind, data, options } as NewRecord], draft, actor, options.pending);
    return stored as StoredRecord;
  }

  /**
   * Fresh records in a transaction the caller owns, a slice of rows a statement: one reference
   * check, one pseudonym counter update and one audit seal for the lot. Seeds and imports write
   * hundreds of thousands of records, and each statement is a trip to the driver's thread.
   */
  async insertMany(tx: Queryable, items: readonly NewRecord[], draft: boolean, actor: string, pending?: ReadonlyMap<string, RecordKind>): Promise<StoredRecord[]> {
    if (items.length === 0) return [];
    if (!draft) await checkReferencesOfEach(tx, items.map((item) => ({ kind: item.kind, data: item.data })), pending);
    const pseudonymous = (item: NewRecord) => kindModule(item.kind).pseudonymous === true;
    const pseudonyms = await nextPseudonyms(tx, items.filter(pseudonymous).length);
    const rows: RecordRow[] = [];
    const batchPseudonyms = new Map<string, string>();
    for (const item of items) {
      const { kind, data, options = {} } = item;
      const id = options.id ?? uuidv7();
      const createdAt = options.createdAt ?? this.now();
      const pseudonym = pseudonymous(item) ? (pseudonyms.shift() as string) : null;
      if (pseudonym) batchPseudonyms.set(id, pseudonym);
      rows.push({
        id,
        kind,
        label: await storedLabel(tx, kind, data, pseudonym, batchPseudonyms),
        data: boundedJson(data),
        draft: draft ? 1 : 0,
        secret: pseudonym !== null && options.identity ? await this.deps.identities.seal(id, options.identity) : null,
        pseudonym,
        created_at: createdAt,
        updated_at: options.updatedAt ?? createdAt,
        origin: options.origin ?? this.deps.vaultId,
        deleted_at: null,
      });
    }
    const rowids = new Map<string, number>();
    for (let at = 0; at < rows.length; at += ROWS_A_STATEMENT) {
      const slice = rows.slice(at, at + ROWS_A_STATEMENT);
      const values = join(slice.map((r) => sql`(${r.id}, ${r.kind}, ${r.label}, ${r.data}, ${r.draft}, ${r.secret}, ${r.pseudonym}, ${r.created_at}, ${r.updated_at}, ${r.origin})`));
      const inserted = await tx
        .all<{ id: string; rowid: number }>(sql`
          INSERT INTO records (id, kind, label, data, draft, secret, pseudonym, created_at, updated_at, origin)
          VALUES ${values} RETURNING id, rowid`)
        .catch((error: unknown) => {
          if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT') throw new AppError('CONFLICT', 'A record with this id already exists.');
          throw error;
        });
      for (const row of inserted) rowids.set(row.id, row.rowid);
    }
    // A fresh row needs no clean-up of old links or index entries.
    const links = rows.flatMap((r, i) => {
      const item = items[i] as NewRecord;
      return [...new Set(kindModule(item.kind).cases(item.data, r.id))].map((caseId) => sql`(${caseId}, ${r.id})`);
    });
    for (let at = 0; at < links.length; at += ROWS_A_STATEMENT) {
      await tx.run(sql`INSERT INTO record_cases (case_id, record_id) VALUES ${join(links.slice(at, at + ROWS_A_STATEMENT))}`);
    }
    const customText = await customTexterFor(tx, items.map((item) => item.data));
    const entries = items.map(({ kind, data }, i) => {
      const row = rows[i] as RecordRow;
      return sql`(${rowids.get(row.id) ?? null}, ${row.label}, ${searchBody(kind, data, row.pseudonym ? { pseudonym: row.pseudonym } : {}, customText(data.custom))})`;
    });
    for (let at = 0; at < entries.length; at += ROWS_A_STATEMENT) {
      await tx.run(sql`INSERT INTO search_index (rowid, label, body) VALUES ${join(entries.slice(at, at + ROWS_A_STATEMENT))}`);
    }
    await appendAuditEntries(
      tx,
      items.map(({ kind, data, options = {} }, i) => {
        const changes = diffFields(undefined, auditedData(data));
        if (options.identity) changes.push({ field: 'identity' });
        return { actor, action: draft ? 'create_draft' : 'create', recordKind: kind, recordId: (rows[i] as RecordRow).id, changes };
      }),
    );
    return rows.map(toStoredRecord);
  }

  async update<K extends RecordKind>(kind: K, id: string, input: RecordInput<K>, expectedUpdatedAt?: string): Promise<StoredRecord> {
    const parsed = recordSchemas[kind].parse(input) as RecordData<K>;
    const actor = await this.deps.actor();
    return this.deps.db.transaction(async (tx) => {
      const row = await rowById(tx, id);
      if (row.kind !== kind) throw new AppError('VALIDATION_FAILED', `This record is a ${row.kind}, not a ${kind}.`, { fields: [{ path: 'kind', message: 'Wrong kind.' }] });
      if (row.deleted_at) throw new AppError('CONFLICT', 'This record is in the trash. Restore it first.');
      if (expectedUpdatedAt && expectedUpdatedAt !== row.updated_at) {
        throw new AppError('CONFLICT', 'Someone changed this record since you opened it. Reload it to see the change.');
      }
      const stored = JSON.parse(row.data) as Partial<RecordData<K>>;
      const data = withCustom(parsed, await checkCustomValues(tx, kind, parsed.custom, stored.custom));
      await checkReferences(tx, kind, data);
      await kindModule(kind).checkWrite?.(tx, id, data);
      const json = boundedJson(data);
      const label = await storedLabel(tx, kind, data, row.pseudonym);
      const updatedAt = this.now();
      // A draft's autosaved states are not versions; a saved record's are.
      if (row.draft === 0) await keepRevision(tx, row);
      await tx.run(sql`UPDATE records SET data = ${json}, label = ${label}, draft = 0, updated_at = ${updatedAt} WHERE id = ${id}`);
      await setCases(tx, id, kind, data);
      await indexRecord(tx, id, kind, label, data, row.pseudonym ?? undefined);
      const changes = diffFields(auditedData(stored), auditedData(data));
      if (row.draft === 1) changes.push({ field: 'draft', new: false });
      await appendAudit(tx, { actor, action: 'update', recordKind: kind, recordId: id, changes });
      return toStoredRecord(await rowById(tx, id));
    });
  }

  /** A half-typed testimony: only the fields valid on their own are kept (`testimonyDraftData`). */
  async saveDraft(id: string | undefined, input: TestimonyDraftData): Promise<StoredRecord<'testimony'>> {
    // Parsed again: the store does not rely on every caller having gone through the contract.
    const data = testimonyDraftData.parse(input);
    const actor = await this.deps.actor();
    return this.deps.db.transaction(async (tx) => {
      // A draft is stored as typed: the schema's required fields may still be missing.
      if (!id) return (await this.insert(tx, 'testimony', data as RecordData<'testimony'>, true, actor)) as StoredRecord<'testimony'>;
      const row = await rowById(tx, id);
      if (row.kind !== 'testimony') throw new AppError('VALIDATION_FAILED', 'Only testimonies have drafts.', { fields: [{ path: 'id', message: 'Not a testimony.' }] });
      if (row.draft !== 1) throw new AppError('CONFLICT', 'This testimony is no longer a draft; edit it instead.');
      const label = await storedLabel(tx, 'testimony', data, null);
      await tx.run(sql`UPDATE records SET data = ${boundedJson(data)}, label = ${label}, updated_at = ${this.now()} WHERE id = ${id}`);
      await setCases(tx, id, 'testimony', data);
      await indexRecord(tx, id, 'testimony', label, data);
      // Autosave runs every few seconds: the log names the fields, not every keystroke's text.
      const fields = diffFields(auditedData(JSON.parse(row.data) as Record<string, unknown>), auditedData(data)).map((c) => ({ field: c.field }));
      if (fields.length > 0) await appendAudit(tx, { actor, action: 'save_draft', recordKind: 'testimony', recordId: id, changes: fields });
      return toStoredRecord(await rowById(tx, id)) as StoredRecord<'testimony'>;
    });
  }

  async get(id: string): Promise<StoredRecord> {
    return toStoredRecord(await rowById(this.deps.db, id));
  }

  async list(options: { kind: RecordKind; caseId?: string; includeDrafts: boolean; sort: 'updated' | 'created' | 'label'; direction: 'asc' | 'desc'; limit: number; offset: number }): Promise<RecordPage> {
    const column = identifier(labelColumn(options.sort), ['updated_at', 'created_at', 'label']);
    const direction = options.direction === 'asc' ? sql`ASC` : sql`DESC`;
    const inCase = options.caseId ? sql`AND id IN (SELECT record_id FROM record_cases WHERE case_id = ${options.caseId})` : sql``;
    const drafts = options.includeDrafts ? sql`` : sql`AND draft = 0`;
    // In a case its links lead: `+kind` keeps SQLite from walking every record of the kind in
    // records_by_kind and testing each against the case (tests/main/core/query-plans.test.ts).
    const kind = options.caseId ? sql`+kind` : sql`kind`;
    const where = sql`${kind} = ${options.kind} AND deleted_at IS NULL ${inCase} ${drafts}`;
    const rows = await this.deps.db.all<RecordRow>(sql`SELECT * FROM records WHERE ${where} ORDER BY ${column} ${direction}, id LIMIT ${options.limit} OFFSET ${options.offset}`);
    const total = await this.deps.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM records WHERE ${where}`);
    return { items: rows.map(toStoredRecord), total: total?.n ?? 0 };
  }

  /**
   * The saved, live records of one kind that point at `id`, by their kind's own references. The
   * id's text narrows the rows read; the references decide, so a note quoting an id is no link.
   */
  async referencing(id: string, kind: RecordKind): Promise<StoredRecord[]> {
    const rows = await this.deps.db.all<RecordRow>(
      sql`SELECT * FROM records WHERE kind = ${kind} AND deleted_at IS NULL AND draft = 0 AND instr(data, ${id}) > 0 ORDER BY label, id`,
    );
    const module = kindModule(kind);
    return rows.filter((row) => module.references(JSON.parse(row.data) as never).some((ref) => ref.id === id)).map(toStoredRecord);
  }

  async delete(id: string): Promise<{ id: string; deletedAt: string }> {
    const actor = await this.deps.actor();
    return this.deps.db.transaction(async (tx) => {
      const row = await rowById(tx, id);
      if (row.deleted_at) return { id, deletedAt: row.deleted_at };
      const deletedAt = this.now();
      await tx.run(sql`UPDATE records SET deleted_at = ${deletedAt} WHERE id = ${id}`);
      await unindexRecord(tx, id);
      await appendAudit(tx, { actor, action: 'delete', recordKind: row.kind, recordId: id, changes: [{ field: 'deletedAt' }] });
      return { id, deletedAt };
    });
  }

  /** Brings a record back from the trash; null when no record has this id. */
  async restore(id: string): Promise<{ id: string } | null> {
    const actor = await this.deps.actor();
    return this.deps.db.transaction(async (tx) => {
      const row = await tx.get<RecordRow>(sql`SELECT * FROM records WHERE id = ${id}`);
      if (!row) return null;
      if (!row.deleted_at) return { id };
      await tx.run(sql`UPDATE records SET deleted_at = NULL WHERE id = ${id}`);
      await indexRecord(tx, id, row.kind, row.label, JSON.parse(row.data) as Partial<RecordData<RecordKind>>, row.pseudonym ?? undefined);
      await appendAudit(tx, { actor, action: 'restore', recordKind: row.kind, recordId: id, changes: [{ field: 'deletedAt', old: row.deleted_at }] });
      return { id };
    });
  }

  /** Destroys a record that is already in the trash; null when no record has this id. */
  async purge(id: string): Promise<{ id: string; attachmentIds: string[] } | null> {
    const actor = await this.deps.actor();
    const purged = await this.deps.db.transaction(async (tx) => {
      const row = await tx.get<RecordRow>(sql`SELECT * FROM records WHERE id = ${id}`);
      if (!row) return null;
      if (!row.deleted_at) throw new AppError('CONFLICT', 'Move it to the trash before destroying it.');
      const owned = await tx.all<{ id: string }>(sql`SELECT id FROM attachments WHERE owner_id = ${id}`);
      await destroyRecordRows(tx, id);
      // The audit entry keeps that the record existed, and when it was destroyed. Its earlier
      // entries hold field names and keyed hashes only, so nothing readable of it is left there.
      await appendAudit(tx, { actor, action: 'purge', recordKind: row.kind, recordId: id, changes: [] });
      return { id, attachmentIds: owned.map((a) => a.id) };
    });
    // secure_delete zeroes the freed cells in the database file, but the WAL still holds the
    // pages as they were before the purge until a checkpoint copies them back and truncates it.
    if (purged) await this.deps.db.exec('PRAGMA wal_checkpoint(TRUNCATE);');
    return purged;
  }

  async trash(options: { limit: number; offset: number }): Promise<TrashPage> {
    const rows = await this.deps.db.all<TrashRow>(trashPageSql(options.limit, options.offset));
    const total = await this.deps.db.get<{ n: number }>(trashCountSql());
    return { items: rows.map(toTrashItem), total: total?.n ?? 0 };
  }

  async revealIdentity(id: string, reason: string): Promise<SourceIdentity> {
    const actor = await this.deps.actor();
    return this.deps.db.transaction(async (tx) => {
      const row = await rowById(tx, id);
      if (row.kind !== 'source') throw new AppError('VALIDATION_FAILED', 'Only sources have a protected identity.', { fields: [{ path: 'id', message: 'Not a source.' }] });
      if (!row.secret) throw new AppError('NOT_FOUND', 'No identity is on file for this source.');
      const identity = await this.deps.identities.open(id, row.secret);
      // The reveal commits only with its audit entry.
      await appendAudit(tx, { actor, action: 'reveal_identity', recordKind: 'source', recordId: id, changes: [{ field: 'reason', note: reason }] });
      return identity;
    });
  }

  async setIdentity(id: string, identity: SourceIdentity): Promise<{ id: string }> {
    const actor = await this.deps.actor();
    return this.deps.db.transaction(async (tx) => {
      const row = await rowById(tx, id);
      if (row.kind !== 'source') throw new AppError('VALIDATION_FAILED', 'Only sources have a protected identity.', { fields: [{ path: 'id', message: 'Not a source.' }] });
      const secret = await this.deps.identities.seal(id, identity);
      await tx.run(sql`UPDATE records SET secret = ${secret}, updated_at = ${this.now()} WHERE id = ${id}`);
      await appendAudit(tx, { actor, action: 'set_identity', recordKind: 'source', recordId: id, changes: [{ field: 'identity' }] });
      return { id };
    });
  }
}
