import { BRIDGE_MEMBERS } from '../../src/shared/bridge';
import { expect, test } from './fixtures';

// The forged call below is refused with 403, which Chromium logs.
test.use({ expectedConsoleErrors: /status of 403/ });

// The harness's stand-in for the preload must look like the preload from the page (S1, S7),
// or the suite would test a page that the app never shows.
test('the page sees only the bridge: its two members, and no Node', async ({ app, page, harness }) => {
  await app.open();
  expect(await page.evaluate('Object.keys(window.casekeep)')).toEqual([...BRIDGE_MEMBERS]);
  expect(await page.evaluate('[typeof require, typeof process, typeof module, typeof Buffer]')).toEqual([
    'undefined',
    'undefined',
    'undefined',
    'undefined',
  ]);
  expect(await page.evaluate('(() => { try { window.casekeep = null; } catch {} return typeof window.casekeep.invoke; })()')).toBe(
    'function',
  );

  expect(await app.invokeInPage('vault.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  expect(await app.invokeInPage('vault.create', { passphrase: 'short' })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fields: [{ path: 'passphrase' }] },
  });
  expect(await app.invokeInPage('vault.changePassphrase', { current: 'a', next: 'long enough now' })).toMatchObject({
    ok: false,
    error: { code: 'VAULT_LOCKED' },
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

test('the harness serves only the build, by the same allow-list as app://', async ({ page, harness }) => {
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/.vite/manifest.json', '/assets/../../package.json', '/nothing.js']) {
    const response = await page.request.get(`${harness.origin}${path}`);
    expect(response.status(), path).toBe(404);
  }
  const index = await page.request.get(harness.url);
  expect(index.status()).toBe(200);
});
