import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Request } from '@playwright/test';
import { BRIDGE_MEMBERS } from '../../src/shared/bridge';
import { expect, test } from './fixtures';

/*
 * docs/security.md S1, S7, S34: the page runs the BUILT preload (out/preload/index.js) inside the
 * harness's emulation of Electron's sandbox, whose `require` offers only `electron` and a few
 * built-ins. This suite runs after `npm run build` (package.json "e2e"), so it checks the file
 * that ships; if the preload required zod again, every spec would fail to find window.casekeep.
 */
const BUILT_PRELOAD = resolve(__dirname, '../../out/preload/index.js');

// The forged call below is refused with 403, which Chromium logs.
test.use({ expectedConsoleErrors: /status of 403/ });

test('the built preload requires nothing but electron', async () => {
  const bundle = await readFile(BUILT_PRELOAD, 'utf8');
  const required = [...bundle.matchAll(/\brequire\s*\(\s*(["'`])([^"'`]*)\1\s*\)/g)].map((match) => match[2]);
  expect(required).toEqual(['electron']);
  // No way around the literal check: no computed require, no dynamic import.
  expect(bundle.match(/\brequire\s*[([.]/g)).toHaveLength(1);
  expect(bundle).not.toMatch(/\bimport\s*\(/);
});

test('the page sees only the bridge: its two members, frozen, and no Node', async ({ app, page, harness }) => {
  const invokes: string[] = [];
  page.on('request', (request: Request) => {
    if (request.url() === `${harness.origin}/api/invoke`) invokes.push(request.postData() ?? '');
  });
  await app.open();
  expect(await page.evaluate('Object.keys(window.casekeep)')).toEqual([...BRIDGE_MEMBERS]);
  expect(await page.evaluate('[typeof require, typeof process, typeof module, typeof exports, typeof Buffer, typeof global]')).toEqual([
    'undefined',
    'undefined',
    'undefined',
    'undefined',
    'undefined',
    'undefined',
  ]);
  // As contextBridge does: a property the page can neither replace nor change.
  expect(
    await page.evaluate(`(() => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'casekeep');
      try { window.casekeep = null; } catch {}
      try { window.casekeep.invoke = null; } catch {}
      return [descriptor.writable, descriptor.configurable, Object.isFrozen(window.casekeep), typeof window.casekeep.invoke];
    })()`),
  ).toEqual([false, false, true, 'function']);

  // The preload itself refuses a name outside the contract: nothing reaches main.
  const before = invokes.length;
  expect(await app.invokeInPage('vault.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  expect(await app.invokeInPage('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  expect(invokes.length).toBe(before);

  // Contract calls go through to main, which checks the schema and the lock.
  expect(await app.invokeInPage('vault.create', { passphrase: 'short' })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fields: [{ path: 'passphrase' }] },
  });
  expect(await app.invokeInPage('vault.changePassphrase', { current: 'a', next: 'long enough now' })).toMatchObject({
    ok: false,
    error: { code: 'VAULT_LOCKED' },
  });
  expect(invokes.length).toBe(before + 2);
  // An input that Electron's IPC cannot clone is a typed error, not a rejection.
  expect(await page.evaluate(`window.casekeep.invoke('vault.status', { callback() {} })`)).toMatchObject({
    ok: false,
    error: { code: 'INTERNAL' },
  });

  // Without the token nothing answers, even from the page's own origin.
  const forged = await page.evaluate(`fetch('/api/invoke', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ method: 'vault.status', input: {} }),
  }).then((response) => response.status)`);
  expect(forged).toBe(403);
  const wrongToken = await page.request.post(`${harness.origin}/api/invoke`, {
    headers: { 'x-casekeep-token': '0'.repeat(64) },
    data: { method: 'vault.status', input: {} },
  });
  expect(wrongToken.status()).toBe(403);
});

test.describe('the emulated sandbox refuses what Electron’s refuses', () => {
  // A preload that asks for more than `electron` must fail here as it would in the app.
  for (const module of ['zod', 'fs', 'node:fs', 'child_process', '../shared/api']) {
    test(`a preload that requires ${module} never exposes the bridge`, async ({ browser, harnessModule }) => {
      const built = await readFile(BUILT_PRELOAD, 'utf8');
      const preloadPath = join(tmpdir(), `casekeep-preload-${process.pid}-${module.replace(/\W/g, '_')}.js`);
      await writeFile(preloadPath, `require(${JSON.stringify(module)});\n${built}`);
      const harness = await harnessModule.startHarness({ preloadPath });
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(harness.url);
        await expect.poll(() => errors).toContain(`module not found: ${module}`);
        expect(await page.evaluate('typeof window.casekeep')).toBe('undefined');
      } finally {
        await context.close();
        await harness.close();
        await rm(preloadPath, { force: true });
      }
    });
  }

  test('the built preload, loaded as the app loads it, exposes the bridge through contextBridge', async ({ browser, harnessModule }) => {
    // The same file through the same path, as a control for the refusals above.
    const harness = await harnessModule.startHarness({ preloadPath: BUILT_PRELOAD });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(harness.url);
      await expect.poll(() => page.evaluate('typeof window.casekeep?.invoke')).toBe('function');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await harness.close();
    }
  });
});

test('the harness serves only the build, by the same allow-list as app://', async ({ page, harness }) => {
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/.vite/manifest.json', '/assets/../../package.json', '/nothing.js', '/preload/index.js']) {
    const response = await page.request.get(`${harness.origin}${path}`);
    expect(response.status(), path).toBe(404);
  }
  const index = await page.request.get(harness.url);
  expect(index.status()).toBe(200);
});
