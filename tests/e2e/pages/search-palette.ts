import { expect, type Page } from '@playwright/test';

/** The Ctrl/Cmd+K palette over any workspace screen. */
export class SearchPalette {
  readonly dialog;
  readonly input;
  readonly status;
  readonly options;
  readonly openButton;
  readonly closeButton;

  constructor(private readonly page: Page) {
    this.dialog = page.getByTestId('search-palette');
    this.input = page.getByTestId('search-input');
    this.status = page.getByTestId('search-status');
    this.options = page.getByTestId('search-option');
    this.openButton = page.getByTestId('open-search');
    this.closeButton = page.getByTestId('search-close');
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.dialog).toBeVisible();
  }

  group(kind: 'case' | 'person' | 'organisation' | 'source' | 'testimony' | 'incident') {
    return this.page.getByTestId(`search-group-${kind}`);
  }

  option(kind: string, label?: string | RegExp) {
    const options = this.page.locator(`[data-testid="search-option"][data-kind="${kind}"]`);
    return label === undefined ? options : options.filter({ hasText: label });
  }

  async search(text: string): Promise<void> {
    await this.input.fill(text);
  }

  /** Opens a case's timeline through the palette's second entry for the case. */
  async openTimeline(caseTitle: string): Promise<void> {
    await this.open();
    await this.search(caseTitle);
    await this.option('timeline', caseTitle).first().click();
    await expect(this.dialog).toHaveCount(0);
  }
}
