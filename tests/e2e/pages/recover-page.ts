import type { Page } from '@playwright/test';

export class RecoverPage {
  readonly root;
  readonly recoveryKey;
  readonly passphrase;
  readonly confirm;
  readonly submit;
  readonly back;
  readonly recoveryKeyError;

  constructor(page: Page) {
    this.root = page.getByTestId('screen-recover');
    this.recoveryKey = page.getByTestId('recover-key');
    this.passphrase = page.getByTestId('recover-passphrase');
    this.confirm = page.getByTestId('recover-confirm');
    this.submit = page.getByTestId('recover-submit');
    this.back = page.getByTestId('recover-back');
    this.recoveryKeyError = page.getByTestId('recover-key-error');
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    await this.recoveryKey.fill(recoveryKey);
    await this.passphrase.fill(newPassphrase);
    await this.confirm.fill(newPassphrase);
    await this.submit.click();
  }
}
