import { beforeAll, describe, expect, it } from 'vitest';
import type { CasekeepService } from '../../../src/main/core/service/service';
import { LONG_TEXT_MAX, RECORD_JSON_MAX } from '../../../src/shared/domain/common';
import { openService } from '../../helpers/open-service';

let service: CasekeepService;
let base: { caseIds: string[]; sourceId: string; interviewDate: string; language: string };
beforeAll(async () => {
  ({ service } = await openService());
  const kase = await service.call('records.create', { kind: 'case', data: { title: 'Bounds' } });
  const source = await service.call('records.create', { kind: 'source', data: { caseIds: [kase.id] } });
  base = { caseIds: [kase.id], sourceId: source.id, interviewDate: '2021-06-01', language: 'ru' };
});

/** About three hours of speech: 27,000 words of six characters and a space. */
const threeHours = 'слово, '.repeat(27_000);

describe('record size bounds', () => {
  it('takes a three-hour transcript with two full translations', async () => {
    expect(threeHours.length).toBeLessThan(LONG_TEXT_MAX);
    const created = await service.call('records.create', {
      kind: 'testimony',
      data: { ...base, transcript: threeHours, translations: [{ language: 'en', text: threeHours }, { language: 'kk', text: threeHours }] },
    });
    expect((created.data as { transcript: string }).transcript.length).toBe(threeHours.length);
  });

  it('refuses a field past its limit, naming the field', async () => {
    const result = await service.invoke('records.create', { kind: 'testimony', data: { ...base, transcript: 'x'.repeat(LONG_TEXT_MAX + 1) } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION_FAILED');
    expect(result.error.fields?.map((f) => f.path)).toEqual(['data.transcript']);
  });

  it('refuses a record whose whole JSON is past its limit, on create and on update, naming the largest field', async () => {
    const text = 'y'.repeat(LONG_TEXT_MAX);
    const huge = { ...base, transcript: text, translations: ['en', 'kk', 'ug', 'zh'].map((language) => ({ language, text })) };
    expect(JSON.stringify(huge).length).toBeGreaterThan(RECORD_JSON_MAX);
    const before = (await service.call('audit.verify', {})).entries;
    const created = await service.invoke('records.create', { kind: 'testimony', data: huge });
    expect(created.ok).toBe(false);
    if (!created.ok) {
      expect(created.error.code).toBe('VALIDATION_FAILED');
      expect(created.error.message).toMatch(/too large.*translations/);
      expect(created.error.fields).toEqual([expect.objectContaining({ path: 'translations' })]);
    }
    const small = await service.call('records.create', { kind: 'testimony', data: { ...base, transcript: 'short' } });
    const updated = await service.invoke('records.update', { kind: 'testimony', id: small.id, data: huge });
    expect(updated.ok).toBe(false);
    if (!updated.ok) expect(updated.error.fields).toEqual([expect.objectContaining({ path: 'translations' })]);
    expect((await service.call('records.get', { id: small.id })).data).toMatchObject({ transcript: 'short' });
    expect((await service.call('audit.verify', {})).entries).toBe(before + 1);
  });
});
