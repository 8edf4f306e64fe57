import type { Result } from '../../../shared/errors';
import type { Invoker } from '../service/service';

/** The calls after which the saved auto-lock limit may differ from the one in force. */
export const IDLE_LIMIT_TRIGGERS: ReadonlySet<string> = new Set(['vault.unlock', 'vault.create', 'vault.recover', 'settings.update']);

/** The part of auto-lock this needs. */
export interface IdleLimitTarget {
  setIdleLimit(minutes: number): number;
}

/**
 * Reads the saved `autoLockMinutes` and hands it to auto-lock (S25). A vault that cannot answer
 * (locked again meanwhile, damaged settings) leaves the limit in force as it is.
 */
export async function applySavedIdleLimit(service: Invoker, autoLock: IdleLimitTarget): Promise<number | null> {
  let settings: Result<unknown>;
  try {
    settings = await service.invoke('settings.get', {});
  } catch {
    return null;
  }
  if (!settings.ok || typeof settings.value !== 'object' || settings.value === null) return null;
  const minutes = (settings.value as { autoLockMinutes?: unknown }).autoLockMinutes;
  return typeof minutes === 'number' ? autoLock.setIdleLimit(minutes) : null;
}

/**
 * Wraps the service the IPC entry point forwards to: after a successful unlock, create, recover
 * or settings change, auto-lock follows the idle limit saved in the vault. The answer to the page
 * is the service's own, unchanged.
 */
export function withIdleLimitSync(service: Invoker, autoLock: IdleLimitTarget): Invoker {
  return {
    async invoke(method, input) {
      const result = await service.invoke(method, input);
      if (result.ok && typeof method === 'string' && IDLE_LIMIT_TRIGGERS.has(method)) await applySavedIdleLimit(service, autoLock);
      return result;
    },
  };
}
