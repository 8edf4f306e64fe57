import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_IDLE_LIMIT_MINUTES,
  IDLE_POLL_MS,
  LOCK_GRACE_MS,
  startAutoLock,
  type AutoLock,
} from '../../../../src/main/core/auto-lock/auto-lock';
import { createLockWarning } from '../../../../src/main/electron/lock-warning';
import type { CasekeepEvent, LockReason } from '../../../../src/shared/bridge';

class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
}

describe('S25 auto-lock', () => {
  let monitor: FakePowerMonitor;
  let unlocked: boolean;
  let reasons: LockReason[];
  let autoLock: AutoLock | undefined;

  const start = (idleLimitMinutes?: number) => {
    autoLock = startAutoLock({
      monitor,
      isUnlocked: () => unlocked,
      lock: async (reason) => {
        reasons.push(reason);
        unlocked = false;
      },
      ...(idleLimitMinutes === undefined ? {} : { idleLimitMinutes }),
    });
    return autoLock;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    monitor = new FakePowerMonitor();
    unlocked = true;
    reasons = [];
  });

  afterEach(() => {
    autoLock?.stop();
    autoLock = undefined;
    vi.useRealTimers();
  });

  it.each([
    ['suspend', 'suspend'],
    ['lock-screen', 'lock-screen'],
    ['shutdown', 'shutdown'],
  ] as const)('locks on %s', async (event, reason) => {
    start();
    monitor.emit(event);
    await vi.runOnlyPendingTimersAsync();
    expect(reasons).toEqual([reason]);
  });

  it('locks on screen lock even when already locked, so the page clears its state', async () => {
    unlocked = false;
    start();
    monitor.emit('lock-screen');
    await Promise.resolve();
    expect(reasons).toEqual(['lock-screen']);
  });

  it('defaults to ten minutes of system idle, checked every 30 seconds', async () => {
    expect(DEFAULT_IDLE_LIMIT_MINUTES).toBeLessThanOrEqual(10);
    expect(IDLE_POLL_MS).toBe(30_000);
    start();
    monitor.idleSeconds = DEFAULT_IDLE_LIMIT_MINUTES * 60 - 1;
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    expect(reasons).toEqual([]);

    monitor.idleSeconds = DEFAULT_IDLE_LIMIT_MINUTES * 60;
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    expect(reasons).toEqual(['idle']);
  });

  it('does not lock again while idle once the vault is locked', async () => {
    start();
    monitor.idleSeconds = 3600;
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS * 5);
    expect(reasons).toEqual(['idle']);
  });

  it('takes a new idle limit, clamped to a sane range', async () => {
    const lock = start();
    expect(lock.setIdleLimit(2)).toBe(2);
    monitor.idleSeconds = 2 * 60;
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    expect(reasons).toEqual(['idle']);

    expect(lock.setIdleLimit(0)).toBe(1);
    expect(lock.setIdleLimit(-5)).toBe(1);
    expect(lock.setIdleLimit(10_000)).toBe(60);
    expect(lock.setIdleLimit(Number.NaN)).toBe(DEFAULT_IDLE_LIMIT_MINUTES);
    expect(lock.idleLimitMinutes).toBe(DEFAULT_IDLE_LIMIT_MINUTES);
  });

  it('survives a lock that fails and still locks next time', async () => {
    let attempts = 0;
    autoLock = startAutoLock({
      monitor,
      isUnlocked: () => true,
      lock: () => {
        attempts += 1;
        return Promise.reject(new Error('database busy'));
      },
    });
    monitor.emit('suspend');
    await vi.runOnlyPendingTimersAsync();
    monitor.emit('lock-screen');
    await vi.runOnlyPendingTimersAsync();
    expect(attempts).toBe(2);
  });

  it('stops listening and polling when stopped', async () => {
    start().stop();
    monitor.emit('suspend');
    monitor.idleSeconds = 3600;
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS * 3);
    expect(reasons).toEqual([]);
    expect(monitor.listenerCount('suspend') + monitor.listenerCount('lock-screen') + monitor.listenerCount('shutdown')).toBe(0);
  });

  describe('docs/security.md S18: the page saves its drafts first, within a bounded wait', () => {
    let sent: CasekeepEvent[];
    const startWarned = () => {
      sent = [];
      const warning = createLockWarning((event) => sent.push(event));
      autoLock = startAutoLock({
        monitor,
        isUnlocked: () => unlocked,
        lock: async (reason) => {
          reasons.push(reason);
          unlocked = false;
        },
        warn: warning.warn,
      });
      // What the page calls, as main's IPC entry point forwards it.
      return warning.wrap({ invoke: async () => ({ ok: true, value: {} }) });
    };

    it.each(['suspend', 'lock-screen', 'shutdown'] as const)('warns the page on %s, then locks as soon as it answered', async (event) => {
      const page = startWarned();
      monitor.emit(event);
      await vi.advanceTimersByTimeAsync(0);
      expect(sent).toEqual([{ type: 'locking', reason: event }]);
      expect(reasons).toEqual([]);
      await page.invoke('drafts.save', {});
      await vi.advanceTimersByTimeAsync(0);
      expect(reasons).toEqual([]);
      await page.invoke('vault.lock', {});
      await vi.advanceTimersByTimeAsync(0);
      expect(reasons).toEqual([event]);
    });

    it('locks a page that never answers once the grace is over', async () => {
      startWarned();
      monitor.idleSeconds = 3600;
      await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
      expect(sent).toEqual([{ type: 'locking', reason: 'idle' }]);
      await vi.advanceTimersByTimeAsync(LOCK_GRACE_MS - 1);
      expect(reasons).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(reasons).toEqual(['idle']);
      // One warning, one lock, however often the poll saw the idle time meanwhile.
      await vi.advanceTimersByTimeAsync(IDLE_POLL_MS * 3);
      expect(sent).toHaveLength(1);
      expect(reasons).toEqual(['idle']);
    });

    it('locks when the warning itself fails', async () => {
      autoLock = startAutoLock({
        monitor,
        isUnlocked: () => unlocked,
        lock: async (reason) => {
          reasons.push(reason);
        },
        warn: () => {
          throw new Error('window gone');
        },
      });
      monitor.emit('suspend');
      await vi.advanceTimersByTimeAsync(0);
      expect(reasons).toEqual(['suspend']);
    });

    it('does not warn a locked vault, and the wait is never above two seconds', async () => {
      expect(LOCK_GRACE_MS).toBeLessThanOrEqual(2000);
      unlocked = false;
      startWarned();
      monitor.emit('lock-screen');
      await vi.advanceTimersByTimeAsync(0);
      expect(sent).toEqual([]);
      expect(reasons).toEqual(['lock-screen']);
    });
  });
});
