import { NEVER } from './field-rules';
import { caseReferences, listedCases, termCollector, type KindModule } from './kind-module';

export const personKind: KindModule<'person'> = {
  kind: 'person',
  cases: listedCases,
  label: (d) => {
    const names = d.names ?? [];
    return (names.find((n) => n.kind === 'name') ?? names[0])?.value ?? '';
  },
  references: (d) => [
    ...caseReferences(d.caseIds),
    ...(d.relations ?? []).map((r, i) => ({ path: `relations.${i}.personId`, id: r.personId, kind: 'person' as const })),
  ],
  terms: (d) => {
    const t = termCollector();
    t.add('ethnicity', 'ethnicity', d.ethnicity);
    t.add('hometownPlace', 'place', d.hometownPlace);
    d.relations?.forEach((r, i) => t.add(`relations.${i}.relationship`, 'relationship', r.relationship));
    return t.uses;
  },
  searchText: (d) => [
    ...(d.names ?? []).map((n) => n.value),
    d.occupation,
    d.hometown,
    d.notes,
    ...(d.idNumbers ?? []).map((n) => n.value),
    ...(d.statusHistory ?? []).map((s) => s.note),
  ],
  // Each dated status change is a point on the timeline of the person's cases.
  timeline: (d, id) =>
    d.statusHistory.flatMap((change, index) =>
      change.date ? [{ keySuffix: `#${index}`, kind: 'status' as const, type: change.status, date: change.date, personIds: [id] }] : [],
    ),
  sensitive: [{ path: 'idNumbers', class: 'identifier', governedBy: NEVER }],
};
