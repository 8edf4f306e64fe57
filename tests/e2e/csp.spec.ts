import { APP_CSP } from '../../src/main/electron/app-protocol';
import { expect, test } from './fixtures';

// The violations this spec provokes on purpose; the fixture fails on any other console error.
test.use({ expectedConsoleErrors: /Content Security Policy|Refused to (execute|evaluate|load|apply)/ });

/*
 * S3 as written in docs/security.md, checked against the header each response really carries
 * (not against the APP_CSP constant, which could be weakened together with its tests).
 */
const S3_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};
// Nothing else may appear as a source anywhere: no 'unsafe-*', no wasm, no hosts, no data:.
const ALLOWED_SOURCES = new Set(["'self'", "'none'", 'blob:']);

function expectStrictPolicy(header: string | undefined, where: string): void {
  expect(header, `${where}: no CSP header`).toBeTruthy();
  const directives = new Map<string, string[]>();
  for (const part of (header as string).split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  for (const [name, sources] of Object.entries(S3_DIRECTIVES)) expect(directives.get(name), `${where}: ${name}`).toEqual(sources);
  for (const [name, sources] of directives) {
    for (const source of sources) expect(ALLOWED_SOURCES.has(source), `${where}: ${name} ${source}`).toBe(true);
  }
}

interface Violation {
  directive: string;
  blocked: string;
}

// Installed before any page script through the DevTools protocol, which the CSP does not bind.
const RECORD_VIOLATIONS = `
  globalThis.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    globalThis.__violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
  });
`;

test.describe('S3: strict CSP', () => {
  test('every page and asset carries the app CSP, and the app itself causes no violation', async ({ app, page, harness }) => {
    await page.addInitScript(RECORD_VIOLATIONS);
    const policies = new Map<string, string | undefined>();
    page.on('response', (response) => {
      if (response.url().startsWith(harness.origin)) policies.set(response.url(), response.headers()['content-security-policy']);
    });
    const response = await page.goto(harness.url);
    expectStrictPolicy(response?.headers()['content-security-policy'], 'index.html');
    // The harness serves the app protocol's own header, so this suite sees what app:// sends.
    expect(response?.headers()['content-security-policy']).toBe(APP_CSP);
    await expect(app.create.root).toBeVisible();
    await app.create.fill('some words for the meter');
    await app.language.choose('kk');

    const built = await (await page.request.get(`${harness.origin}/index.html`)).text();
    expect(built).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(built).not.toMatch(/\sstyle=|<style/i);
    expect(await page.evaluate('globalThis.__violations')).toEqual([]);
    // The document, its script and style, the icon and every API answer.
    expect([...policies.keys()].some((url) => url.endsWith('.js'))).toBe(true);
    expect([...policies.keys()].some((url) => url.endsWith('.css'))).toBe(true);
    for (const [url, policy] of policies) expectStrictPolicy(policy, url);
    // Refusals carry it too: a missing file, a path outside the build, a call without the token.
    for (const path of ['/nothing.js', '/%2e%2e/package.json']) {
      const refused = await page.request.get(`${harness.origin}${path}`);
      expect(refused.status(), path).toBe(404);
      expectStrictPolicy(refused.headers()['content-security-policy'], path);
    }
    const forbidden = await page.request.post(`${harness.origin}/api/invoke`, { data: { method: 'vault.status', input: {} } });
    expect(forbidden.status()).toBe(403);
    expectStrictPolicy(forbidden.headers()['content-security-policy'], 'a refused call');
  });

  test('an injected inline script, inline handler, eval and a foreign script do not run', async ({ app, page, requestsOffOrigin }) => {
    await page.addInitScript(RECORD_VIOLATIONS);
    await app.open();

    await page.evaluate(`(() => {
      const script = document.createElement('script');
      script.textContent = 'globalThis.__inlineRan = true';
      document.body.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="/favicon.svg" onload="globalThis.__handlerRan = true">';
      document.body.append(holder);
      const foreign = document.createElement('script');
      foreign.src = 'https://cdn.example.org/evil.js';
      document.body.append(foreign);
    })()`);
    // DevTools' own evaluation may generate code, so the attempts run later from a timer,
    // as page code would, and report what happened.
    await page.evaluate(`setTimeout(() => {
      const outcome = (run) => { try { run(); return 'ran'; } catch (error) { return error.name; } };
      globalThis.__attempts = {
        eval: outcome(() => eval('globalThis.__evalRan = true')),
        newFunction: outcome(() => new Function('globalThis.__functionRan = true')()),
        timerString: outcome(() => setTimeout('globalThis.__timerRan = true', 0)),
      };
    }, 0)`);
    await expect.poll(() => page.evaluate('globalThis.__attempts')).toBeTruthy();
    const attempts = await page.evaluate('globalThis.__attempts');
    expect(attempts).toMatchObject({ eval: 'EvalError', newFunction: 'EvalError' });

    await expect
      .poll(async () => ((await page.evaluate('globalThis.__violations')) as Violation[]).map((v) => `${v.directive} ${v.blocked}`).sort())
      .toEqual(expect.arrayContaining(['script-src eval', 'script-src-attr inline', 'script-src-elem inline', 'script-src-elem https://cdn.example.org/evil.js']));
    // Give anything that slipped through time to run before looking.
    await page.waitForTimeout(200);
    expect(
      await page.evaluate(
        `[globalThis.__inlineRan, globalThis.__handlerRan, globalThis.__evalRan, globalThis.__functionRan, globalThis.__timerRan]`,
      ),
    ).toEqual([undefined, undefined, undefined, undefined, undefined]);
    // The foreign script was stopped in the browser, before any connection (S8 counts the rest).
    await expect
      .poll(() => requestsOffOrigin.map((request) => `${request.url()} ${request.failure()?.errorText}`))
      .toEqual(['https://cdn.example.org/evil.js csp']);
  });
});
