import type { Page } from '@playwright/test';

export class UnlockPage {
  readonly root;
  readonly heading;
  readonly passphrase;
  readonly submit;
  readonly passphraseError;
  readonly lockReason;
  readonly useRecoveryKey;

  constructor(page: Page) {
    this.root = page.getByTestId('screen-unlock');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.passphrase = page.getByTestId('unlock-passphrase');
    this.submit = page.getByTestId('unlock-submit');
    this.passphraseError = page.getByTestId('unlock-passphrase-error');
    this.lockReason = page.getByTestId('lock-reason');
    this.useRecoveryKey = page.getByTestId('use-recovery-key');
  }

  async unlock(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.submit.click();
  }
}
