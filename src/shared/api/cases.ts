import { z } from 'zod';
import { termCode, uuid } from '../domain/common';
import { CASE_STATUSES } from '../domain/records';
import type { CaseSummary, TimelineItem } from '../domain/views';
import { method } from './define';

/** The most cases one page of `cases.list` holds. */
export const CASE_PAGE_MAX = 500;

export const caseMethods = {
  /** One page of the cases, and how many match in all; a vault may hold thousands. */
  'cases.list': method<{ items: CaseSummary[]; total: number }>()(
    z
      .object({
        status: z.enum(CASE_STATUSES).optional(),
        sort: z.enum(['updated', 'label', 'created']).default('updated'),
        direction: z.enum(['asc', 'desc']).default('desc'),
        limit: z.number().int().min(1).max(CASE_PAGE_MAX).default(50),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    { needsUnlock: true },
  ),
  'cases.timeline': method<TimelineItem[]>()(
    z.object({ caseId: uuid, personId: uuid.optional(), organisationId: uuid.optional(), types: z.array(termCode).max(100).optional() }).strict(),
    { needsUnlock: true },
  ),
};
