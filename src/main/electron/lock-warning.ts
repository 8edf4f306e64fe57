import type { CasekeepEvent, LockReason } from '../../shared/bridge';
import type { Invoker } from '../core/service/service';

/**
 * The page's side of a lock that main starts (idle, suspend, screen lock, quit): main tells the
 * page `{ type: 'locking' }`, the page saves its drafts and answers by calling `vault.lock`
 * itself (docs/security.md S18). Auto-lock bounds the wait; this only carries the message and
 * notices the answer. Plain Node, so the test harness runs the same code as the app.
 */
export interface LockWarning {
  /** Sends the warning; resolves when the page answered. Never rejects. */
  warn(reason: LockReason): Promise<void>;
  /** Wraps what the page calls: a `vault.lock` from the page, whatever its result, is its answer. */
  wrap(invoker: Invoker): Invoker;
}

export function createLockWarning(send: (event: CasekeepEvent) => void): LockWarning {
  const waiting = new Set<() => void>();
  const answered = (): void => {
    for (const resolve of waiting) resolve();
    waiting.clear();
  };
  return {
    warn(reason) {
      return new Promise<void>((resolve) => {
        waiting.add(resolve);
        try {
          send({ type: 'locking', reason });
        } catch {
          // No window to tell: nothing to wait for.
          answered();
        }
      });
    },
    wrap(invoker) {
      return {
        async invoke(method, input) {
          try {
            return await invoker.invoke(method, input);
          } finally {
            if (method === 'vault.lock') answered();
          }
        },
      };
    },
  };
}
