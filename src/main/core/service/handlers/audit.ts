import type { auditMethods } from '../../../../shared/api/audit';
import { listAudit, verifyAudit } from '../../store/audit-log';
import { openVault, type Handlers } from '../context';

export const auditHandlers: Handlers<keyof typeof auditMethods> = {
  'audit.verify': async (_input, ctx) => verifyAudit(openVault(ctx).db),
  'audit.list': async (input, ctx) => listAudit(openVault(ctx).db, input),
};
