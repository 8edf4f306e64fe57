import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { APP_CSP } from '../../src/main/electron/app-protocol';
import { INVOKE_CHANNEL } from '../../src/shared/bridge';
import { createElectronStandIn, loadBuiltMain, type FakeSession, type FakeWindow, type StandIn } from './electron-stand-in';

/*
 * docs/security.md S34 (with S1-S6): the BUILT main bundle, out/main/index.js, loaded in plain
 * Node against a stand-in `electron` module, so the wiring that ships is checked and not only its
 * parts. No browser: this spec runs in the Playwright stage only because that stage comes after
 * `npm run build` (package.json "e2e"), while vitest runs before it.
 */
const OUT = resolve(__dirname, '../../out');
const MAIN_BUNDLE = join(OUT, 'main/index.js');
const PASSPHRASE = 'steppe river lantern orchard';

type Handler = (...args: unknown[]) => unknown;
type Answer = { ok: boolean; value?: unknown; error?: { code: string } };

async function waitFor<T>(read: () => T | undefined): Promise<T> {
  await expect.poll(() => read() !== undefined).toBe(true);
  return read() as T;
}

function handler(session: FakeSession, name: string): Handler {
  const found = session.handlers.get(name);
  if (found === undefined) throw new Error(`main set no ${name} handler`);
  return found;
}

/** The IPC event Electron would pass for a call from `frame` in webContents `id`. */
function ipcEvent(id: number, frame: { url: string; parent: unknown } | null) {
  return { sender: { id }, senderFrame: frame, frameId: 1, processId: 1 };
}

