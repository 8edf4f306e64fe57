import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Harness } from '../../harness/server';
import { CreateVaultPage } from './create-vault-page';
import { HomePage } from './home-page';
import { LanguageSwitcher } from './language-switcher';
import { RecoverPage } from './recover-page';
import { RecoveryKeyPage } from './recovery-key-page';
import { UnlockPage } from './unlock-page';

export const SCREENSHOT_DIR = join(__dirname, '../../../test-results/screenshots');

/** The whole app as a user meets it: its screens, the header's switcher, and common journeys. */
export class CasekeepApp {
  readonly create: CreateVaultPage;
  readonly recoveryKey: RecoveryKeyPage;
  readonly unlock: UnlockPage;
  readonly recover: RecoverPage;
  readonly home: HomePage;
  readonly language: LanguageSwitcher;

  constructor(
    readonly page: Page,
    readonly harness: Harness,
  ) {
    this.create = new CreateVaultPage(page);
    this.recoveryKey = new RecoveryKeyPage(page);
    this.unlock = new UnlockPage(page);
    this.recover = new RecoverPage(page);
    this.home = new HomePage(page);
    this.language = new LanguageSwitcher(page);
  }

  /** Opens the app and waits for the first real screen (Create or Unlock). */
  async open(): Promise<void> {
    await this.page.goto(this.harness.url);
    await expect(this.create.root.or(this.unlock.root).or(this.home.root)).toBeVisible();
  }

  /** First run up to the open vault; answers the recovery key that was shown. */
  async createVault(passphrase: string): Promise<string> {
    await this.create.create(passphrase);
    const key = await this.recoveryKey.readKey();
    await this.recoveryKey.confirmWrittenDown();
    await expect(this.home.root).toBeVisible();
    return key;
  }

  async lock(): Promise<void> {
    await this.home.lock();
    await expect(this.unlock.root).toBeVisible();
  }

  /** Calls the bridge from inside the page, as the renderer's client does. */
  invokeInPage(method: string, input: unknown): Promise<unknown> {
    return this.page.evaluate(([m, i]) => (globalThis as unknown as BridgeHolder).casekeep.invoke(m, i), [method, input] as const);
  }

  async screenshot(name: string): Promise<void> {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  }
}

/** The page's global as the tests see it; the node project has no DOM types. */
export interface BridgeHolder {
  casekeep: { invoke(method: string, input: unknown): Promise<unknown>; onEvent(listener: unknown): () => void };
}
