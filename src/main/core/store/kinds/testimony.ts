import { SHARE_CONSENT } from './field-rules';
import { caseReferences, listedCases, type KindModule, type Reference } from './kind-module';

export const testimonyKind: KindModule<'testimony'> = {
  kind: 'testimony',
  cases: listedCases,
  label: (d) => [d.interviewDate, d.place].filter(Boolean).join(' · ') || (d.summary ?? '').slice(0, 80),
  references: (d) => {
    const refs: Reference[] = caseReferences(d.caseIds);
    if (d.sourceId) refs.push({ path: 'sourceId', id: d.sourceId, kind: 'source' });
    d.personLinks?.forEach((l, i) => refs.push({ path: `personLinks.${i}.personId`, id: l.personId, kind: 'person' }));
    d.incidentLinks?.forEach((l, i) => refs.push({ path: `incidentLinks.${i}.incidentId`, id: l.incidentId, kind: 'incident' }));
    return refs;
  },
  terms: () => [],
  searchText: (d) => [
    d.summary,
    d.transcript,
    ...(d.translations ?? []).map((t) => t.text),
    d.place,
    d.interviewer,
    ...(d.personLinks ?? []).map((l) => l.quote),
    ...(d.incidentLinks ?? []).map((l) => l.quote),
  ],
  timeline: (d) => [
    { kind: 'testimony', date: { precision: 'day', earliest: d.interviewDate, latest: d.interviewDate }, personIds: d.personLinks.map((l) => l.personId) },
  ],
  sensitive: [
    { path: 'transcript', class: 'statement', governedBy: SHARE_CONSENT },
    { path: 'translations', class: 'statement', governedBy: SHARE_CONSENT },
    { path: 'summary', class: 'statement', governedBy: SHARE_CONSENT },
    { path: 'personLinks.*.quote', class: 'statement', governedBy: SHARE_CONSENT },
    { path: 'incidentLinks.*.quote', class: 'statement', governedBy: SHARE_CONSENT },
    { path: 'place', class: 'location', governedBy: SHARE_CONSENT },
  ],
  // A recording of the voice or a scan of a letter is what the source said as much as the
  // transcript is: it travels only when the testimony's statement may.
  attachments: { path: 'attachments', class: 'statement', governedBy: SHARE_CONSENT },
  sourceReference: 'sourceId',
};
