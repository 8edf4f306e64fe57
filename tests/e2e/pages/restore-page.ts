import type { Page } from '@playwright/test';

/** The first-run restore: the backup's passphrase, then the host's folder dialog. */
export class RestorePage {
  readonly open;
  readonly root;
  readonly heading;
  readonly passphrase;
  readonly passphraseError;
  readonly submit;
  readonly back;
  readonly status;
  readonly error;

  constructor(page: Page) {
    this.open = page.getByTestId('create-restore');
    this.root = page.getByTestId('screen-restore');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.passphrase = page.getByTestId('restore-passphrase');
    this.passphraseError = page.getByTestId('restore-passphrase-error');
    this.submit = page.getByTestId('restore-submit');
    this.back = page.getByTestId('restore-back');
    this.status = page.getByTestId('restore-status');
    this.error = this.root.getByTestId('form-error');
  }
}
