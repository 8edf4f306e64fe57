import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CasekeepService } from '../../../src/main/core/service/service';
import { Vault } from '../../../src/main/core/vault/vault';
import { tempFolder } from '../../helpers/temp';

// docs/security.md S31: lifecycle calls run one at a time; a lock asked for during an unlock wins.
const PASSPHRASE = 'one lifecycle call at a time';

let folder: string;

beforeAll(async () => {
  folder = await tempFolder();
  const service = new CasekeepService({ folder });
  await service.call('vault.create', { passphrase: PASSPHRASE });
  await service.lock();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every Vault that Vault.unlock handed out during `work`, to check none is left open unseen. */
async function vaultsOpenedDuring(work: () => Promise<unknown>): Promise<Vault[]> {
  const spy = vi.spyOn(Vault, 'unlock');
  await work();
  const settled = await Promise.allSettled(spy.mock.results.map((result) => result.value as Promise<Vault>));
  return settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
}

const code = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'ok' : result.error!.code);

describe('S31 vault lifecycle races', () => {
  it('leaves exactly one open vault when two unlocks run at once; the second answers CONFLICT', async () => {
    const service = new CasekeepService({ folder });
    let answers: string[] = [];
    const vaults = await vaultsOpenedDuring(async () => {
      const results = await Promise.all([
        service.invoke('vault.unlock', { passphrase: PASSPHRASE }),
        service.invoke('vault.unlock', { passphrase: PASSPHRASE }),
      ]);
      answers = results.map(code);
    });
    expect(answers).toEqual(['ok', 'CONFLICT']);
    // No second database connection or key ring was made and left behind.
    expect(vaults).toHaveLength(1);
    expect(vaults.filter((vault) => vault.isOpen)).toEqual([service.vault]);
    await service.lock();
    expect(vaults.every((vault) => !vault.isOpen && vault.keys.isDisposed)).toBe(true);
  });

  it('lets a lock asked for during an unlock win: the unlock answers VAULT_LOCKED and its keys are zeroed', async () => {
    const service = new CasekeepService({ folder });
    let answers: string[] = [];
    const vaults = await vaultsOpenedDuring(async () => {
      const unlocking = service.invoke('vault.unlock', { passphrase: PASSPHRASE });
      const locking = service.invoke('vault.lock', {});
      answers = (await Promise.all([unlocking, locking])).map(code);
    });
    expect(answers).toEqual(['VAULT_LOCKED', 'ok']);
    expect(service.isUnlocked).toBe(false);
    expect(await service.call('vault.status', {})).toEqual({ state: 'locked' });
    expect(vaults).toHaveLength(1);
    for (const vault of vaults) {
      expect(vault.isOpen).toBe(false);
      expect(vault.keys.isDisposed).toBe(true);
      expect(vault.keys.master.every((byte) => byte === 0)).toBe(true);
    }
    // The data calls that follow are refused.
    expect(code(await service.invoke('cases.list', {}))).toBe('VAULT_LOCKED');
  });

  it('runs a second create after the first, which then answers CONFLICT and removes nothing', async () => {
    const fresh = await tempFolder();
    const service = new CasekeepService({ folder: fresh });
    const results = await Promise.all([
      service.invoke('vault.create', { passphrase: PASSPHRASE }),
      service.invoke('vault.create', { passphrase: `${PASSPHRASE} again` }),
    ]);
    expect(results.map(code)).toEqual(['ok', 'CONFLICT']);
    await service.lock();
    const reopened = new CasekeepService({ folder: fresh });
    expect(code(await reopened.invoke('vault.unlock', { passphrase: PASSPHRASE }))).toBe('ok');
    await reopened.lock();
  });
});
