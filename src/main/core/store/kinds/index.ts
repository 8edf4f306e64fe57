import { RECORD_KINDS, type RecordKind } from '../../../../shared/domain/records';
import { caseKind } from './case';
import { incidentKind } from './incident';
import type { KindModule } from './kind-module';
import { organisationKind } from './organisation';
import { personKind } from './person';
import { sourceKind } from './source';
import { testimonyKind } from './testimony';

export type { KindModule, KindTimelineEntry, LabelExtra, Reference, TermUse } from './kind-module';

/** Every record kind's module; the mapped type makes a missing kind a compile error. */
export const KINDS: { readonly [K in RecordKind]: KindModule<K> } = {
  case: caseKind,
  person: personKind,
  source: sourceKind,
  testimony: testimonyKind,
  incident: incidentKind,
  organisation: organisationKind,
};

/** The module of one kind. */
export function kindModule<K extends RecordKind>(kind: K): KindModule<K> {
  return KINDS[kind];
}

/** A table with one entry a kind, read off each kind's module. */
export function perKind<T>(pick: <K extends RecordKind>(module: KindModule<K>) => T): { readonly [K in RecordKind]: T } {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, pick(kindModule(kind))])) as { [K in RecordKind]: T };
}
