import { describe, expect, it } from 'vitest';
import { applySavedIdleLimit, withIdleLimitSync } from '../../../../src/main/core/auto-lock/idle-limit-sync';
import type { Result } from '../../../../src/shared/errors';

/** Stands in for CasekeepService.invoke: answers from a table and records every call. */
class FakeService {
  calls: string[] = [];
  minutes: unknown = 3;
  fail = new Set<string>();

  async invoke(method: unknown, _input: unknown): Promise<Result<unknown>> {
    const name = String(method);
    this.calls.push(name);
    if (this.fail.has(name)) return { ok: false, error: { code: 'VAULT_LOCKED', message: 'Locked.' } };
    if (name === 'settings.get') return { ok: true, value: { language: 'en', autoLockMinutes: this.minutes, userName: 'Local user' } };
    return { ok: true, value: { method: name } };
  }
}

class FakeAutoLock {
  limits: number[] = [];
  setIdleLimit(minutes: number): number {
    const clamped = Math.min(60, Math.max(1, minutes));
    this.limits.push(clamped);
    return clamped;
  }
}

describe('S25: the idle limit follows the saved setting', () => {
  it.each(['vault.unlock', 'vault.create', 'vault.recover', 'settings.update'])('reads the setting after a successful %s', async (method) => {
    const service = new FakeService();
    const autoLock = new FakeAutoLock();
    const result = await withIdleLimitSync(service, autoLock).invoke(method, {});
    expect(result).toEqual({ ok: true, value: { method } });
    expect(service.calls).toEqual([method, 'settings.get']);
    expect(autoLock.limits).toEqual([3]);
  });

  it('leaves the limit alone after other calls and after refused ones', async () => {
    const service = new FakeService();
    const autoLock = new FakeAutoLock();
    const sync = withIdleLimitSync(service, autoLock);
    await sync.invoke('records.list', {});
    await sync.invoke('vault.lock', {});
    service.fail.add('vault.unlock');
    expect(await sync.invoke('vault.unlock', { passphrase: 'wrong' })).toMatchObject({ ok: false });
    expect(service.calls).toEqual(['records.list', 'vault.lock', 'vault.unlock']);
    expect(autoLock.limits).toEqual([]);
  });

  it('answers the page unchanged when the setting cannot be read', async () => {
    const service = new FakeService();
    const autoLock = new FakeAutoLock();
    service.fail.add('settings.get');
    expect(await withIdleLimitSync(service, autoLock).invoke('settings.update', { userName: 'A' })).toEqual({
      ok: true,
      value: { method: 'settings.update' },
    });
    expect(autoLock.limits).toEqual([]);
  });

  it('ignores a setting that is not a number, and a service that throws', async () => {
    const service = new FakeService();
    const autoLock = new FakeAutoLock();
    service.minutes = 'ten';
    expect(await applySavedIdleLimit(service, autoLock)).toBeNull();
    const throwing = { invoke: async () => Promise.reject(new Error('broken')) };
    expect(await applySavedIdleLimit(throwing, autoLock)).toBeNull();
    expect(autoLock.limits).toEqual([]);
  });

  it('passes the saved minutes through auto-lock, which clamps them', async () => {
    const service = new FakeService();
    const autoLock = new FakeAutoLock();
    service.minutes = 1;
    expect(await applySavedIdleLimit(service, autoLock)).toBe(1);
    service.minutes = 90;
    expect(await applySavedIdleLimit(service, autoLock)).toBe(60);
  });
});

describe('with the real auto-lock and service', () => {
  it('locks after the saved minutes of idle, not the default ten', async () => {
    const { startAutoLock } = await import('../../../../src/main/core/auto-lock/auto-lock');
    const { EventEmitter } = await import('node:events');
    const monitor = Object.assign(new EventEmitter(), { idle: 0, getSystemIdleTime: () => monitor.idle });
    const service = new FakeService();
    service.minutes = 2;
    const autoLock = startAutoLock({ monitor, isUnlocked: () => true, lock: async () => undefined, pollMs: 60_000 });
    try {
      await withIdleLimitSync(service, autoLock).invoke('vault.unlock', {});
      expect(autoLock.idleLimitMinutes).toBe(2);
    } finally {
      autoLock.stop();
    }
  });
});
