import type { CasekeepBridge } from '../../src/shared/bridge';
import type { Result } from '../../src/shared/errors';
import type { CasekeepService } from '../../src/main/core/service/service';
import { openService } from './open-service';

/*
 * Vitest's jsdom environment puts the page's own Uint8Array and ArrayBuffer on the global object,
 * which the core shares here (in the app it runs in its own process). Node's TextEncoder and
 * Buffer still make Node's, and libsodium then refuses them ("unsupported input type"), so the
 * global gets Node's back; nothing the page code under test does depends on jsdom's.
 */
const NodeUint8Array = Object.getPrototypeOf(Buffer.prototype).constructor as Uint8ArrayConstructor;
Object.assign(globalThis, { Uint8Array: NodeUint8Array, ArrayBuffer: new NodeUint8Array(0).buffer.constructor });

/** What the preload answers when IPC itself fails (src/preload/index.ts). */
const UNREACHABLE: Result<never> = { ok: false, error: { code: 'INTERNAL', message: 'The call could not reach Casekeep.' } };

let connected: CasekeepService | undefined;
let cut = false;
const calls: Array<{ method: string; input: unknown }> = [];
const inFlight = new Set<Promise<unknown>>();

const bridge: CasekeepBridge = {
  invoke: ((method: unknown, input: unknown) => {
    calls.push({ method: String(method), input: structuredClone(input) });
    if (cut || connected === undefined) return Promise.resolve(UNREACHABLE);
    // Electron's IPC carries structured clones: neither side keeps a reference into the other.
    const answer = connected.invoke(method, structuredClone(input)).then((result) => structuredClone(result));
    inFlight.add(answer);
    void answer.finally(() => inFlight.delete(answer));
    return answer;
  }) as CasekeepBridge['invoke'],
  onEvent: () => () => undefined,
};

// Installed when this module loads, so the page's API client (made at its own load) finds it.
Object.defineProperty(globalThis, 'casekeep', { value: bridge, configurable: true });

/**
 * `window.casekeep` for page code under jsdom, answered by a real CasekeepService over a fresh
 * SQLCipher vault in a temporary folder, as main answers the preload. `cut` makes every call fail
 * as the preload reports a lost link to main, until `mend`.
 */
export async function openPageVault() {
  const { service } = await openService();
  connected = service;
  return {
    service,
    /** Every call the page made, in order, with its input. */
    calls,
    cut: () => {
      cut = true;
    },
    mend: () => {
      cut = false;
    },
    /** Resolves once every call sent so far has been answered (a closed screen's last save, say). */
    idle: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
