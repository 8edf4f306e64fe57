import type { Page } from '@playwright/test';

export type CaseSection = 'person' | 'incident' | 'testimony' | 'source' | 'organisation';

/** One case: its details, its sections, its timeline and trash buttons. */
export class CasePage {
  readonly root;
  readonly heading;
  readonly summary;
  readonly status;
  readonly save;
  readonly saved;
  readonly timeline;
  readonly deleteButton;
  readonly deleteDialog;
  readonly documents;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('screen-case');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.summary = page.getByTestId('case-summary');
    this.status = page.getByTestId('case-status');
    this.save = page.getByTestId('case-save');
    this.saved = page.getByTestId('case-saved');
    this.timeline = page.getByTestId('case-timeline');
    this.deleteButton = page.getByTestId('case-delete');
    this.deleteDialog = page.getByTestId('case-delete-dialog');
    this.documents = page.getByTestId('case-section-documents');
  }

  section(kind: CaseSection) {
    return this.page.getByTestId(`case-section-${kind}`);
  }

  sectionCount(kind: CaseSection) {
    return this.section(kind).getByTestId('section-count');
  }

  items(kind: CaseSection) {
    return this.page.getByTestId(`case-${kind}-item`);
  }

  async add(kind: CaseSection): Promise<void> {
    await this.page.getByTestId(`case-add-${kind}`).click();
  }

  async openItem(kind: CaseSection, label: string): Promise<void> {
    await this.items(kind).getByTestId('record-open').filter({ hasText: label }).click();
  }

  async moveToTrash(): Promise<void> {
    await this.deleteButton.click();
    await this.deleteDialog.getByTestId('confirm-dialog-confirm').click();
  }
}
