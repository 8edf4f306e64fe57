import type { CasekeepService } from '../../src/main/core/service/service';

/** The error of a call that must be refused; throws when it succeeds. */
export async function failure(service: CasekeepService, method: Parameters<CasekeepService['invoke']>[0], input: unknown) {
  const result = await service.invoke(method, input);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

/** How many entries the audit log holds, counted by its own verification. */
export async function auditEntries(service: CasekeepService): Promise<number> {
  return (await service.call('audit.verify', {})).entries;
}
