import { z } from 'zod';
import { uuid } from '../domain/common';
import type { AuditEntry, AuditReport } from '../domain/views';
import { method } from './define';

const empty = z.object({}).strict();

export const auditMethods = {
  'audit.verify': method<AuditReport>()(empty, { needsUnlock: true }),
  'audit.list': method<AuditEntry[]>()(
    z
      .object({
        recordId: uuid.optional(),
        limit: z.number().int().min(1).max(1000).default(100),
        beforeSeq: z.number().int().min(1).optional(),
      })
      .strict(),
    { needsUnlock: true },
  ),
};
