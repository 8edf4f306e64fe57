import type { AuditChange, AuditEntry, AuditProblem, AuditReport } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import { constantTimeEqual, hmacSha256Hex, sha256Hex } from '../crypto/hash';
import type { Database, Queryable } from '../db/database';
import { join, sql, type Sql } from '../db/sql';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * A change as the stores describe it. Values stay in memory: appendAudit keeps only a keyed hash
 * of `new` (or that the field was removed), never the value itself (docs/security.md S29).
 */
export interface ChangeInput {
  field: string;
  old?: unknown;
  new?: unknown;
  /** The actor's own words about the action (a reveal's reason), kept as written: never a record's values. */
  note?: string;
}

export interface AuditEvent {
  actor: string;
  action: string;
  recordKind?: string | null;
  recordId?: string | null;
  changes: ChangeInput[];
  at?: string;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  record_kind: string | null;
  record_id: string | null;
  changes: string;
  prev_hash: string;
  hash: string;
}

interface AnchorRow {
  entries: number;
  head: string;
  mac: string;
}

/*
 * The audit key (a subkey of the master key) is bound to a vault's Database when it opens. A
 * transaction hands its work the connection rather than the Database, so that connection is bound
 * too: every store then reaches the key through the Queryable it already holds, and a Queryable
 * without one fails loudly instead of writing an unsealed entry.
 */
const auditKeys = new WeakMap<object, Uint8Array>();

export async function bindAuditKey(db: Database, key: Uint8Array): Promise<void> {
  auditKeys.set(db, key);
  await db.transaction(async (tx) => {
    auditKeys.set(tx, key);
  });
}

function auditKey(db: Queryable): Uint8Array {
  const key = auditKeys.get(db);
  if (!key) throw new AppError('INTERNAL', 'The audit log key is not available for this database.');
  return key;
}

function mac(key: Uint8Array, domain: string, text: string): string {
  return hmacSha256Hex(key, `${domain}\n`, text);
}

/**
 * HMAC-SHA256 of the value's canonical JSON. Keyed, so a short value such as a name cannot be
 * found by hashing a list of names; after a purge the hash alone says nothing (docs/security.md S29).
 */
export function valueHash(db: Queryable, value: unknown): string {
  return mac(auditKey(db), 'casekeep audit value', canonicalJson(value));
}

/** What an entry stores for one change: the field, and a keyed hash of its new value. */
export function sealChange(db: Queryable, change: ChangeInput): AuditChange {
  const sealed: AuditChange = { field: change.field };
  if (change.new !== undefined) sealed.hash = valueHash(db, change.new);
  else if (change.old !== undefined) sealed.removed = true;
  if (change.note !== undefined) sealed.note = change.note;
  return sealed;
}

function anchorMac(key: Uint8Array, entries: number, head: string): string {
  return mac(key, 'casekeep audit anchor', `${entries}\n${head}`);
}

/*
 * Each entry's hash covers the previous entry's hash and its own content, not its sequence number:
 * an edited entry fails its own hash, a removed or moved one breaks the link of the next.
 */
export function entryHash(prevHash: string, row: Pick<AuditRow, 'at' | 'actor' | 'action' | 'record_kind' | 'record_id' | 'changes'>): string {
  const content = canonicalJson({
    at: row.at,
    actor: row.actor,
    action: row.action,
    recordKind: row.record_kind,
    recordId: row.record_id,
    changes: JSON.parse(row.changes) as unknown,
  });
  return sha256Hex(`${prevHash}\n${content}`);
}

/**
 * Seals the head: a keyed MAC over the number of entries and the last hash. Without the key nobody
 * can cut the tail, reorder or re-hash the chain and write a matching seal (docs/security.md S30).
 */
export async function writeAnchor(tx: Queryable, entries: number, head: string): Promise<void> {
  const sealed = anchorMac(auditKey(tx), entries, head);
  await tx.run(sql`INSERT OR REPLACE INTO audit_anchor (id, entries, head, mac) VALUES (1, ${entries}, ${head}, ${sealed})`);
}

