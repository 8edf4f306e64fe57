import type { Input, Method, Output } from './api';
import type { Result } from './errors';

/** The name under which the preload exposes the bridge: `window.casekeep`. */
export const BRIDGE_KEY = 'casekeep';

/** The only IPC channels between the page and main: one for calls, one for events. */
export const INVOKE_CHANNEL = 'casekeep:invoke';
export const EVENT_CHANNEL = 'casekeep:event';

/** Why the vault was locked without the user asking. */
export type LockReason = 'idle' | 'suspend' | 'lock-screen' | 'shutdown';

/** What main tells the page on its own initiative. */
export type CasekeepEvent =
  | { type: 'locked'; reason: LockReason }
  /** A lock is coming: save drafts now and answer with `vault.lock`; main locks soon regardless. */
  | { type: 'locking'; reason: LockReason }
  | { type: 'progress'; method: Method; done: number; total: number }
  /** The background integrity check found the open vault damaged; writes are refused (S14). */
  | { type: 'damaged'; pages: number[] };

/**
 * Everything the page can reach in main (S7). Both members answer or report; neither throws
 * across the bridge: a refused call is a Result with `ok: false`.
 */
export interface CasekeepBridge {
  invoke<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  /** Returns the function that unsubscribes. */
  onEvent(listener: (event: CasekeepEvent) => void): () => void;
}

/** The bridge's members, exactly; the S7 test compares `Object.keys` of the bridge with this. */
export const BRIDGE_MEMBERS = ['invoke', 'onEvent'] as const satisfies readonly (keyof CasekeepBridge)[];
