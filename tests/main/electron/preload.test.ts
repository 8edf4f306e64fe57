import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, ...args: unknown[]) => void;

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, Listener[]>(),
  invoke: vi.fn(async (_channel: string, method: string) => ({ ok: true, value: { echoed: method } })),
}));

vi.mock('electron', () => {
  return {
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: fake.invoke,
      on: (channel: string, listener: Listener) => {
        fake.listeners.set(channel, [...(fake.listeners.get(channel) ?? []), listener]);
      },
      removeListener: (channel: string, listener: Listener) => {
        fake.listeners.set(channel, (fake.listeners.get(channel) ?? []).filter((l) => l !== listener));
      },
    },
  };
});

import '../../../src/preload/index';
import { METHODS } from '../../../src/shared/api';
import { BRIDGE_MEMBERS, type CasekeepBridge, type CasekeepEvent } from '../../../src/shared/bridge';

function bridge(): CasekeepBridge {
  const api = fake.exposed.get('casekeep');
  if (api === undefined) throw new Error('nothing exposed as casekeep');
  return api as CasekeepBridge;
}

function emit(data: CasekeepEvent): void {
  const ipcEvent = { sender: 'the ipcRenderer handle', senderId: 0 };
  for (const listener of fake.listeners.get('casekeep:event') ?? []) listener(ipcEvent, data);
}

describe('S7 the preload bridge', () => {
  beforeEach(() => fake.invoke.mockClear());

  it('exposes exactly invoke and onEvent under window.casekeep and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['casekeep']);
    expect(Object.keys(bridge()).sort()).toEqual([...BRIDGE_MEMBERS].sort());
    expect(BRIDGE_MEMBERS).toEqual(['invoke', 'onEvent']);
  });

  it('passes every contract method to the one invoke channel', async () => {
    expect(METHODS.length).toBeGreaterThan(0);
    for (const method of METHODS) {
      await expect(bridge().invoke(method, {} as never)).resolves.toEqual({ ok: true, value: { echoed: method } });
      expect(fake.invoke).toHaveBeenLastCalledWith('casekeep:invoke', method, {});
    }
  });

  it.each(['fs.readFile', 'vault', '__proto__', 'constructor', 'toString', '', 'vault.status '])(
    'refuses the unknown method %j without touching IPC',
    async (method) => {
      await expect(bridge().invoke(method as never, {} as never)).resolves.toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_METHOD' },
      });
      expect(fake.invoke).not.toHaveBeenCalled();
    },
  );

  it('refuses a method name that is not a string', async () => {
    for (const method of [42, null, undefined, { toString: () => 'vault.status' }, ['vault.status']]) {
      await expect(bridge().invoke(method as never, {} as never)).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(fake.invoke).not.toHaveBeenCalled();
  });

  it('turns a failed IPC call into a typed error instead of a rejection', async () => {
    fake.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    await expect(bridge().invoke('vault.status', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('gives event listeners only the data, never the IPC event, and unsubscribes', () => {
    const seen: unknown[][] = [];
    const unsubscribe = bridge().onEvent((...args: unknown[]) => seen.push(args));
    emit({ type: 'locked', reason: 'lock-screen' });
    expect(seen).toEqual([[{ type: 'locked', reason: 'lock-screen' }]]);

    unsubscribe();
    emit({ type: 'locked', reason: 'idle' });
    expect(seen).toHaveLength(1);
    expect(fake.listeners.get('casekeep:event')).toEqual([]);
  });

  it('ignores a listener that is not a function', () => {
    const before = fake.listeners.get('casekeep:event')?.length ?? 0;
    const unsubscribe = bridge().onEvent('alert(1)' as never);
    expect(fake.listeners.get('casekeep:event')?.length ?? 0).toBe(before);
    expect(typeof unsubscribe).toBe('function');
  });
});
