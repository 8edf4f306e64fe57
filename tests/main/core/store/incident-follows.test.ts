import { beforeAll, describe, expect, it } from 'vitest';
import type { CasekeepService } from '../../../../src/main/core/service/service';
import type { FuzzyDateInput } from '../../../../src/shared/domain/records';
import { expectAppError } from '../../../helpers/expect-error';
import { openService } from '../../../helpers/open-service';

let service: CasekeepService;
let caseId: string;
beforeAll(async () => {
  ({ service } = await openService());
  caseId = (await service.call('records.create', { kind: 'case', data: { title: 'Chain of events' } })).id;
});

const day = (iso: string): FuzzyDateInput => ({ precision: 'day', earliest: iso, latest: iso });
const MARCH_2019: FuzzyDateInput = { precision: 'month', earliest: '2019-03-01', latest: '2019-03-31', text: 'March 2019' };

async function incident(title: string, extra: { date?: FuzzyDateInput; follows?: string; caseIds?: string[] } = {}) {
  const { caseIds = [caseId], ...rest } = extra;
  return service.call('records.create', { kind: 'incident', data: { caseIds, title, type: 'arbitrary_detention', ...rest } });
}

async function follow(id: string, follows: string | undefined) {
  const current = await service.call('records.get', { id });
  if (current.kind !== 'incident') throw new Error('not an incident');
  const { follows: _old, ...data } = current.data;
  return service.call('records.update', { kind: 'incident', id, data: follows ? { ...data, follows } : data, expectedUpdatedAt: current.updatedAt });
}

/** Refused with one field problem on `follows`, and nothing written: the record and the log as they were. */
async function expectRefused(attempt: () => Promise<unknown>, code: string, watched: string) {
  const before = await service.call('records.get', { id: watched });
  const log = (await service.call('audit.list', { limit: 1000 })).length;
  const error = await expectAppError(attempt(), 'VALIDATION_FAILED');
  expect(error.fields).toEqual([expect.objectContaining({ path: 'follows', code })]);
  expect(await service.call('records.get', { id: watched })).toEqual(before);
  expect((await service.call('audit.list', { limit: 1000 })).length).toBe(log);
}

describe('an incident that follows another', () => {
  it('points at an incident that exists', async () => {
    const person = await service.call('records.create', { kind: 'person', data: { caseIds: [caseId], names: [{ value: 'Ерлан', script: 'Cyrl' }] } });
    const arrest = await incident('Arrest');
    const missing = await expectAppError(incident('Transfer', { follows: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' }), 'VALIDATION_FAILED');
    expect(missing.fields).toEqual([expect.objectContaining({ path: 'follows', code: 'missingRecord' })]);
    const notIncident = await expectAppError(incident('Transfer', { follows: person.id }), 'VALIDATION_FAILED');
    expect(notIncident.fields).toEqual([expect.objectContaining({ path: 'follows', code: 'missingRecord' })]);
    const transfer = await incident('Transfer', { follows: arrest.id });
    expect(transfer.data).toMatchObject({ follows: arrest.id });
  });

  it('never follows itself', async () => {
    const arrest = await incident('Arrest alone');
    await expectRefused(() => follow(arrest.id, arrest.id), 'followsSelf', arrest.id);
  });

  it('never follows an incident that already follows it, however far down the chain', async () => {
    const arrest = await incident('Arrest, chain');
    const transfer = await incident('Transfer, chain', { follows: arrest.id });
    const sentence = await incident('Sentence, chain', { follows: transfer.id });
    await expectRefused(() => follow(arrest.id, sentence.id), 'followsCycle', arrest.id);
    await expectRefused(() => follow(arrest.id, transfer.id), 'followsCycle', arrest.id);
    // Re-pointing along the chain's own direction is fine.
    await follow(sentence.id, arrest.id);
    await follow(arrest.id, undefined);
  });

  it('follows only an incident of the same case', async () => {
    const other = await service.call('records.create', { kind: 'case', data: { title: 'Another case' } });
    const elsewhere = await incident('Elsewhere', { caseIds: [other.id] });
    const error = await expectAppError(incident('Here', { follows: elsewhere.id }), 'VALIDATION_FAILED');
    expect(error.fields).toEqual([expect.objectContaining({ path: 'follows', code: 'followsOtherCase' })]);
  });

  it('is drawn on the timeline from the day of what it follows, after it, and says what it follows', async () => {
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'Timeline chain' } });
    const arrest = await incident('Arrest in Ghulja', { caseIds: [kase.id], date: day('2019-03-10') });
    const transfer = await incident('Transfer to the camp', { caseIds: [kase.id], date: MARCH_2019, follows: arrest.id });
    const unrelated = await incident('Unrelated search', { caseIds: [kase.id], date: MARCH_2019 });
    const items = await service.call('cases.timeline', { caseId: kase.id });
    expect(items.map((item) => item.recordId)).toEqual([unrelated.id, arrest.id, transfer.id]);
    const drawn = items.find((item) => item.recordId === transfer.id);
    expect(drawn).toMatchObject({ date: MARCH_2019, drawn: { earliest: '2019-03-10', latest: '2019-03-31' }, follows: { recordId: arrest.id, label: 'Arrest in Ghulja' } });
    expect(items.find((item) => item.recordId === unrelated.id)).not.toHaveProperty('drawn');
    // Filtered to the transfer's type alone, it still starts after the arrest.
    const alone = await service.call('cases.timeline', { caseId: kase.id, types: ['arbitrary_detention'] });
    expect(alone.find((item) => item.recordId === transfer.id)?.drawn?.earliest).toBe('2019-03-10');
    // In the trash, the arrest no longer holds the transfer back.
    await service.call('records.delete', { id: arrest.id });
    const after = await service.call('cases.timeline', { caseId: kase.id });
    expect(after.find((item) => item.recordId === transfer.id)).not.toHaveProperty('drawn');
  });
});
