import type { Page } from '@playwright/test';

export class RecoveryKeyPage {
  readonly root;
  readonly key;
  readonly writtenDown;
  readonly continueButton;

  constructor(page: Page) {
    this.root = page.getByTestId('screen-recovery-key');
    this.key = page.getByTestId('recovery-key');
    this.writtenDown = page.getByTestId('recovery-key-written');
    this.continueButton = page.getByTestId('recovery-key-continue');
  }

  /** The key as shown: groups of four separated by spaces. */
  async readKey(): Promise<string> {
    await this.key.waitFor();
    return (await this.key.textContent()) ?? '';
  }

  async confirmWrittenDown(): Promise<void> {
    await this.writtenDown.check();
    await this.continueButton.click();
  }
}
