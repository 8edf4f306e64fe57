import { beforeAll, describe, expect, it } from 'vitest';
import type { CasekeepService } from '../../../src/main/core/service/service';
import { sql } from '../../../src/main/core/db/sql';
import type { Input } from '../../../src/shared/api';
import { auditEntries, failure } from '../../helpers/contract-calls';
import { openService } from '../../helpers/open-service';

let service: CasekeepService;
beforeAll(async () => {
  ({ service } = await openService());
});

const fails = (method: Parameters<CasekeepService['invoke']>[0], input: unknown) => failure(service, method, input);
const auditCount = () => auditEntries(service);

describe('records through the contract', () => {
  it('creates and reads back every kind, linked together', async () => {
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'Family of Серік Әбілов', reference: 'AL-2019-014', tags: ['camp', 'Ghulja'] } });
    expect(kase).toMatchObject({ kind: 'case', label: 'Family of Серік Әбілов', draft: false });
    expect(kase.id).toMatch(/^[0-9a-f-]{36}$/);
    const person = await service.call('records.create', {
      kind: 'person',
      data: {
        caseIds: [kase.id],
        names: [
          { value: 'Серік Әбілов', script: 'Cyrl', language: 'kk' },
          { value: 'Serik Abilov', script: 'Latn', kind: 'transliteration' },
          { value: '赛里克·阿比洛夫', script: 'Hans', language: 'zh' },
        ],
        ethnicity: 'kazakh',
        birthDate: { precision: 'year', earliest: '1965-01-01', latest: '1965-12-31', text: '1965' },
        statusHistory: [{ status: 'detained', date: { precision: 'month', earliest: '2018-03-01', latest: '2018-03-31' } }],
      },
    });
    const source = await service.call('records.create', {
      kind: 'source',
      data: { caseIds: [kase.id], relationToVictim: 'daughter', consents: [{ use: 'record', granted: true, date: '2019-05-02', how: 'oral' }] },
      identity: { realName: 'Айгүл Серікқызы', phone: '+7 701 555 0101' },
    });
    expect(source.pseudonym).toMatch(/^S-\d{4}$/);
    expect(source.hasIdentity).toBe(true);
    expect(JSON.stringify(source)).not.toContain('Айгүл');
    const incident = await service.call('records.create', {
      kind: 'incident',
      data: { caseIds: [kase.id], title: 'Taken to a camp in Ghulja', type: 'arbitrary_detention', date: { precision: 'about', earliest: '2017-01-01', latest: '2019-12-31', text: 'about 2018' }, involved: [{ personId: person.id, role: 'victim' }] },
    });
    const testimony = await service.call('records.create', {
      kind: 'testimony',
      data: { caseIds: [kase.id], sourceId: source.id, interviewDate: '2019-05-02', language: 'kk', transcript: 'Әкемді 2018 жылы наурызда алып кетті.', personLinks: [{ personId: person.id, quote: 'Әкемді' }], incidentLinks: [{ incidentId: incident.id }] },
    });
    for (const record of [kase, person, source, incident, testimony]) {
      expect(await service.call('records.get', { id: record.id })).toEqual(record);
    }
    const cases = await service.call('cases.list', {});
    expect(cases.total).toBe(1);
    expect(cases.items.find((c) => c.id === kase.id)?.counts).toEqual({ person: 1, source: 1, testimony: 1, incident: 1, attachment: 0 });
    const persons = await service.call('records.list', { kind: 'person', caseId: kase.id });
    expect(persons.items.map((p) => p.id)).toEqual([person.id]);
  });

  it('refuses invalid records naming the fields, and writes nothing', async () => {
    const before = await auditCount();
    const bad: Array<[Input<'records.create'> | unknown, string]> = [
      [{ kind: 'case', data: { title: '' } }, 'data.title'],
      [{ kind: 'person', data: { names: [] } }, 'data.names'],
      [{ kind: 'person', data: { names: [{ value: 'A', script: 'Klingon' }] } }, 'data.names.0.script'],
      [{ kind: 'incident', data: { title: 'x', type: 'arbitrary_detention', date: { precision: 'day', earliest: '2018-02-31', latest: '2018-02-31' } } }, 'data.date.earliest'],
      [{ kind: 'incident', data: { title: 'x', type: 'arbitrary_detention', date: { precision: 'range', earliest: '2019-01-01', latest: '2018-01-01' } } }, 'data.date.latest'],
      [{ kind: 'spaceship', data: {} }, 'kind'],
      [{ kind: 'case', data: { title: 'ok', extra: 1 } }, 'data'],
    ];
    for (const [input, path] of bad) {
      const error = await fails('records.create', input);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.fields?.map((f) => f.path)).toContain(path);
    }
    const unknownTerm = await fails('records.create', { kind: 'incident', data: { title: 'x', type: 'alien_abduction' } });
    expect(unknownTerm.fields).toEqual([expect.objectContaining({ path: 'type' })]);
    const danglingRef = await fails('records.create', { kind: 'testimony', data: { sourceId: '01900000-0000-7000-8000-000000000000', interviewDate: '2020-01-01', language: 'ru' } });
    expect(danglingRef.fields).toEqual([expect.objectContaining({ path: 'sourceId' })]);
    expect(await auditCount()).toBe(before);
  });

  it('moves deleted records to the trash, restores them, and purges only on confirmation', async () => {
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'To be deleted', summary: 'Vakhitova testified' } });
    await service.call('records.update', { kind: 'case', id: kase.id, data: { title: 'To be deleted', summary: 'Vakhitova testified again' } });
    await service.call('records.delete', { id: kase.id });
    expect((await service.call('trash.list', {})).items.map((t) => t.id)).toContain(kase.id);
    expect((await service.call('cases.list', {})).items.map((c) => c.id)).not.toContain(kase.id);
    expect((await fails('records.update', { kind: 'case', id: kase.id, data: { title: 'x' } })).code).toBe('CONFLICT');
    await service.call('trash.restore', { id: kase.id });
    expect((await service.call('cases.list', {})).items.map((c) => c.id)).toContain(kase.id);
    expect((await fails('trash.purge', { id: kase.id, confirm: true })).code).toBe('CONFLICT');
    await service.call('records.delete', { id: kase.id });
    expect((await fails('trash.purge', { id: kase.id })).code).toBe('VALIDATION_FAILED');
    await service.call('trash.purge', { id: kase.id, confirm: true });
    expect((await fails('records.get', { id: kase.id })).code).toBe('NOT_FOUND');
    expect((await service.call('audit.verify', {})).ok).toBe(true);
    // The log keeps that it existed and which fields changed, none of its values (docs/security.md S29).
    const log = await service.call('audit.list', { recordId: kase.id });
    expect(log.map((e) => e.action)).toEqual(['purge', 'delete', 'restore', 'delete', 'update', 'create']);
    expect(JSON.stringify(log)).not.toMatch(/To be deleted|Vakhitova/);
    expect(await service.vault!.db.all(sql`SELECT * FROM revisions WHERE record_id = ${kase.id}`)).toEqual([]);
  });

  it('keeps half-filled testimonies as drafts that never fail validation', async () => {
    const draft = await service.call('testimonies.saveDraft', { data: { transcript: 'Начало рассказа…', interviewDate: 'not a date', language: 42, unknown: true } });
    expect(draft.draft).toBe(true);
    expect(draft.data).toEqual({ transcript: 'Начало рассказа…' });
    const more = await service.call('testimonies.saveDraft', { id: draft.id, data: { transcript: 'Начало рассказа… и продолжение', place: 'Алматы' } });
    expect(more.data).toMatchObject({ place: 'Алматы' });
    const drafts = await service.call('records.list', { kind: 'testimony' });
    expect(drafts.items.find((t) => t.id === draft.id)?.draft).toBe(true);
    const incomplete = await fails('records.update', { kind: 'testimony', id: draft.id, data: { transcript: 'x' } });
    expect(incomplete.code).toBe('VALIDATION_FAILED');
  });

  it('labels a draft testimony with its source’s pseudonym and the first words of its transcript', async () => {
    const source = await service.call('records.create', { kind: 'source', data: {} });
    const transcript = 'Менің ұлым Ерлан 2017 жылы Құлжада ұсталды. Содан бері одан хабар жоқ, телефоны өшірулі.';
    const draft = await service.call('testimonies.saveDraft', { data: { sourceId: source.id, interviewDate: '2026-12-03', transcript } });
    expect(draft.label).toBe(`2026-12-03 · ${source.label} · Менің ұлым Ерлан 2017 жылы Құлжада ұсталды. Содан бері одан…`);
    expect(source.label).toMatch(/^S-\d{4}$/);
    const later = await service.call('testimonies.saveDraft', { id: draft.id, data: { sourceId: source.id, interviewDate: '2026-12-03', transcript: 'Әйелі екі баласымен қалды.' } });
    expect(later.label).toBe(`2026-12-03 · ${source.label} · Әйелі екі баласымен қалды.`);
    // The case screen lists it by the same label.
    const listed = await service.call('records.list', { kind: 'testimony' });
    expect(listed.items.find((t) => t.id === draft.id)?.label).toBe(later.label);
  });

  it('reveals a source identity only with a reason, and audits the reveal', async () => {
    const source = await service.call('records.create', { kind: 'source', data: {}, identity: { realName: 'Гүлнар Қасымова', address: 'Алматы, Абай 10' } });
    expect((await fails('sources.revealIdentity', { id: source.id, reason: '' })).code).toBe('VALIDATION_FAILED');
    const identity = await service.call('sources.revealIdentity', { id: source.id, reason: 'Lawyer needs to call' });
    expect(identity).toEqual({ realName: 'Гүлнар Қасымова', address: 'Алматы, Абай 10' });
    const log = await service.call('audit.list', { recordId: source.id });
    expect(log.map((e) => e.action)).toEqual(['reveal_identity', 'create']);
    expect(JSON.stringify(log)).not.toContain('Гүлнар');
    expect((await service.call('search.query', { text: 'Гүлнар' })).length).toBe(0);
  });

  it('audits every change by field and keyed hash, keeps the earlier version, and refuses stale edits', async () => {
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'Audit me', status: 'open' } });
    const updated = await service.call('records.update', { kind: 'case', id: kase.id, data: { title: 'Audit me', status: 'under_review' }, expectedUpdatedAt: kase.updatedAt });
    expect(updated.data).toMatchObject({ status: 'under_review' });
    const [entry] = await service.call('audit.list', { recordId: kase.id, limit: 1 });
    expect(entry).toMatchObject({ action: 'update', actor: 'Local user', changes: [{ field: 'status', hash: expect.stringMatching(/^[0-9a-f]{64}$/) }] });
    expect(JSON.stringify(entry)).not.toContain('under_review');
    const revisions = await service.vault!.db.all<{ revision: number; data: string; actor: string; at: string }>(sql`SELECT * FROM revisions WHERE record_id = ${kase.id}`);
    expect(revisions).toEqual([expect.objectContaining({ revision: 1, actor: 'Local user', at: kase.updatedAt })]);
    expect(JSON.parse(revisions[0]!.data)).toEqual(kase.data);
    expect((await fails('records.update', { kind: 'case', id: kase.id, data: { title: 'stale' }, expectedUpdatedAt: kase.updatedAt })).code).toBe('CONFLICT');
  });
});
