import { test as base, expect, type ConsoleMessage, type Request } from '@playwright/test';
import { require as tsxRequire } from 'tsx/cjs/api';
import type { Harness } from '../harness/server';
import { CasekeepApp } from './pages/casekeep-app';

type HarnessModule = typeof import('../harness/server');

interface WorkerFixtures {
  harnessModule: HarnessModule;
}

interface Fixtures {
  /** A fresh harness and an empty vault folder for this test alone. */
  harness: Harness;
  app: CasekeepApp;
  /** Console errors a test expects (CSP violations it provokes); any other fails the test. */
  expectedConsoleErrors: RegExp | null;
  /** S8: every request of the test is checked against the harness origin. */
  requestsOffOrigin: Request[];
  consoleErrors: string[];
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  expectedConsoleErrors: [null, { option: true }],

  // Loaded through tsx rather than Playwright's transform, which cannot load the core: it
  // leaves `import.meta` in CommonJS output. Once per worker; each harness then starts in ms.
  harnessModule: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; there are none.
    async ({}, use) => {
      await use(tsxRequire('../harness/server.ts', __filename) as HarnessModule);
    },
    { scope: 'worker' },
  ],

  harness: async ({ harnessModule }, use) => {
    const harness = await harnessModule.startHarness();
    await use(harness);
    await harness.close();
  },

  requestsOffOrigin: [
    async ({ context, harness }, use) => {
      const offOrigin: Request[] = [];
      context.on('request', (request) => {
        // A blob: URL of the app's own origin is memory of the page (a photo shown from a Blob), not a request.
        const url = request.url();
        if (!url.startsWith(`${harness.origin}/`) && !url.startsWith(`blob:${harness.origin}/`)) offOrigin.push(request);
      });
      await use(offOrigin);
      // Chromium reports a request the CSP stopped, but it never reached the network.
      const left = offOrigin.filter((request) => request.failure()?.errorText !== 'csp');
      expect(left.map((request) => request.url()), 'requests that left the harness origin (S8)').toEqual([]);
    },
    { auto: true },
  ],

  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      const record = (text: string): void => {
        if (!expectedConsoleErrors?.test(text)) errors.push(text);
      };
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'error') record(message.text());
      });
      page.on('pageerror', (error) => record(`${error.name}: ${error.message}`));
      await use(errors);
      expect(errors, 'unexpected errors in the page console').toEqual([]);
    },
    { auto: true },
  ],

  app: async ({ page, harness }, use) => {
    await use(new CasekeepApp(page, harness));
  },
});

export { expect };

/** Passphrases for the tests: long enough for the contract, different enough to tell apart. */
export const PASSPHRASE = 'steppe river lantern orchard';
export const NEW_PASSPHRASE = 'copper valley winter harbour';
