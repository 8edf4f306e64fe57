import type { FieldDefinition } from '../../../../shared/api/fields';
import type { RecordKind } from '../../../../shared/domain/records';
import { api } from '../../api/client';
import { sharedList, type SharedListState } from '../forms/shared-list';

/**
 * The vault's field definitions, fetched once and shared by every form on screen, like the
 * vocabularies. The fields screen calls `refreshFields()` after each change.
 */
const fields = sharedList<FieldDefinition>(() => api.call('fields.list', {}));

export const refreshFields = fields.refresh;

/** Forgets the definitions, on lock: the labels of an organisation's own fields say what it documents. */
export const clearFields = fields.clear;

/** Every definition of every kind, removed ones included, in their order. */
export function useFieldDefinitions(): { status: SharedListState<FieldDefinition>['status']; definitions: readonly FieldDefinition[]; failure?: SharedListState<FieldDefinition>['failure'] } {
  const { status, items, failure } = fields.use();
  return { status, definitions: items, failure };
}

/** The definitions of one kind: the live ones in their order, and the removed ones apart. */
export function useKindFields(kind: RecordKind): { status: SharedListState<FieldDefinition>['status']; live: FieldDefinition[]; removed: FieldDefinition[] } {
  const { status, definitions } = useFieldDefinitions();
  const ofKind = definitions.filter((d) => d.kind === kind).sort((a, b) => a.position - b.position);
  return { status, live: ofKind.filter((d) => d.removedAt === null), removed: ofKind.filter((d) => d.removedAt !== null) };
}
