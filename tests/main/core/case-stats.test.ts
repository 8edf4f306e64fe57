import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../src/main/core/db/sql';
import type { CasekeepService } from '../../../src/main/core/service/service';
import { attach } from '../../helpers/backup-vault';
import { openService } from '../../helpers/open-service';
import { bundleFrom, importMemory } from './exchange/exchange-vaults';

/*
 * case_stats (migration 90) is kept by triggers. After every kind of write it must equal what the
 * case list used to compute by grouping every record: live records of other kinds filed in the
 * case, drafts included; live attachments of records filed in it.
 */

let service: CasekeepService;
let other: CasekeepService;
beforeAll(async () => {
  ({ service } = await openService());
  ({ service: other } = await openService());
});

type Counts = Record<string, { person: number; source: number; testimony: number; incident: number; attachment: number }>;

async function kept(of: CasekeepService): Promise<Counts> {
  const rows = await of.vault!.db.all<{ case_id: string; person: number; source: number; testimony: number; incident: number; attachment: number }>(
    sql`SELECT case_id, person, source, testimony, incident, attachment FROM case_stats WHERE case_id IN (SELECT id FROM records WHERE kind = 'case')`,
  );
  return Object.fromEntries(rows.map(({ case_id, ...counts }) => [case_id, counts]));
}

/** The counts as the case list grouped them before migration 90. */
async function recomputed(of: CasekeepService): Promise<Counts> {
  const db = of.vault!.db;
  const cases = await db.all<{ id: string }>(sql`SELECT id FROM records WHERE kind = 'case'`);
  const counts = await db.all<{ case_id: string; kind: string; n: number }>(sql`
    SELECT c.case_id, r.kind, count(*) AS n FROM record_cases c JOIN records r ON r.id = c.record_id
    WHERE r.deleted_at IS NULL AND r.kind != 'case' GROUP BY c.case_id, r.kind`);
  const attachments = await db.all<{ case_id: string; n: number }>(sql`
    SELECT c.case_id, count(*) AS n FROM attachments a JOIN record_cases c ON c.record_id = a.owner_id
    WHERE a.deleted_at IS NULL GROUP BY c.case_id`);
  const n = (id: string, kind: string) => counts.find((c) => c.case_id === id && c.kind === kind)?.n ?? 0;
  return Object.fromEntries(
    cases.map(({ id }) => [
      id,
      { person: n(id, 'person'), source: n(id, 'source'), testimony: n(id, 'testimony'), incident: n(id, 'incident'), attachment: attachments.find((a) => a.case_id === id)?.n ?? 0 },
    ]),
  );
}

async function expectKept(of: CasekeepService = service): Promise<void> {
  expect(await kept(of)).toEqual(await recomputed(of));
}

const person = (caseIds: string[], name = 'Ерлан Жақып') => ({ kind: 'person' as const, data: { caseIds, names: [{ value: name, script: 'Cyrl' as const }] } });

describe('case_stats', () => {
  it('follows creates, moves between cases, trash, restore, purge and attachments', async () => {
    const a = await service.call('records.create', { kind: 'case', data: { title: 'Case A' } });
    const b = await service.call('records.create', { kind: 'case', data: { title: 'Case B' } });
    await expectKept();
    const p = await service.call('records.create', person([a.id]));
    const both = await service.call('records.create', person([a.id, b.id], 'Айгүл'));
    await service.call('records.create', { kind: 'incident', data: { caseIds: [b.id], title: 'Taken', type: 'arbitrary_detention', involved: [{ personId: p.id, role: 'victim' }] } });
    await service.call('testimonies.saveDraft', { data: { caseIds: [a.id], transcript: 'half typed' } });
    await expectKept();
    expect((await kept(service))[a.id]).toEqual({ person: 2, source: 0, testimony: 1, incident: 0, attachment: 0 });

    // Moved from A to B.
    await service.call('records.update', { kind: 'person', id: p.id, data: person([b.id]).data });
    await expectKept();
    expect((await kept(service))[b.id]!.person).toBe(2);

    const onPerson = await attach(service, p.id);
    await attach(service, a.id);
    await expectKept();
    await service.call('attachments.delete', { id: onPerson });
    await expectKept();
    await service.call('trash.restore', { id: onPerson });
    await expectKept();

    await service.call('records.delete', { id: both.id });
    await expectKept();
    expect((await kept(service))[a.id]!.person).toBe(0);
    await service.call('trash.restore', { id: both.id });
    await expectKept();
    await service.call('records.delete', { id: p.id });
    await service.call('trash.purge', { id: p.id, confirm: true });
    await expectKept();
    expect((await kept(service))[b.id]).toEqual({ person: 1, source: 0, testimony: 0, incident: 1, attachment: 0 });

    const listed = (await service.call('cases.list', { sort: 'label', direction: 'asc' })).items;
    for (const summary of listed) expect(summary.counts).toEqual((await recomputed(service))[summary.id]);
  });

  it('moves the last change forward with what happens in the case, never back', async () => {
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'Case C' } });
    const lastChange = async () => (await service.call('cases.list', { limit: 500 })).items.find((c) => c.id === kase.id)!.lastChange;
    expect(await lastChange()).toBe(kase.updatedAt);
    const p = await service.call('records.create', person([kase.id]));
    expect(await lastChange()).toBe(p.updatedAt);
    const deleted = await service.call('records.delete', { id: p.id });
    expect(await lastChange()).toBe(deleted.deletedAt);
    await service.call('trash.restore', { id: p.id });
    expect(await lastChange() > deleted.deletedAt).toBe(true);
  });

  it('follows records that arrive by import, in a vault that never saw them written', async () => {
    const kase = await other.call('records.create', { kind: 'case', data: { title: 'Imported case' } });
    await other.call('records.create', person([kase.id]));
    const gone = await other.call('records.create', person([kase.id], 'Deleted'));
    await other.call('records.delete', { id: gone.id });
    await attach(other, kase.id);
    await importMemory(service, await bundleFrom(other, 'Vault B'));
    await expectKept();
    expect((await kept(service))[kase.id]).toMatchObject({ person: 1, attachment: 1 });
    // The same bundle again changes nothing.
    await importMemory(service, await bundleFrom(other, 'Vault B'));
    await expectKept();
  });
});
