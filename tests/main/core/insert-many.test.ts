import { v7 as uuidv7 } from 'uuid';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../../src/main/core/db/database';
import { sql } from '../../../src/main/core/db/sql';
import type { CasekeepService } from '../../../src/main/core/service/service';
import { session } from '../../../src/main/core/service/session';
import { appendAuditEntries, verifyAudit } from '../../../src/main/core/store/audit-log';
import type { NewRecord, RecordStore } from '../../../src/main/core/store/records';
import type { Vault } from '../../../src/main/core/vault/vault';
import { failure } from '../../helpers/contract-calls';
import { openService } from '../../helpers/open-service';

let service: CasekeepService;
let vault: Vault;
let records: RecordStore;
beforeAll(async () => {
  ({ service } = await openService());
  vault = service.vault!;
  ({ records } = await session({ folder: vault.folder, vaultOptions: {}, vault, progress: () => undefined, damaged: () => undefined, locksRequested: () => 0, locksBeforeCall: 0 }));
});

/** A case, `sources` sources and `testimonies` testimonies of them, all new to the vault. */
function batch(sources: number, testimonies: number): { caseId: string; items: NewRecord[] } {
  const caseId = uuidv7();
  const sourceIds = Array.from({ length: sources }, () => uuidv7());
  const items: NewRecord[] = [
    { kind: 'case', data: { title: 'Families from Ghulja', tags: [], status: 'open' }, options: { id: caseId } },
    ...sourceIds.map((id, i): NewRecord => ({ kind: 'source', data: { caseIds: [caseId], relationToVictim: `relative ${i}`, consents: [] }, options: { id } })),
    ...Array.from({ length: testimonies }, (_, i): NewRecord => ({
      kind: 'testimony',
      data: { caseIds: [caseId], sourceId: sourceIds[i % sources] as string, interviewDate: '2024-05-01', language: 'kk', translations: [], transcript: `Testimony number word${i}x about the camp.`, personLinks: [], incidentLinks: [] },
    })),
  ];
  return { caseId, items };
}

const pending = (items: readonly NewRecord[]) => new Map(items.filter((i) => i.options?.id).map((i) => [i.options!.id!, i.kind] as const));
const count = async (table: string) => (await vault.db.get<{ n: number }>({ text: `SELECT count(*) AS n FROM ${table}`, values: [] }))!.n;

/** Counts the statements sent on one transaction's connection, the audit key binding untouched. */
function counting(tx: Queryable): { statements: () => number } {
  let n = 0;
  for (const method of ['run', 'get', 'all'] as const) {
    const original = tx[method].bind(tx) as (...args: unknown[]) => Promise<unknown>;
    (tx as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      n += 1;
      return original(...args);
    };
  }
  return { statements: () => n };
}

describe('RecordStore.insertMany', () => {
  it('writes a batch across several statements as single inserts would: links, pseudonyms, search and an unbroken audit chain', async () => {
    const { caseId, items } = batch(40, 160);
    const auditBefore = (await verifyAudit(vault.db)).entries;
    const stored = await vault.db.transaction((tx) => records.insertMany(tx, items, false, 'Field worker', pending(items)));
    expect(stored).toHaveLength(201);
    const pseudonyms = stored.filter((r) => r.kind === 'source').map((r) => r.pseudonym);
    expect(pseudonyms).toEqual(Array.from({ length: 40 }, (_, i) => `S-${String(i + 1).padStart(4, '0')}`));
    const next = await service.call('records.create', { kind: 'source', data: { caseIds: [caseId], consents: [] } });
    expect(next.pseudonym).toBe('S-0041');
    for (const record of [stored[0]!, stored[40]!, stored[200]!]) expect(await service.call('records.get', { id: record.id })).toEqual(record);
    const kase = (await service.call('cases.list', {})).items.find((c) => c.id === caseId);
    expect(kase?.counts).toMatchObject({ source: 41, testimony: 160 });
    const found = await service.call('search.query', { text: 'word157x' });
    expect(found.map((hit) => hit.id)).toEqual([stored[40 + 1 + 157]!.id]);
    const report = await verifyAudit(vault.db);
    expect(report).toMatchObject({ ok: true, problems: [] });
    expect(report.entries).toBe(auditBefore + 201 + 1);
    const created = await service.call('audit.list', { recordId: stored[200]!.id, limit: 5 });
    expect(created).toMatchObject([{ action: 'create', actor: 'Field worker', recordKind: 'testimony' }]);
  });

  it('sends a few statements for a batch, not several a record', async () => {
    const { items } = batch(16, 240);
    const statements = await vault.db.transaction(async (tx) => {
      const counter = counting(tx);
      await records.insertMany(tx, items, false, 'Field worker', pending(items));
      return counter.statements();
    });
    // 257 records in 5 slices of each table, three reference lookups, the counter and the seal.
    expect(statements).toBeLessThanOrEqual(30);
  });

  it('refuses a batch with one broken reference whole, naming the record and its field', async () => {
    const { items } = batch(5, 120);
    const broken = items[99]!;
    (broken.data as { caseIds: string[] }).caseIds = [uuidv7()];
    const before = { records: await count('records'), audit: await count('audit_log'), search: await count('search_index'), links: await count('record_cases') };
    const error = await vault.db.transaction((tx) => records.insertMany(tx, items, false, 'Field worker', pending(items))).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'caseIds.0', message: 'No case with this id.' }] });
    expect((error as Error).message).toContain('record 100 of 126');
    expect({ records: await count('records'), audit: await count('audit_log'), search: await count('search_index'), links: await count('record_cases') }).toEqual(before);
    expect(await verifyAudit(vault.db)).toMatchObject({ ok: true });
  });

  it('refuses an id that is already taken and writes nothing of the batch', async () => {
    const { items } = batch(2, 100);
    const taken = (await service.call('records.create', { kind: 'case', data: { title: 'Already here' } })).id;
    items[90] = { kind: 'case', data: { title: 'Twin', tags: [], status: 'open' }, options: { id: taken } };
    const before = await count('records');
    await expect(vault.db.transaction((tx) => records.insertMany(tx, items, false, 'Field worker', pending(items)))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await count('records')).toBe(before);
  });

  it('chains many entries on the newest one after a transaction that wrote many rolled back', async () => {
    const event = (i: number) => ({ actor: 'x', action: 'test', changes: [{ field: 'n', new: i }] });
    await vault.db
      .transaction(async (tx) => {
        await appendAuditEntries(tx, Array.from({ length: 150 }, (_, i) => event(i)));
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const before = (await verifyAudit(vault.db)).entries;
    await vault.db.transaction((tx) => appendAuditEntries(tx, Array.from({ length: 150 }, (_, i) => event(i))));
    const report = await verifyAudit(vault.db);
    expect(report).toMatchObject({ ok: true, problems: [] });
    expect(report.entries).toBe(before + 150);
    const seq = await vault.db.all<{ seq: number }>(sql`SELECT seq FROM audit_log ORDER BY seq`);
    expect(seq.map((r) => r.seq)).toEqual(Array.from({ length: seq.length }, (_, i) => i + 1));
  });

  it('gives the contract the same error for a single record as before', async () => {
    expect(await failure(service, 'records.create', { kind: 'source', data: { caseIds: [uuidv7()], consents: [] } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Some fields point at records or terms that do not exist.',
    });
  });
});
