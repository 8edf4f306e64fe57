import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CasekeepService } from '../../../src/main/core/service/service';
import { tempFolder } from '../../helpers/temp';

const PASSPHRASE = 'a contract for every call';

async function failure(service: CasekeepService, method: unknown, input: unknown) {
  const result = await service.invoke(method, input);
  if (result.ok) throw new Error(`expected ${String(method)} to fail`);
  return result.error;
}

describe('the dispatcher', () => {
  it('goes from absent to unlocked to locked through the contract', async () => {
    const service = new CasekeepService({ folder: await tempFolder() });
    expect(await service.call('vault.status', {})).toEqual({ state: 'absent' });
    const created = await service.call('vault.create', { passphrase: PASSPHRASE });
    expect(created.recoveryKey).toHaveLength(69);
    const status = await service.call('vault.status', {});
    expect(status).toMatchObject({ state: 'unlocked', vaultId: created.vaultId });
    expect(status.schemaVersion).toBeGreaterThan(0);
    expect(await service.call('vault.lock', {})).toEqual({ state: 'locked' });
    expect(await service.call('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked' });
    expect((await failure(service, 'vault.unlock', { passphrase: PASSPHRASE })).code).toBe('CONFLICT');
    await service.lock();
  });

  it('refuses unknown methods, malformed payloads and data calls while locked, with typed errors', async () => {
    const service = new CasekeepService({ folder: await tempFolder() });
    for (const method of ['vault.drop', '__proto__', 'constructor', 'toString', 42, null, undefined]) {
      expect((await failure(service, method, {})).code).toBe('UNKNOWN_METHOD');
    }
    const short = await failure(service, 'vault.create', { passphrase: 'short' });
    expect(short.code).toBe('VALIDATION_FAILED');
    expect(short.fields).toEqual([expect.objectContaining({ path: 'passphrase' })]);
    expect(JSON.stringify(short)).not.toContain('short"');
    expect((await failure(service, 'vault.create', { passphrase: PASSPHRASE, folder: '/etc' })).code).toBe('VALIDATION_FAILED');
    expect((await failure(service, 'vault.create', 'garbage')).code).toBe('VALIDATION_FAILED');
    expect((await failure(service, 'vault.create', { passphrase: 12345678901 })).fields?.[0]?.path).toBe('passphrase');
    expect((await failure(service, 'vault.changePassphrase', { current: 'x', next: 'long enough passphrase' })).code).toBe('VAULT_LOCKED');
    expect((await failure(service, 'vault.unlock', { passphrase: PASSPHRASE })).code).toBe('VAULT_NOT_FOUND');
    expect(await service.call('vault.status', {})).toEqual({ state: 'absent' });
  });

  it('names what is wrong with a field by a stable code beside its English sentence', async () => {
    const service = new CasekeepService({ folder: await tempFolder() });
    await service.call('vault.create', { passphrase: PASSPHRASE });
    const empty = await failure(service, 'records.create', { kind: 'case', data: { title: ' ' } });
    expect(empty.fields).toEqual([{ path: 'data.title', message: 'Required.', code: 'required' }]);
    const source = '0190a0a0-0000-7000-8000-000000000000';
    const badDay = await failure(service, 'records.create', { kind: 'testimony', data: { sourceId: source, interviewDate: '2020-02-30', language: 'not a tag' } });
    expect(badDay.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'data.interviewDate', code: 'notDate' }), expect.objectContaining({ path: 'data.language', code: 'languageTag' })]),
    );
    const dangling = await failure(service, 'records.create', { kind: 'testimony', data: { sourceId: source, interviewDate: '2020-02-03', language: 'kk' } });
    expect(dangling.fields).toEqual([expect.objectContaining({ path: expect.stringMatching(/sourceId$/), code: 'missingRecord' })]);
    await service.lock();
  });

  it('recovers with the recovery key and sets a new passphrase', async () => {
    const folder = await tempFolder();
    const service = new CasekeepService({ folder });
    const { recoveryKey } = await service.call('vault.create', { passphrase: PASSPHRASE });
    await service.lock();
    expect((await failure(service, 'vault.recover', { recoveryKey: 'AAAA-BBBB', newPassphrase: 'the new passphrase' })).code).toBe('WRONG_RECOVERY_KEY');
    await service.call('vault.recover', { recoveryKey, newPassphrase: 'the new passphrase' });
    await service.lock();
    expect((await failure(service, 'vault.unlock', { passphrase: PASSPHRASE })).code).toBe('WRONG_PASSPHRASE');
    await service.call('vault.unlock', { passphrase: 'the new passphrase' });
    await service.lock();
  });

  it('hides internal failures behind INTERNAL without their text', async () => {
    const seen: unknown[] = [];
    const blocker = join(await tempFolder(), 'a-file');
    await writeFile(blocker, 'not a folder');
    const service = new CasekeepService({ folder: join(blocker, 'vault'), onInternalError: (e) => seen.push(e) });
    const error = await failure(service, 'vault.create', { passphrase: PASSPHRASE });
    expect(error.code).toBe('INTERNAL');
    expect(error.message).not.toContain('a-file');
    expect(seen).toHaveLength(1);
  });
});
