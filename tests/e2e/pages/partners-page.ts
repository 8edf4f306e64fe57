import type { Page } from '@playwright/test';

/** The identity card and address book screen. */
export class PartnersPage {
  readonly root;
  readonly heading;
  readonly status;
  readonly name;
  readonly nameSave;
  readonly identityStatus;
  readonly fingerprint;
  readonly recipient;
  readonly saveCard;
  readonly showCard;
  readonly cardText;
  readonly card;
  readonly cardError;
  readonly cardFile;
  readonly check;
  readonly preview;
  readonly previewHeading;
  readonly previewFingerprint;
  readonly partnerName;
  readonly confirm;
  readonly list;
  readonly listHeading;
  readonly empty;
  readonly removeDialog;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('screen-partners');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.status = page.getByTestId('partners-status');
    this.name = page.getByTestId('identity-name');
    this.nameSave = page.getByTestId('identity-rename-save');
    this.identityStatus = page.getByTestId('identity-status');
    this.fingerprint = page.getByTestId('identity-fingerprint');
    this.recipient = page.getByTestId('identity-recipient');
    this.saveCard = page.getByTestId('identity-save-card');
    this.showCard = page.getByTestId('identity-show-card');
    this.cardText = page.getByTestId('identity-card-text');
    this.card = page.getByTestId('add-partner-card');
    this.cardError = page.getByTestId('add-partner-card-error');
    this.cardFile = page.getByTestId('add-partner-file');
    this.check = page.getByTestId('add-partner-check');
    this.preview = page.getByTestId('add-partner-preview');
    this.previewHeading = this.preview.getByRole('heading', { level: 3 });
    this.previewFingerprint = page.getByTestId('add-partner-fingerprint');
    this.partnerName = page.getByTestId('add-partner-name');
    this.confirm = page.getByTestId('add-partner-confirm');
    this.list = page.getByTestId('partner-list');
    this.listHeading = this.list.getByRole('heading', { level: 2 });
    this.empty = page.getByTestId('partner-list-empty');
    this.removeDialog = page.getByTestId('partner-remove-dialog');
  }

  /** From Settings, as a user finds it. */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-settings').click();
    await this.page.getByTestId('settings-open-partners').click();
    await this.fingerprint.waitFor();
  }

  partner(id: string) {
    return this.page.getByTestId(`partner-${id}`);
  }

  /** The fingerprint as it reads: six groups of five digits. */
  async digits(locator: ReturnType<Page['getByTestId']>): Promise<string> {
    const groups = await locator.locator('.fingerprint__group').allTextContents();
    return groups.join(' ');
  }
}
