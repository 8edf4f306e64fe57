import { CasekeepService } from '../../src/main/core/service/service';
import type { ServiceContext } from '../../src/main/core/service/context';
import { Vault } from '../../src/main/core/vault/vault';

/** The env variable through which kill-test children receive the recovery key (not argv: `ps` shows argv). */
export const RECOVERY_KEY_ENV = 'CASEKEEP_TEST_RECOVERY_KEY';

/**
 * A service over a vault opened with its recovery key, for tests that open the same vault
 * hundreds of times. `vault.recover` would also rewrap the passphrase slot with Argon2id (1-2 s
 * here); the recovery slot alone opens the very same database in milliseconds, so the vault is
 * opened directly and handed to the service, and every call after that goes through invoke():
 * the contract's method check, lock check and input schemas, then the real handlers.
 *
 * Free of vitest imports: child processes of the kill tests use it too.
 */
export async function serviceWithRecoveryKey(folder: string, recoveryKey: string): Promise<CasekeepService> {
  const vault = await Vault.unlockWithRecoveryKey(folder, recoveryKey);
  const service = new CasekeepService({ folder });
  // The service keeps its context private; this is the one seam a test needs into it.
  (service as unknown as { ctx: ServiceContext }).ctx.vault = vault;
  if (!service.isUnlocked) {
    await vault.lock();
    throw new Error('The service did not take the opened vault; its context field was renamed.');
  }
  return service;
}
