import { SHARE_CONSENT } from './field-rules';
import { caseReferences, listedCases, type KindModule, type Reference } from './kind-module';

const FIRST_WORDS = 60;

/** The opening of a text, about 60 characters, cut at a word: what tells one interview from another. */
export function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= FIRST_WORDS) return flat;
  const cut = flat.slice(0, FIRST_WORDS + 1);
  const space = cut.lastIndexOf(' ');
  // One long word (a URL, an agglutinated Uyghur form) is cut where it reaches the limit.
  const head = space > FIRST_WORDS / 2 ? cut.slice(0, space) : flat.slice(0, FIRST_WORDS);
  return `${head.replace(/[\s.,;:!?،؛-]+$/u, '')}…`;
}

export const testimonyKind: KindModule<'testimony'> = {
  kind: 'testimony',
  cases: listedCases,
  // Several drafts of one day are told apart by who spoke and how the transcript begins.
  label: (d, extra) => [d.interviewDate, extra.sourceLabel, d.place, firstWords(d.transcript || d.summary || '')].filter(Boolean).join(' · '),
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
