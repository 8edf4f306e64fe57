import type { IncidentData } from '../../../../shared/domain/records';
import { checkFollows } from '../incident-chain';
import { caseReferences, listedCases, termCollector, type KindModule, type Reference } from './kind-module';

/** The ids of the people, or of the organisations, an incident involves. */
function involvedIds(involved: IncidentData['involved'], field: 'personId' | 'organisationId'): string[] {
  return involved.flatMap((entry) => (entry[field] ? [entry[field]] : []));
}

export const incidentKind: KindModule<'incident'> = {
  kind: 'incident',
  cases: listedCases,
  label: (d) => d.title ?? '',
  references: (d) => {
    const refs: Reference[] = caseReferences(d.caseIds);
    d.involved?.forEach((p, i) => {
      if (p.personId) refs.push({ path: `involved.${i}.personId`, id: p.personId, kind: 'person' });
      if (p.organisationId) refs.push({ path: `involved.${i}.organisationId`, id: p.organisationId, kind: 'organisation' });
    });
    d.evidence?.forEach((e, i) => refs.push({ path: `evidence.${i}.id`, id: e.id, kind: e.kind }));
    if (d.follows) refs.push({ path: 'follows', id: d.follows, kind: 'incident' });
    return refs;
  },
  terms: (d) => {
    const t = termCollector();
    t.add('type', 'incident_type', d.type);
    t.add('place', 'place', d.place);
    t.add('facilityKind', 'facility_kind', d.facilityKind);
    t.add('agency', 'agency', d.agency);
    return t.uses;
  },
  checkWrite: checkFollows,
  searchText: (d) => [d.description, d.facilityName, d.placeText],
  // An incident without a date has no place on the timeline yet.
  timeline: (d) =>
    d.date
      ? [{ kind: 'incident', type: d.type, date: d.date, personIds: involvedIds(d.involved, 'personId'), organisationIds: involvedIds(d.involved, 'organisationId'), ...(d.follows ? { follows: d.follows } : {}) }]
      : [],
  sensitive: [],
};
