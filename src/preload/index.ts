import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, EVENT_CHANNEL, INVOKE_CHANNEL, type CasekeepBridge, type CasekeepEvent } from '../shared/bridge';
import type { Result } from '../shared/errors';
// Names only: the sandbox lets the preload require nothing but `electron`, so no zod here (S34).
import { METHOD_NAMES } from '../shared/method-names';

const methods: ReadonlySet<string> = new Set(METHOD_NAMES);

// The page may pass anything; only contract method names ever reach IPC (main checks again).
async function invoke(method: unknown, input: unknown): Promise<Result<unknown>> {
  if (typeof method !== 'string' || !methods.has(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Unknown method.' } };
  }
  try {
    return (await ipcRenderer.invoke(INVOKE_CHANNEL, method, input)) as Result<unknown>;
  } catch {
    // An input that cannot be cloned, or main not answering; the page gets a Result either way.
    return { ok: false, error: { code: 'INTERNAL', message: 'The call could not reach Casekeep.' } };
  }
}

// The IpcRendererEvent stays here: it carries `sender`, a handle on ipcRenderer itself.
function onEvent(listener: (event: CasekeepEvent) => void): () => void {
  if (typeof listener !== 'function') return () => undefined;
  const forward = (_event: IpcRendererEvent, data: CasekeepEvent): void => listener(data);
  ipcRenderer.on(EVENT_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  };
}

const bridge: CasekeepBridge = {
  // Main answers each method with the contract's result type; the cast only states that.
  invoke: invoke as CasekeepBridge['invoke'],
  onEvent,
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
