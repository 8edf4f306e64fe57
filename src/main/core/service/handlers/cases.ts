import type { caseMethods } from '../../../../shared/api/cases';
import { listCases } from '../../store/cases';
import { caseTimeline } from '../../store/timeline';
import { openVault, type Handlers } from '../context';

export const caseHandlers: Handlers<keyof typeof caseMethods> = {
  'cases.list': async (input, ctx) => listCases(openVault(ctx).db, input),
  'cases.timeline': async ({ caseId, personId, organisationId, types }, ctx) =>
    caseTimeline(openVault(ctx).db, caseId, { ...(personId ? { personId } : {}), ...(organisationId ? { organisationId } : {}), ...(types ? { types } : {}) }),
};
