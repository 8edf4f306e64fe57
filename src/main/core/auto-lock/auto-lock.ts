import type { LockReason } from '../../../shared/bridge';

/** The part of Electron's powerMonitor that auto-lock needs; tests pass a plain emitter. */
export interface PowerMonitorLike {
  getSystemIdleTime(): number;
  on(event: 'suspend', listener: () => void): unknown;
  on(event: 'lock-screen', listener: () => void): unknown;
  on(event: 'shutdown', listener: () => void): unknown;
  removeListener(event: 'suspend', listener: () => void): unknown;
  removeListener(event: 'lock-screen', listener: () => void): unknown;
  removeListener(event: 'shutdown', listener: () => void): unknown;
}

export const DEFAULT_IDLE_LIMIT_MINUTES = 10;
export const MIN_IDLE_LIMIT_MINUTES = 1;
export const MAX_IDLE_LIMIT_MINUTES = 60;
export const IDLE_POLL_MS = 30_000;
/** How long a lock waits for the page to save what it holds (docs/security.md S18); never longer. */
export const LOCK_GRACE_MS = 2_000;

export interface AutoLockOptions {
  monitor: PowerMonitorLike;
  isUnlocked(): boolean;
  /** Locks the vault and tells the page; must not reject, but a rejection is contained. */
  lock(reason: LockReason): Promise<void>;
  /**
   * Tells the page a lock is coming so it can save its drafts; resolves when the page answered.
   * The lock goes ahead after `graceMs` whether or not it did: a page can delay a lock, never
   * prevent it.
   */
  warn?(reason: LockReason): Promise<void>;
  graceMs?: number;
  idleLimitMinutes?: number;
  pollMs?: number;
}

export interface AutoLock {
  /** Sets the idle limit, clamped to the allowed range; returns the limit now in force. */
  setIdleLimit(minutes: number): number;
  readonly idleLimitMinutes: number;
  stop(): void;
}

function clampMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return DEFAULT_IDLE_LIMIT_MINUTES;
  return Math.min(MAX_IDLE_LIMIT_MINUTES, Math.max(MIN_IDLE_LIMIT_MINUTES, minutes));
}

/**
 * S25: locks on system suspend, screen lock, shutdown and after the system has been idle for the
 * limit. Idle is the system's, not the window's: a laptop left open with another app in front is
 * as exposed as one showing Casekeep. Each lock first gives the page a bounded moment to save its
 * drafts (docs/security.md S18), then locks whatever the page did.
 */
export function startAutoLock(options: AutoLockOptions): AutoLock {
  const { monitor } = options;
  let limitMinutes = clampMinutes(options.idleLimitMinutes ?? DEFAULT_IDLE_LIMIT_MINUTES);
  let locking = false;
  const graceMs = options.graceMs ?? LOCK_GRACE_MS;

  /** The page's answer or the end of the grace, whichever comes first; never a rejection. */
  const warnWithinGrace = (reason: LockReason): Promise<void> => {
    if (!options.warn || !options.isUnlocked()) return Promise.resolve();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    let answered: Promise<void>;
    try {
      answered = options.warn(reason).catch(() => undefined);
    } catch {
      answered = Promise.resolve();
    }
    return Promise.race([answered, grace]).finally(() => clearTimeout(timer));
  };

  const lock = (reason: LockReason): void => {
    if (locking) return;
    locking = true;
    warnWithinGrace(reason)
      .then(() => options.lock(reason))
      .catch(() => undefined)
      .finally(() => {
        locking = false;
      });
  };

  const onSuspend = (): void => lock('suspend');
  const onLockScreen = (): void => lock('lock-screen');
  const onShutdown = (): void => lock('shutdown');
  monitor.on('suspend', onSuspend);
  monitor.on('lock-screen', onLockScreen);
  monitor.on('shutdown', onShutdown);

  const timer = setInterval(() => {
    if (options.isUnlocked() && monitor.getSystemIdleTime() >= limitMinutes * 60) lock('idle');
  }, options.pollMs ?? IDLE_POLL_MS);

  return {
    setIdleLimit(minutes: number): number {
      limitMinutes = clampMinutes(minutes);
      return limitMinutes;
    },
    get idleLimitMinutes() {
      return limitMinutes;
    },
    stop(): void {
      clearInterval(timer);
      monitor.removeListener('suspend', onSuspend);
      monitor.removeListener('lock-screen', onLockScreen);
      monitor.removeListener('shutdown', onShutdown);
    },
  };
}
