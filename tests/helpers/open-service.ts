import { afterAll } from 'vitest';
import { CasekeepService } from '../../src/main/core/service/service';
import { tempFolder } from './temp';

/** A service with a fresh, unlocked vault; one per test file, since each Argon2id run costs a second. */
export async function openService(): Promise<{ service: CasekeepService; folder: string }> {
  const folder = await tempFolder();
  const service = new CasekeepService({ folder });
  await service.call('vault.create', { passphrase: 'a vault for this test file' });
  afterAll(() => service.lock());
  return { service, folder };
}
