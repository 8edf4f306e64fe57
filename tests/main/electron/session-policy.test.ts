import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { APP_CSP } from '../../../src/main/electron/app-protocol';
import { ALLOWED_PERMISSIONS, APP_PARTITION, hardenSession, permissionAllowed } from '../../../src/main/electron/session-policy';
import { tempFolder } from '../../helpers/temp';

type AnyFn = (...args: never[]) => unknown;

function fakeSession(rendererRoot = '/nonexistent/renderer') {
  const calls = new Map<string, unknown[]>();
  const record = (name: string) => (...args: unknown[]) => {
    calls.set(name, args);
  };
  const ses = {
    protocol: { handle: record('protocol.handle') },
    setPermissionRequestHandler: record('setPermissionRequestHandler'),
    setPermissionCheckHandler: record('setPermissionCheckHandler'),
    setDevicePermissionHandler: record('setDevicePermissionHandler'),
    setDisplayMediaRequestHandler: record('setDisplayMediaRequestHandler'),
    setSpellCheckerEnabled: record('setSpellCheckerEnabled'),
    setSpellCheckerDictionaryDownloadURL: record('setSpellCheckerDictionaryDownloadURL'),
    webRequest: { onBeforeRequest: record('webRequest.onBeforeRequest') },
    on: record('on'),
  };
  hardenSession(ses as unknown as Session, rendererRoot);
  const handler = <F extends AnyFn>(name: string, index = 0): F => {
    const fn = calls.get(name)?.[index];
    if (typeof fn !== 'function') throw new Error(`${name} was not given a handler`);
    return fn as F;
  };
  return { calls, handler };
}

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal', 'hid', 'usb', 'fullscreen'];

describe('S5 permissions', () => {
  it('allows nothing', () => {
    expect(ALLOWED_PERMISSIONS.size).toBe(0);
    for (const permission of PERMISSIONS) expect(permissionAllowed(permission, 'app://casekeep/index.html')).toBe(false);
  });

  it('denies camera, geolocation and notification requests from the app page itself', () => {
    const { handler } = fakeSession();
    const request = handler<(wc: unknown, p: string, cb: (granted: boolean) => void, d: unknown) => void>('setPermissionRequestHandler');
    for (const permission of PERMISSIONS) {
      const callback = vi.fn();
      request({}, permission, callback, { requestingUrl: 'app://casekeep/index.html', isMainFrame: true });
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check, device request and screen capture with no', () => {
    const { handler } = fakeSession();
    const check = handler<(wc: unknown, p: string, origin: string) => boolean>('setPermissionCheckHandler');
    for (const permission of PERMISSIONS) expect(check(null, permission, 'app://casekeep')).toBe(false);
    expect(handler<(d: unknown) => boolean>('setDevicePermissionHandler')({ deviceType: 'usb' })).toBe(false);
    const capture = vi.fn();
    handler<(r: unknown, cb: (s: unknown) => void) => void>('setDisplayMediaRequestHandler')({}, capture);
    expect(capture).toHaveBeenCalledWith(null);
  });
});

describe('S8 network and disk', () => {
  it('uses an in-memory partition', () => {
    expect(APP_PARTITION).not.toMatch(/^persist:/);
  });

  it('turns off the spell checker and points its dictionary download nowhere', () => {
    const { calls } = fakeSession();
    expect(calls.get('setSpellCheckerEnabled')).toEqual([false]);
    const url = String(calls.get('setSpellCheckerDictionaryDownloadURL')?.[0]);
    expect(new URL(url).hostname).toBe('0.0.0.0');
  });

  it('cancels every request that leaves the app origin', () => {
    const { handler } = fakeSession();
    const filter = handler<(d: { url: string }, cb: (r: { cancel: boolean }) => void) => void>('webRequest.onBeforeRequest');
    const verdict = (url: string) => {
      const callback = vi.fn();
      filter({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(verdict('app://casekeep/assets/app.js')).toEqual({ cancel: false });
    expect(verdict('https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic')).toEqual({ cancel: true });
    expect(verdict('http://127.0.0.1:8080/')).toEqual({ cancel: true });
  });

  it('cancels downloads, which would write page content to disk', () => {
    const { calls } = fakeSession();
    expect(calls.get('on')?.[0]).toBe('will-download');
    const listener = calls.get('on')?.[1] as (event: { preventDefault(): void }) => void;
    const event = { preventDefault: vi.fn() };
    listener(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('serves the app scheme from the renderer build by allow-list: real files with their bytes, nothing else', async () => {
    // A renderer build beside a secret it must never serve.
    const folder = await tempFolder('casekeep-session-');
    const root = join(folder, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    const page = Buffer.from('<!doctype html><title>Casekeep</title>');
    const script = Buffer.from('console.log("app")');
    await writeFile(join(root, 'index.html'), page);
    await writeFile(join(root, 'assets/app-1.js'), script);
    await writeFile(join(root, 'notes.txt'), 'not a kind of file the build holds');
    await writeFile(join(folder, 'secret.json'), '{"key":"outside the build"}');
    await symlink(join(folder, 'secret.json'), join(root, 'assets/link.json'));

    const { calls } = fakeSession(root);
    expect(calls.get('protocol.handle')?.[0]).toBe('app');
    const serve = calls.get('protocol.handle')?.[1] as (request: { url: string; method: string }) => Promise<Response>;

    for (const [url, bytes, type] of [
      ['app://casekeep/index.html', page, 'text/html; charset=utf-8'],
      ['app://casekeep/assets/app-1.js', script, 'text/javascript; charset=utf-8'],
    ] as const) {
      const response = await serve({ url, method: 'GET' });
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(APP_CSP);
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes), url).toBe(true);
    }

    for (const url of [
      'app://casekeep/../secret.json',
      'app://casekeep/%2e%2e/secret.json',
      'app://casekeep/assets/..%2f..%2fsecret.json',
      'app://casekeep/assets/link.json',
      'app://casekeep/notes.txt',
      'app://casekeep/nothing.js',
      'app://casekeep/assets/',
      'app://other/index.html',
    ]) {
      const response = await serve({ url, method: 'GET' });
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy'), url).toBe(APP_CSP);
      expect(await response.text(), url).not.toContain('outside the build');
    }
  });
});
