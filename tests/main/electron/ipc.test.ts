import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src/shared/errors';

type Handler = (event: unknown, ...args: unknown[]) => Promise<Result<unknown>>;

const fake = vi.hoisted(() => ({ handlers: new Map<string, Handler>() }));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (fake.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      fake.handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => fake.handlers.delete(channel),
  },
}));

import { CasekeepService, type Invoker } from '../../../src/main/core/service/service';
import { checkSender, registerIpc, sendEvent, type FrameLike } from '../../../src/main/electron/ipc';
import { tempFolder } from '../../helpers/temp';

function topFrame(url: string): FrameLike {
  return { url, parent: null };
}

function subFrame(parent: FrameLike, url: string): FrameLike {
  return { url, parent };
}

const APP_PAGE = 'app://casekeep/index.html';
const MAIN_ID = 7;

describe('S6 checkSender', () => {
  it("accepts the main window's own top-level app frame", () => {
    expect(checkSender({ senderFrame: topFrame(APP_PAGE), senderWebContentsId: MAIN_ID, expectedWebContentsId: MAIN_ID })).toBeNull();
  });

  it('refuses another webContents, even one showing the app page', () => {
    const refusal = checkSender({ senderFrame: topFrame(APP_PAGE), senderWebContentsId: 8, expectedWebContentsId: MAIN_ID });
    expect(refusal?.code).toBe('FORBIDDEN');
  });

  it('refuses every sender while there is no main window', () => {
    const refusal = checkSender({ senderFrame: topFrame(APP_PAGE), senderWebContentsId: MAIN_ID, expectedWebContentsId: undefined });
    expect(refusal?.code).toBe('FORBIDDEN');
  });

  it('refuses a sub-frame of the main window, even an app:// one', () => {
    const top = topFrame(APP_PAGE);
    for (const url of [APP_PAGE, 'https://evil.example/']) {
      const refusal = checkSender({ senderFrame: subFrame(top, url), senderWebContentsId: MAIN_ID, expectedWebContentsId: MAIN_ID });
      expect(refusal?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a frame nested deeper than one level', () => {
    const nested = subFrame(subFrame(topFrame(APP_PAGE), APP_PAGE), APP_PAGE);
    expect(checkSender({ senderFrame: nested, senderWebContentsId: MAIN_ID, expectedWebContentsId: MAIN_ID })?.code).toBe('FORBIDDEN');
  });

  it.each(['https://evil.example/', 'file:///home/user/page.html', 'about:blank', 'app://evil/index.html', 'data:text/html,x', ''])(
    'refuses the top frame at the non-app URL %j',
    (url) => {
      const refusal = checkSender({ senderFrame: topFrame(url), senderWebContentsId: MAIN_ID, expectedWebContentsId: MAIN_ID });
      expect(refusal?.code).toBe('FORBIDDEN');
    },
  );

  it('refuses a missing frame and a frame that throws when read', () => {
    expect(checkSender({ senderFrame: null, senderWebContentsId: MAIN_ID, expectedWebContentsId: MAIN_ID })?.code).toBe('FORBIDDEN');
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
      parent: null,
    } satisfies FrameLike;
    expect(checkSender({ senderFrame: disposed, senderWebContentsId: MAIN_ID, expectedWebContentsId: MAIN_ID })?.code).toBe('FORBIDDEN');
  });
});

describe('S6 the IPC entry point', () => {
  const mainWindow = { isDestroyed: () => false, webContents: { id: MAIN_ID } };
  const realEvent = { senderFrame: topFrame(APP_PAGE), sender: { id: MAIN_ID } };

  beforeEach(() => fake.handlers.clear());

  function register(service: Invoker, window: unknown = mainWindow): Handler {
    registerIpc(service, () => window as never);
    const handler = fake.handlers.get('casekeep:invoke');
    if (handler === undefined) throw new Error('no handler on casekeep:invoke');
    return handler;
  }

  it('registers exactly one channel and removes it again', () => {
    const unregister = registerIpc({ invoke: vi.fn() }, () => undefined);
    expect([...fake.handlers.keys()]).toEqual(['casekeep:invoke']);
    unregister();
    expect(fake.handlers.size).toBe(0);
  });

  it('forwards a call from the real window to the service and returns its result', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: { state: 'absent' } }));
    const result = await register({ invoke })(realEvent, 'vault.status', {});
    expect(invoke).toHaveBeenCalledWith('vault.status', {});
    expect(result).toEqual({ ok: true, value: { state: 'absent' } });
  });

  it.each([
    ['another webContents', { senderFrame: topFrame(APP_PAGE), sender: { id: 99 } }],
    ['a sub-frame', { senderFrame: subFrame(topFrame(APP_PAGE), APP_PAGE), sender: { id: MAIN_ID } }],
    ['a foreign page', { senderFrame: topFrame('https://evil.example/'), sender: { id: MAIN_ID } }],
    ['a vanished frame', { senderFrame: null, sender: { id: MAIN_ID } }],
  ])('refuses %s with FORBIDDEN and never reaches the service', async (_name, event) => {
    const invoke = vi.fn();
    const result = await register({ invoke })(event, 'vault.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('refuses calls once the main window is destroyed', async () => {
    const invoke = vi.fn();
    const gone = { isDestroyed: () => true, webContents: { id: MAIN_ID } };
    const result = await register({ invoke }, gone)(realEvent, 'vault.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('answers with a typed error instead of throwing when the service fails', async () => {
    const result = await register({ invoke: () => Promise.reject(new Error('boom')) })(realEvent, 'vault.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('boom');
  });

  it('lets the real service refuse unknown methods, malformed payloads and calls while locked', async () => {
    const handler = register(new CasekeepService({ folder: await tempFolder('casekeep-ipc-') }));
    expect(await handler(realEvent, 'vault.status', {})).toEqual({ ok: true, value: { state: 'absent' } });
    expect(await handler(realEvent, 'fs.readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await handler(realEvent, 'vault.unlock', { passphrase: 42 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await handler(realEvent, 'vault.changePassphrase', { current: 'a passphrase', next: 'another passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_LOCKED' },
    });
  });
});

describe('sendEvent', () => {
  it("sends on the event channel to the main window's page only while it exists", () => {
    const send = vi.fn();
    const window = { isDestroyed: () => false, webContents: { isDestroyed: () => false, send } };
    sendEvent(window as never, { type: 'locked', reason: 'idle' });
    expect(send).toHaveBeenCalledWith('casekeep:event', { type: 'locked', reason: 'idle' });

    send.mockClear();
    sendEvent({ ...window, isDestroyed: () => true } as never, { type: 'locked', reason: 'idle' });
    sendEvent(undefined, { type: 'locked', reason: 'idle' });
    expect(send).not.toHaveBeenCalled();
  });
});
