import type { Page } from '@playwright/test';

/** The backup screen, reached from Settings. */
export class BackupPage {
  readonly root;
  readonly heading;
  readonly choose;
  readonly status;
  readonly result;
  readonly location;
  readonly counts;
  readonly last;
  readonly reminderDays;
  readonly reminderSave;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('screen-backup');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.choose = page.getByTestId('backup-choose');
    this.status = page.getByTestId('backup-status');
    this.result = page.getByTestId('backup-result');
    this.location = page.getByTestId('backup-location');
    this.counts = page.getByTestId('backup-counts');
    this.last = page.getByTestId('backup-last');
    this.reminderDays = page.getByTestId('backup-reminder-days');
    this.reminderSave = page.getByTestId('backup-reminder-save');
  }

  async openFromSettings(): Promise<void> {
    await this.page.getByTestId('nav-settings').click();
    await this.page.getByTestId('settings-open-backup').click();
  }
}
