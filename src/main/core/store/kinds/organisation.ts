import { caseReferences, listedCases, termCollector, type KindModule } from './kind-module';

/**
 * An organisation: known by its names in every script, like a person. It lists its own people, so
 * a person's organisations are found through the references that point at the person. Nothing
 * in it is sensitive by default: a group's name and its office holders are what it makes public;
 * the vault's own custom fields can still be marked sensitive.
 */
export const organisationKind: KindModule<'organisation'> = {
  kind: 'organisation',
  cases: listedCases,
  label: (d) => {
    const names = d.names ?? [];
    return (names.find((n) => n.kind === 'name') ?? names[0])?.value ?? '';
  },
  references: (d) => [
    ...caseReferences(d.caseIds),
    ...(d.members ?? []).map((m, i) => ({ path: `members.${i}.personId`, id: m.personId, kind: 'person' as const })),
  ],
  terms: (d) => {
    const t = termCollector();
    t.add('type', 'organisation_kind', d.type);
    t.add('place', 'place', d.place);
    d.members?.forEach((m, i) => t.add(`members.${i}.role`, 'organisation_role', m.role));
    return t.uses;
  },
  searchText: (d) => [...(d.names ?? []).map((n) => n.value), d.description],
  sensitive: [],
};
