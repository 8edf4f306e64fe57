import type { KindModule } from './kind-module';

export const caseKind: KindModule<'case'> = {
  kind: 'case',
  cases: (_d, id) => [id],
  label: (d) => d.title ?? '',
  references: () => [],
  terms: () => [],
  searchText: (d) => [d.reference, d.summary, ...(d.tags ?? []), d.responsibleLawyer],
  sensitive: [],
};
