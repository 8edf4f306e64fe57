import { NEVER } from './field-rules';
import { caseReferences, listedCases, termCollector, type KindModule } from './kind-module';

export const sourceKind: KindModule<'source'> = {
  kind: 'source',
  cases: listedCases,
  pseudonymous: true,
  // A source is known by its pseudonym only; its data holds nothing that names it.
  label: (_d, extra) => extra.pseudonym ?? '',
  references: (d) => [...caseReferences(d.caseIds), ...(d.organisationId ? [{ path: 'organisationId', id: d.organisationId, kind: 'organisation' as const }] : [])],
  terms: (d) => {
    const t = termCollector();
    t.add('connection', 'source_connection', d.connection);
    t.add('reliability', 'reliability', d.reliability);
    return t.uses;
  },
  searchText: (d, extra) => [extra.pseudonym, d.relationToVictim],
  sensitive: [
    { path: 'identity', class: 'source-identity', governedBy: NEVER },
    { path: 'riskNotes', class: 'risk', governedBy: NEVER },
  ],
};