test.describe('the built main bundle against a stand-in electron', () => {
  let userData: string;
  let restore: () => void = () => undefined;

  test.beforeEach(async () => {
    userData = await mkdtemp(join(tmpdir(), 'casekeep-main-bundle-'));
  });

  test.afterEach(async () => {
    restore();
    await rm(userData, { recursive: true, force: true });
  });

  async function start(options: { broken?: string[]; singleInstance?: boolean } = {}): Promise<StandIn> {
    const standIn = createElectronStandIn({ userData, singleInstance: options.singleInstance });
    restore = loadBuiltMain(MAIN_BUNDLE, standIn, options.broken ? { broken: options.broken } : {});
    return standIn;
  }

  test('wires the window, the sessions, the app protocol and the one IPC entry point', async () => {
    const standIn = await start();
    const { record } = standIn;

    await test.step('before ready: sandbox for every renderer, app:// privileged, one instance', () => {
      // Both must come before ready, or Electron ignores them.
      const at = (call: string) => record.calls.indexOf(call);
      expect(at('app.enableSandbox')).toBeGreaterThanOrEqual(0);
      expect(at('protocol.registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
      expect(at('app.enableSandbox')).toBeLessThan(at('app.whenReady'));
      expect(at('protocol.registerSchemesAsPrivileged')).toBeLessThan(at('app.whenReady'));
      expect(at('app.requestSingleInstanceLock')).toBeLessThan(at('app.whenReady'));
      expect(record.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
      for (const event of ['before-quit', 'window-all-closed', 'second-instance', 'web-contents-created']) {
        expect(record.app.listeners.get(event)?.length ?? 0, event).toBeGreaterThan(0);
      }
      expect(record.windows).toEqual([]);
      expect(record.ipcHandlers.size).toBe(0);
    });

    standIn.ready();
    const window: FakeWindow = await waitFor(() => record.windows[0]);

    await test.step('S1: the window runs isolated, sandboxed, without Node, with the built preload', () => {
      expect(record.windows).toHaveLength(1);
      expect(window.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        webviewTag: false,
        allowRunningInsecureContent: false,
        partition: 'casekeep',
        preload: join(OUT, 'preload/index.js'),
      });
      expect(window.loadedUrl).toBe('app://casekeep/index.html');
    });

    await test.step('S4: navigation, redirects, webviews and new windows are refused', () => {
      for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
        let prevented = false;
        window.webContents.emit(event, { preventDefault: () => (prevented = true) }, 'https://example.org/');
        expect(prevented, event).toBe(true);
      }
      expect(window.webContents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    });

    const appSession = record.sessions.get('casekeep');
    await test.step('S5, S8: the app session denies permissions, spell-check downloads and off-origin requests', () => {
      expect(appSession).toBeDefined();
      // The default session is shut the same way.
      for (const session of [appSession as FakeSession, record.sessions.get('(default)') as FakeSession]) {
        expect(session).toBeDefined();
        const request = handler(session, 'permissionRequest');
        for (const permission of ['media', 'geolocation', 'notifications']) {
          let granted: boolean | undefined;
          request({}, permission, (answer: boolean) => (granted = answer), { requestingUrl: 'app://casekeep/index.html' });
          expect(granted, permission).toBe(false);
          expect(handler(session, 'permissionCheck')({}, permission, 'app://casekeep')).toBe(false);
        }
        expect(session.spellChecker).toBe(false);
        let verdict: unknown;
        handler(session, 'webRequest.onBeforeRequest')({ url: 'https://example.org/' }, (answer: unknown) => (verdict = answer));
        expect(verdict).toEqual({ cancel: true });
        let downloadPrevented = false;
        session.events.emit('will-download', { preventDefault: () => (downloadPrevented = true) });
        expect(downloadPrevented).toBe(true);
      }
    });

    await test.step('S2, S3: app:// serves the built renderer by allow-list, with the CSP on every answer', async () => {
      const serve = (appSession as FakeSession).protocolHandlers.get('app') as (request: { url: string; method: string }) => Promise<Response>;
      expect(serve).toBeDefined();
      const index = await serve({ url: 'app://casekeep/index.html', method: 'GET' });
      expect(index.status).toBe(200);
      expect(index.headers.get('content-security-policy')).toBe(APP_CSP);
      expect(Buffer.from(await index.arrayBuffer()).equals(await readFile(join(OUT, 'renderer/index.html')))).toBe(true);
      const asset = (await readdir(join(OUT, 'renderer/assets'))).find((name) => name.endsWith('.js'));
      const script = await serve({ url: `app://casekeep/assets/${asset}`, method: 'GET' });
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(script.headers.get('content-security-policy')).toBe(APP_CSP);

      for (const url of [
        'app://casekeep/%2e%2e/package.json',
        'app://casekeep/..%2f..%2fpackage.json',
        'app://casekeep/assets/%2e%2e/%2e%2e/%2e%2e/package.json',
        'app://casekeep/nothing.js',
        'app://casekeep/../main/index.js',
        'app://elsewhere/index.html',
        'file:///etc/passwd',
      ]) {
        const refused = await serve({ url, method: 'GET' });
        expect(refused.status, url).toBe(404);
        expect(refused.headers.get('content-security-policy'), url).toBe(APP_CSP);
      }
      const posted = await serve({ url: 'app://casekeep/index.html', method: 'POST' });
      expect(posted.status).toBe(405);
      expect(posted.headers.get('content-security-policy')).toBe(APP_CSP);
    });

    const invoke = record.ipcHandlers.get(INVOKE_CHANNEL) as Handler;
    const id = window.webContents.id;
    const top = { url: 'app://casekeep/index.html', parent: null };
    const call = (method: string, input: unknown, event = ipcEvent(id, top)) => invoke(event, method, input) as Promise<Answer>;

    await test.step('S6: a contract call goes through the one entry point into the real core', async () => {
      expect([...record.ipcHandlers.keys()]).toEqual([INVOKE_CHANNEL]);
      expect(await call('vault.status', {})).toMatchObject({ ok: true });
      const created = await call('vault.create', { passphrase: PASSPHRASE });
      expect(created).toMatchObject({ ok: true, value: { recoveryKey: expect.any(String) } });
      // The vault lives under app.getPath('userData'), as the stand-in answered.
      expect((await readdir(join(userData, 'vault'))).length).toBeGreaterThan(0);
      const made = await call('records.create', { kind: 'case', data: { title: 'Main bundle case', tags: [] } });
      expect(made).toMatchObject({ ok: true, value: { kind: 'case' } });
      const listed = await call('cases.list', {});
      expect(listed).toMatchObject({ ok: true });
      expect(JSON.stringify(listed.value)).toContain('Main bundle case');
    });

    await test.step('S6: forged senders, unknown methods and bad payloads are refused with typed errors', async () => {
      const forged = [
        ipcEvent(id + 100, top),
        ipcEvent(id, { url: 'app://casekeep/index.html', parent: top }),
        ipcEvent(id, { url: 'https://evil.example/index.html', parent: null }),
        ipcEvent(id, { url: 'app://elsewhere/index.html', parent: null }),
        ipcEvent(id, null),
      ];
      for (const event of forged) {
        expect(await call('cases.list', {}, event), JSON.stringify(event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
      expect(await call('vault.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
      expect(await call('records.create', { kind: 'case', data: { title: 42 } })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED' },
      });
    });

    await test.step('quitting locks the vault first, then quits', async () => {
      let prevented = false;
      record.app.emit('before-quit', { preventDefault: () => (prevented = true) });
      expect(prevented).toBe(true);
      await expect.poll(() => record.quits).toBeGreaterThan(0);
      expect(await call('cases.list', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    });
  });

  test('a database driver that is not built is one sentence and exit code 1, before any window', async () => {
    const standIn = await start({ broken: ['@journeyapps/sqlcipher'] });
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
    try {
      standIn.ready();
      await expect.poll(() => standIn.record.exitCodes).toEqual([1]);
    } finally {
      console.error = original;
    }
    const sentence = 'The database driver is not built: run `npm rebuild @journeyapps/sqlcipher`.';
    expect(errors).toEqual([`Casekeep cannot start: ${sentence}`]);
    expect(standIn.record.errorBoxes).toEqual([['Casekeep cannot start', sentence]]);
    expect(standIn.record.windows).toEqual([]);
    expect(standIn.record.ipcHandlers.size).toBe(0);
  });

  test('a second instance quits without opening the vault folder', async () => {
    const standIn = await start({ singleInstance: false });
    standIn.ready();
    expect(standIn.record.quits).toBe(1);
    expect(standIn.record.calls).not.toContain('app.whenReady');
    expect(standIn.record.calls.filter((c) => c.startsWith('app.getPath'))).toEqual([]);
  });
});
