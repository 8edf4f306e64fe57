import type { fieldMethods } from '../../../../shared/api/fields';
import { createFieldDefinition, listFieldDefinitions, reorderFieldDefinitions, setFieldRemoved, updateFieldDefinition } from '../../store/field-definitions';
import { openVault, type Handlers } from '../context';
import { session } from '../session';

export const fieldHandlers: Handlers<keyof typeof fieldMethods> = {
  'fields.list': async (_input, ctx) => listFieldDefinitions(openVault(ctx).db),
  'fields.create': async (input, ctx) => createFieldDefinition(openVault(ctx).db, await (await session(ctx)).actor(), input),
  'fields.update': async (input, ctx) => updateFieldDefinition(openVault(ctx).db, await (await session(ctx)).actor(), input),
  'fields.reorder': async ({ kind, ids }, ctx) => reorderFieldDefinitions(openVault(ctx).db, await (await session(ctx)).actor(), kind, ids),
  'fields.remove': async ({ id }, ctx) => setFieldRemoved(openVault(ctx).db, await (await session(ctx)).actor(), id, true),
  'fields.restore': async ({ id }, ctx) => setFieldRemoved(openVault(ctx).db, await (await session(ctx)).actor(), id, false),
};
