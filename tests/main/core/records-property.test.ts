import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CasekeepService } from '../../../src/main/core/service/service';
import { recordSchemas, SCRIPTS, PERSON_STATUSES, CASE_STATUSES, VERIFICATION_STATUSES, CONSENT_USES } from '../../../src/shared/domain/records';
import { openService } from '../../helpers/open-service';

let service: CasekeepService;
let sourceId: string;
beforeAll(async () => {
  ({ service } = await openService());
  sourceId = (await service.call('records.create', { kind: 'source', data: {} })).id;
});

/** Text in every script the users write, including right-to-left and astral characters. */
const anyText = (max: number) =>
  fc
    .array(fc.constantFrom('Әлия', 'Қайрат', 'ئۇيغۇر', '王伟', 'Zoë', 'лагерь', ' ', '\n', '"', "'", '\\', '😀', '؟', '0', 'x'), { maxLength: max })
    .map((parts) => parts.join(''));
const someText = (max: number) => anyText(max).map((t) => t.trim()).filter((t) => t.length > 0);

const day = fc.date({ min: new Date('1920-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const fuzzy = fc.tuple(day, day, fc.constantFrom('day', 'month', 'year', 'range', 'about' as const)).map(([a, b, precision]) => ({
  precision,
  earliest: a < b ? a : b,
  latest: a < b ? b : a,
}));

const arbitraries = {
  case: fc.record({ title: someText(8), status: fc.constantFrom(...CASE_STATUSES), summary: anyText(20), tags: fc.array(someText(3), { maxLength: 4 }) }, { requiredKeys: ['title'] }),
  person: fc.record(
    {
      names: fc.array(fc.record({ value: someText(4), script: fc.constantFrom(...SCRIPTS) }), { minLength: 1, maxLength: 4 }),
      birthDate: fuzzy,
      sex: fc.constantFrom('female', 'male', 'other', 'unknown' as const),
      statusHistory: fc.array(fc.record({ status: fc.constantFrom(...PERSON_STATUSES), date: fuzzy }), { maxLength: 3 }),
      ethnicity: fc.constantFrom('kazakh', 'uyghur', 'kyrgyz'),
      notes: anyText(20),
    },
    { requiredKeys: ['names'] },
  ),
  source: fc.record({
    relationToVictim: anyText(4),
    consents: fc.array(fc.record({ use: fc.constantFrom(...CONSENT_USES), granted: fc.boolean(), date: day, how: fc.constantFrom('oral', 'written' as const) }), { maxLength: 3 }),
  }),
  incident: fc.record(
    { title: someText(5), type: fc.constantFrom('arbitrary_detention', 'torture', 'travel_ban'), date: fuzzy, description: anyText(30), verification: fc.constantFrom(...VERIFICATION_STATUSES) },
    { requiredKeys: ['title', 'type'] },
  ),
  testimony: fc.record({ interviewDate: day, language: fc.constantFrom('kk', 'ru', 'ug-Arab', 'zh-Hans'), transcript: anyText(60), place: anyText(4) }, { requiredKeys: ['interviewDate', 'language'] }),
};

describe('whatever valid record goes in comes back equal', () => {
  for (const kind of ['case', 'person', 'source', 'incident', 'testimony'] as const) {
    it(`round-trips ${kind} records`, async () => {
      await fc.assert(
        fc.asyncProperty(arbitraries[kind] as fc.Arbitrary<Record<string, unknown>>, async (generated) => {
          const data = kind === 'testimony' ? { ...generated, sourceId } : generated;
          const expected = recordSchemas[kind].parse(data);
          const created = await service.call('records.create', { kind, data } as never);
          expect(created.data).toEqual(expected);
          expect((await service.call('records.get', { id: created.id })).data).toEqual(expected);
        }),
        { numRuns: 25 },
      );
    });
  }

  it('refuses mutated records with VALIDATION_FAILED and writes nothing', async () => {
    const before = (await service.call('audit.verify', {})).entries;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('case', 'person', 'incident' as const),
        fc.constantFrom<unknown>(null, 42, '', [], { nested: true }, 'x'.repeat(600), -1),
        async (kind, junk) => {
          const field = { case: 'title', person: 'names', incident: 'title' }[kind];
          const result = await service.invoke('records.create', { kind, data: { title: 'ok', type: 'torture', names: [{ value: 'A', script: 'Latn' }], [field]: junk } });
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('VALIDATION_FAILED');
        },
      ),
      { numRuns: 30 },
    );
    expect((await service.call('audit.verify', {})).entries).toBe(before);
  });
});
