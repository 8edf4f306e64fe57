import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP, findAppFile, handleAppRequest } from '../../../src/main/electron/app-protocol';
import { resolveAppPath } from '../../../src/main/electron/url-policy';
import { tempFolder } from '../../helpers/temp';

describe('S2 resolveAppPath', () => {
  const root = resolve('/opt/casekeep/out/renderer');

  it('maps app paths to files inside the root', () => {
    expect(resolveAppPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, '/assets/index-B3x_9a.js')).toBe(join(root, 'assets', 'index-B3x_9a.js'));
  });

  it.each([
    ['a parent segment', '/../main/index.js'],
    ['a nested parent segment', '/assets/../../secret.txt'],
    ['an encoded parent segment', '/%2e%2e/main/index.js'],
    ['an upper-case encoded parent segment', '/%2E%2E/%2E%2E/etc/passwd'],
    ['a half-encoded parent segment', '/.%2e/main/index.js'],
    ['a double-encoded parent segment', '/%252e%252e/main/index.js'],
    ['an encoded slash', '/assets%2f..%2f..%2fmain/index.js'],
    ['a current-directory segment', '/./index.html'],
    ['an absolute path after the slash', '//etc/passwd'],
    ['a path without a leading slash', 'index.html'],
    ['an encoded absolute path', '/%2Fetc/passwd'],
    ['a Windows drive', '/C:/Windows/win.ini'],
    ['a backslash', '/..\\..\\main\\index.js'],
    ['an encoded backslash', '/..%5c..%5cmain%5cindex.js'],
    ['a NUL byte', '/index.html\u0000.png'],
    ['an encoded NUL byte', '/index.html%00.png'],
    ['a malformed escape', '/%E0%A4%A'],
    ['a hidden file', '/.env'],
    ['a folder', '/assets/'],
    ['a space', '/assets/a%20b.css'],
  ])('refuses %s', (_name, path) => {
    expect(resolveAppPath(root, path)).toBeNull();
  });
});

describe('S2/S3 handleAppRequest', () => {
  let root = '';
  let outside = '';

  beforeAll(async () => {
    const base = await tempFolder('casekeep-renderer-');
    root = join(base, 'renderer');
    outside = join(base, 'main');
    await mkdir(join(root, 'assets'), { recursive: true });
    await mkdir(outside);
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Casekeep</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(root, 'notes.md'), 'not part of a build');
    await writeFile(join(outside, 'index.js'), 'secret main code');
    await symlink(join(outside, 'index.js'), join(root, 'assets', 'escape.js'));
  });

  const get = (url: string) => handleAppRequest({ url, method: 'GET' }, root);

  it('serves a known file with its type and the CSP', async () => {
    const response = await get('app://casekeep/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Casekeep</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    const script = await get('app://casekeep/assets/app.js?v=1#x');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    ['an unknown file', 'app://casekeep/missing.js'],
    ['a file of a type the build never holds', 'app://casekeep/notes.md'],
    ['a symlink that leads out of the root', 'app://casekeep/assets/escape.js'],
    ['an encoded parent path', 'app://casekeep/%2e%2e/main/index.js'],
    ['an encoded backslash path', 'app://casekeep/..%5cmain%5cindex.js'],
    ['another host', 'app://other/index.html'],
  ])('answers 404 with the CSP for %s', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handleAppRequest({ url: 'app://casekeep/index.html', method: 'POST' }, root);
    expect(response.status).toBe(405);
    const head = await handleAppRequest({ url: 'app://casekeep/index.html', method: 'HEAD' }, root);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('finds only regular files inside the root', async () => {
    expect(await findAppFile(root, '/index.html')).toMatchObject({ contentType: 'text/html; charset=utf-8' });
    expect(await findAppFile(root, '/assets')).toBeNull();
    expect(await findAppFile(root, '/assets/escape.js')).toBeNull();
  });
});

describe('S3 APP_CSP', () => {
  it('is the strict policy with no inline script, eval or remote origin', () => {
    expect(APP_CSP).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; media-src 'self' blob:; font-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(APP_CSP).not.toMatch(/unsafe|wasm|https?:|\*/);
  });
});