/**
 * The newest entry as this connection last wrote it: saves a read per entry when a transaction
 * writes many (imports, seeds). A rolled-back transaction leaves it ahead of the database, so the
 * insert below only succeeds while it still matches the newest row.
 */
const heads = new WeakMap<object, { seq: number; hash: string }>();

async function readHead(tx: Queryable): Promise<{ seq: number; hash: string }> {
  const last = await tx.get<{ seq: number; hash: string }>(sql`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`);
  return last ?? { seq: 0, hash: GENESIS_HASH };
}

/** Appends one entry inside the caller's transaction, so the change, its entry and the seal commit together. */
export async function appendAudit(tx: Queryable, event: AuditEvent): Promise<void> {
  await appendAuditEntries(tx, [event]);
}

/** Entries a statement: 9 values each, far below SQLite's limit on bound values. */
const ENTRIES_A_STATEMENT = 64;

function auditRow(tx: Queryable, event: AuditEvent): Omit<AuditRow, 'seq' | 'prev_hash' | 'hash'> {
  return {
    at: event.at ?? new Date().toISOString(),
    actor: event.actor,
    action: event.action,
    record_kind: event.recordKind ?? null,
    record_id: event.recordId ?? null,
    changes: canonicalJson(event.changes.map((change) => sealChange(tx, change))),
  };
}

function chained(rows: ReadonlyArray<Omit<AuditRow, 'seq' | 'prev_hash' | 'hash'>>, head: { seq: number; hash: string }): AuditRow[] {
  let prev = head;
  return rows.map((row) => {
    const entry = { ...row, seq: prev.seq + 1, prev_hash: prev.hash, hash: entryHash(prev.hash, row) };
    prev = { seq: entry.seq, hash: entry.hash };
    return entry;
  });
}

function valuesOf(entries: readonly AuditRow[]): Sql {
  return join(entries.map((e) => sql`(${e.seq}, ${e.at}, ${e.actor}, ${e.action}, ${e.record_kind}, ${e.record_id}, ${e.changes}, ${e.prev_hash}, ${e.hash})`));
}

/**
 * Appends entries in order inside the caller's transaction, many rows a statement, and seals the
 * new head once: a seed or import of thousands of records pays for one seal, not one a record.
 * The first statement inserts only while the chain still ends where this connection last left it
 * (a rolled-back transaction leaves the remembered head ahead of the database).
 */
export async function appendAuditEntries(tx: Queryable, events: readonly AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((event) => auditRow(tx, event));
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const head = (attempt === 0 ? heads.get(tx) : undefined) ?? (await readHead(tx));
    const entries = chained(rows, head);
    const first = entries.slice(0, ENTRIES_A_STATEMENT);
    const guarded = await tx.run(sql`
      INSERT INTO audit_log (seq, at, actor, action, record_kind, record_id, changes, prev_hash, hash)
      SELECT * FROM (VALUES ${valuesOf(first)})
      WHERE coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), ${GENESIS_HASH}) = ${head.hash}`);
    if (guarded.changes !== first.length) {
      heads.delete(tx);
      continue;
    }
    for (let at = ENTRIES_A_STATEMENT; at < entries.length; at += ENTRIES_A_STATEMENT) {
      await tx.run(sql`
        INSERT INTO audit_log (seq, at, actor, action, record_kind, record_id, changes, prev_hash, hash)
        VALUES ${valuesOf(entries.slice(at, at + ENTRIES_A_STATEMENT))}`);
    }
    const last = entries.at(-1) as AuditRow;
    heads.set(tx, { seq: last.seq, hash: last.hash });
    // UPDATE, never INSERT: a seal someone removed stays missing, so verifyAudit keeps saying so.
    await tx.run(sql`UPDATE audit_anchor SET entries = ${last.seq}, head = ${last.hash}, mac = ${anchorMac(auditKey(tx), last.seq, last.hash)} WHERE id = 1`);
    return;
  }
  throw new AppError('INTERNAL', 'The audit log changed while an entry was being written.');
}

