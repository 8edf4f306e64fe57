import { beforeAll, describe, expect, it } from 'vitest';
import type { CasekeepService } from '../../../../src/main/core/service/service';
import { kindModule } from '../../../../src/main/core/store/kinds';
import { SENSITIVE_FIELDS } from '../../../../src/main/core/store/sensitivity';
import { recordSchemas } from '../../../../src/shared/domain/records';
import { expectAppError } from '../../../helpers/expect-error';
import { openService } from '../../../helpers/open-service';

let service: CasekeepService;
let caseId: string;
let chairmanId: string;
let organisationId: string;
let incidentId: string;

const ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const NAMES = [
  { value: 'Atajurt Kazakh Human Rights', script: 'Latn' as const, language: 'en' },
  { value: 'Атажұрт еріктілері', script: 'Cyrl' as const, language: 'kk' },
  { value: 'ئاتاجۇرت پىدائىيلىرى', script: 'Arab' as const, language: 'ug' },
];

/** The field paths a refused write names. */
async function refusedPaths(call: Promise<unknown>): Promise<string[] | undefined> {
  return (await expectAppError(call, 'VALIDATION_FAILED')).fields?.map((field) => field.path);
}

beforeAll(async () => {
  ({ service } = await openService());
  caseId = (await service.call('records.create', { kind: 'case', data: { title: 'Atajurt' } })).id;
  chairmanId = (await service.call('records.create', { kind: 'person', data: { caseIds: [caseId], names: [{ value: 'Серікжан Біләш', script: 'Cyrl' }] } })).id;
  organisationId = (
    await service.call('records.create', {
      kind: 'organisation',
      data: { caseIds: [caseId], names: NAMES, type: 'human_rights_organisation', place: 'almaty', members: [{ personId: chairmanId, role: 'head' }] },
    })
  ).id;
  incidentId = (
    await service.call('records.create', {
      kind: 'incident',
      data: {
        caseIds: [caseId],
        title: 'Fine for an unregistered organisation',
        type: 'intimidation',
        date: { precision: 'day', earliest: '2019-03-10', latest: '2019-03-10' },
        involved: [
          { organisationId, role: 'victim' },
          { personId: chairmanId, role: 'victim' },
        ],
      },
    })
  ).id;
});

describe('the organisation kind', () => {
  it('is labelled by its first name, points at its cases and people, and uses its two vocabularies', () => {
    const data = recordSchemas.organisation.parse({ caseIds: [ID], names: NAMES, type: 'ngo', place: 'almaty', members: [{ personId: ID, role: 'lawyer' }] });
    const organisation = kindModule('organisation');
    expect(organisation.label(data, {})).toBe('Atajurt Kazakh Human Rights');
    expect(organisation.references(data)).toEqual([
      { path: 'caseIds.0', id: ID, kind: 'case' },
      { path: 'members.0.personId', id: ID, kind: 'person' },
    ]);
    expect(organisation.terms(data).map((use) => `${use.path} ${use.vocabulary}`)).toEqual(['type organisation_kind', 'place place', 'members.0.role organisation_role']);
    expect(organisation.searchText(data, {})).toEqual(expect.arrayContaining(NAMES.map((name) => name.value)));
    // Not pseudonymous, nothing sensitive of its own: a group's name and office holders are public.
    expect(organisation.pseudonymous).toBeUndefined();
    expect(SENSITIVE_FIELDS.organisation).toEqual([]);
  });

  it('reads incidents stored before organisations, and takes a person or an organisation in each involved entry, never both or neither', () => {
    const old = recordSchemas.incident.parse({ title: 'Detention', type: 'arrest', involved: [{ personId: ID, role: 'victim' }] });
    expect(old.involved).toEqual([{ personId: ID, role: 'victim' }]);
    expect(recordSchemas.incident.safeParse({ title: 'x', type: 'arrest', involved: [{ organisationId: ID, role: 'victim' }] }).success).toBe(true);
    for (const entry of [{ role: 'victim' }, { personId: ID, organisationId: ID, role: 'victim' }]) {
      const parsed = recordSchemas.incident.safeParse({ title: 'x', type: 'arrest', involved: [entry] });
      expect(parsed.success, JSON.stringify(entry)).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['involved', 0, 'personId']);
    }
  });

  it('refuses a member, an involved organisation or a source organisation that does not exist, naming the field', async () => {
    const missing = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4aff';
    expect(await refusedPaths(service.call('records.create', { kind: 'organisation', data: { caseIds: [caseId], names: NAMES, members: [{ personId: missing, role: 'member' }] } }))).toEqual(['members.0.personId']);
    // A person's id where an organisation's belongs is refused as well.
    expect(await refusedPaths(service.call('records.create', { kind: 'incident', data: { caseIds: [caseId], title: 'x', type: 'arrest', involved: [{ organisationId: chairmanId, role: 'victim' }] } }))).toEqual(['involved.0.organisationId']);
    expect(await refusedPaths(service.call('records.create', { kind: 'source', data: { caseIds: [caseId], organisationId: missing } }))).toEqual(['organisationId']);
    expect(await refusedPaths(service.call('records.create', { kind: 'organisation', data: { caseIds: [caseId], names: NAMES, type: 'not_a_kind' } }))).toEqual(['type']);
  });

  it('is found by any of its names: Latin, Kazakh Cyrillic and Uyghur Arabic script', async () => {
    for (const text of ['Atajurt', 'атажұрт', 'ЕРІКТІЛЕРІ', 'ئاتاجۇرت', 'پىدائىيلىرى']) {
      const hits = await service.call('search.query', { text, kinds: ['organisation'] });
      expect(hits.map((hit) => hit.id), text).toEqual([organisationId]);
    }
  });

  it('lists the organisations of a person and the incidents and sources of an organisation, through their references', async () => {
    const sourceId = (await service.call('records.create', { kind: 'source', data: { caseIds: [caseId], organisationId } })).id;
    // A record that only quotes the id in its text is no link.
    await service.call('records.create', { kind: 'incident', data: { caseIds: [caseId], title: 'Quoted', type: 'arrest', description: `see ${organisationId}` } });
    expect((await service.call('records.referencing', { id: chairmanId, kind: 'organisation' })).map((r) => r.id)).toEqual([organisationId]);
    expect((await service.call('records.referencing', { id: organisationId, kind: 'incident' })).map((r) => r.id)).toEqual([incidentId]);
    expect((await service.call('records.referencing', { id: organisationId, kind: 'source' })).map((r) => r.id)).toEqual([sourceId]);
    await service.call('records.delete', { id: incidentId });
    expect(await service.call('records.referencing', { id: organisationId, kind: 'incident' })).toEqual([]);
    await service.call('trash.restore', { id: incidentId });
  });

  it("puts an incident on the timeline of the organisation it involves", async () => {
    const items = await service.call('cases.timeline', { caseId, organisationId });
    expect(items.map((item) => [item.recordId, item.organisationIds, item.personIds])).toEqual([[incidentId, [organisationId], [chairmanId]]]);
    const other = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a00';
    expect(await service.call('cases.timeline', { caseId, organisationId: other })).toEqual([]);
  });
});
