import type { Page } from '@playwright/test';

/** The "Unsaved changes restored — Save / Discard" notice at the top of a record form. */
export class DraftNotice {
  readonly root;
  readonly save;
  readonly discard;

  constructor(page: Page) {
    this.root = page.getByTestId('draft-restored');
    this.save = page.getByTestId('draft-restored-save');
    this.discard = page.getByTestId('draft-restored-discard');
  }
}