/** Field-level differences between two versions of a record's data; the values stay in memory. */
export function diffFields(before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): ChangeInput[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: ChangeInput[] = [];
  for (const field of [...keys].sort()) {
    const old = before?.[field];
    const next = after?.[field];
    // A field on one side only has changed whatever its value: no need to serialise it to know.
    if ((old === undefined) === (next === undefined) && canonicalJson(old) === canonicalJson(next)) continue;
    const change: ChangeInput = { field };
    if (old !== undefined) change.old = old;
    if (next !== undefined) change.new = next;
    changes.push(change);
  }
  return changes;
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    recordKind: row.record_kind,
    recordId: row.record_id,
    changes: JSON.parse(row.changes) as AuditChange[],
    hash: row.hash,
  };
}

export async function listAudit(db: Queryable, options: { recordId?: string; limit: number; beforeSeq?: number }): Promise<AuditEntry[]> {
  const before = options.beforeSeq ?? Number.MAX_SAFE_INTEGER;
  const rows = options.recordId
    ? await db.all<AuditRow>(sql`SELECT * FROM audit_log WHERE record_id = ${options.recordId} AND seq < ${before} ORDER BY seq DESC LIMIT ${options.limit}`)
    : await db.all<AuditRow>(sql`SELECT * FROM audit_log WHERE seq < ${before} ORDER BY seq DESC LIMIT ${options.limit}`);
  return rows.map(toEntry);
}

function sameMac(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return constantTimeEqual(left, right);
}

/** Compares the chain's end with its seal: catches a cut tail and a chain re-hashed without the key. */
async function anchorProblems(db: Queryable, rows: readonly AuditRow[]): Promise<AuditProblem[]> {
  const anchor = await db.get<AnchorRow>(sql`SELECT entries, head, mac FROM audit_anchor WHERE id = 1`);
  const last = rows.at(-1);
  const entries = last?.seq ?? 0;
  const head = last?.hash ?? GENESIS_HASH;
  if (!anchor) return [{ seq: entries, problem: 'unsealed', message: 'The seal over the end of the log is missing.' }];
  if (!sameMac(anchor.mac, anchorMac(auditKey(db), anchor.entries, anchor.head))) {
    return [{ seq: entries, problem: 'unsealed', message: 'The seal over the end of the log was changed.' }];
  }
  if (anchor.entries > entries) {
    return [{ seq: entries + 1, problem: 'removed', message: `Entries ${entries + 1} to ${anchor.entries} are missing from the end of the log.` }];
  }
  if (anchor.entries !== entries || anchor.head !== head) {
    return [{ seq: entries, problem: 'unsealed', message: 'The log does not end where its seal says: entries were added, moved or rewritten without the key.' }];
  }
  return [];
}

/**
 * Walks the chain and names every entry that was altered, removed, inserted or moved, then checks
 * the end against the keyed seal. Works on what the database holds now, so it catches edits made
 * behind the app's back, including a chain rebuilt consistently by someone without the key.
 */
export async function verifyAudit(db: Queryable): Promise<AuditReport> {
  const rows = await db.all<AuditRow>(sql`SELECT * FROM audit_log ORDER BY seq`);
  const problems: AuditProblem[] = [];
  const hashes = new Set(rows.map((row) => row.hash));
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const row of rows) {
    const gap = row.seq > expectedSeq;
    if (gap) {
      problems.push({ seq: expectedSeq, problem: 'removed', message: `Entries ${expectedSeq} to ${row.seq - 1} are missing.` });
    }
    if (entryHash(row.prev_hash, row) !== row.hash) {
      problems.push({ seq: row.seq, problem: 'altered', message: `Entry ${row.seq} was changed after it was written.` });
    } else if (row.prev_hash !== prevHash && !gap) {
      // Chained to an entry that exists but is not its predecessor: moved, or something put before it.
      const known = hashes.has(row.prev_hash) || row.prev_hash === GENESIS_HASH;
      problems.push(
        known
          ? { seq: row.seq, problem: 'reordered', message: `Entry ${row.seq} is out of its place, or an entry was inserted before it.` }
          : { seq: row.seq, problem: 'removed', message: `The entry before ${row.seq} is missing.` },
      );
    }
    prevHash = row.hash;
    expectedSeq = row.seq + 1;
  }
  problems.push(...(await anchorProblems(db, rows)));
  return { ok: problems.length === 0, entries: rows.length, problems };
}
