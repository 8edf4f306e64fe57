import type { Page } from '@playwright/test';

export class TrashPage {
  readonly root;
  readonly heading;
  readonly rows;
  readonly empty;
  readonly status;
  readonly dialog;
  readonly confirm;
  readonly cancel;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('screen-trash');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.rows = page.getByTestId('trash-row');
    this.empty = page.getByTestId('trash-empty');
    this.status = page.getByTestId('trash-status');
    this.dialog = page.getByTestId('purge-dialog');
    this.confirm = this.dialog.getByTestId('confirm-dialog-confirm');
    this.cancel = this.dialog.getByTestId('confirm-dialog-cancel');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-trash').click();
    await this.root.waitFor();
  }

  row(label: string) {
    return this.rows.filter({ hasText: label });
  }

  async restore(label: string): Promise<void> {
    await this.row(label).getByTestId('trash-restore').click();
  }

  async askToPurge(label: string): Promise<void> {
    await this.row(label).getByTestId('trash-purge').click();
  }
}
