import type { Page } from '@playwright/test';

/** The source form with its protected identity panel and the reveal dialog. */
export class SourcePage {
  readonly root;
  readonly heading;
  readonly pseudonym;
  readonly connection;
  readonly relation;
  readonly addConsent;
  readonly protectedPanel;
  readonly protectedWarning;
  readonly realName;
  readonly phone;
  readonly reveal;
  readonly revealDialog;
  readonly revealReason;
  readonly revealConfirm;
  readonly save;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('screen-source');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.pseudonym = page.getByTestId('source-pseudonym');
    this.connection = page.getByTestId('source-connection');
    this.relation = page.getByTestId('source-relation');
    this.addConsent = page.getByTestId('source-consents-add');
    this.protectedPanel = page.getByTestId('protected-identity');
    this.protectedWarning = page.getByTestId('protected-warning');
    this.realName = page.getByTestId('identity-real-name');
    this.phone = page.getByTestId('identity-phone');
    this.reveal = page.getByTestId('identity-reveal');
    this.revealDialog = page.getByTestId('reveal-dialog');
    this.revealReason = page.getByTestId('reveal-reason');
    this.revealConfirm = this.revealDialog.getByTestId('confirm-dialog-confirm');
    this.save = page.getByTestId('source-save');
  }

  consent(index: number, field: 'use' | 'granted' | 'date' | 'how' | 'partners') {
    return this.page.getByTestId(`source-consent-${index}-${field}`);
  }
}
