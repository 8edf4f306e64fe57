import type { Page } from '@playwright/test';

export class CreateVaultPage {
  readonly root;
  readonly heading;
  readonly passphrase;
  readonly confirm;
  readonly submit;
  readonly strength;
  readonly passphraseError;
  readonly confirmError;

  constructor(page: Page) {
    this.root = page.getByTestId('screen-create');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.passphrase = page.getByTestId('create-passphrase');
    this.confirm = page.getByTestId('create-confirm');
    this.submit = page.getByTestId('create-submit');
    this.strength = page.getByTestId('strength-meter');
    this.passphraseError = page.getByTestId('create-passphrase-error');
    this.confirmError = page.getByTestId('create-confirm-error');
  }

  async fill(passphrase: string, confirm = passphrase): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.confirm.fill(confirm);
  }

  async create(passphrase: string): Promise<void> {
    await this.fill(passphrase);
    await this.submit.click();
  }
}
