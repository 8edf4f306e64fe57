import type { Page } from '@playwright/test';

export class HomePage {
  readonly root;
  readonly heading;
  readonly lockButton;

  constructor(page: Page) {
    this.root = page.getByTestId('screen-home');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.lockButton = page.getByTestId('lock-button');
  }

  async lock(): Promise<void> {
    await this.lockButton.click();
  }
}
