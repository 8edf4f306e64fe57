import { defineConfig } from '@playwright/test';

/*
 * The browser end-to-end suite: Debian's Chromium (Playwright's own browser download is not
 * reachable from the build machines) drives the built renderer through the loopback harness.
 * Each test starts its own harness and vault, so tests run one at a time: Argon2id takes
 * 256 MiB and over a second per call, on two shared cores.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e-output',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'en-US',
    colorScheme: 'light',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-gpu',
        '--no-first-run',
        // Belt and braces for S8: any name but the harness's resolves to nothing.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ],
    },
  },
});
