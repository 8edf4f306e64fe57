import type { Page } from '@playwright/test';

/** The import wizard and its conflict resolver. */
export class ImportPage {
  readonly root;
  readonly heading;
  readonly choose;
  readonly error;
  readonly preview;
  readonly previewHeading;
  readonly signerUnknown;
  readonly signerKnown;
  readonly acceptSigner;
  readonly fingerprint;
  readonly standing;
  readonly counts;
  readonly records;
  readonly apply;
  readonly cancel;
  readonly result;
  readonly resultCounts;
  readonly again;
  readonly conflicts;
  readonly conflictItems;
  readonly resolver;
  readonly sides;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('screen-import');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.choose = page.getByTestId('import-choose');
    this.error = page.getByTestId('import-error');
    this.preview = page.getByTestId('import-preview');
    this.previewHeading = this.preview.getByRole('heading', { level: 2 });
    this.signerUnknown = page.getByTestId('import-signer-unknown');
    this.signerKnown = page.getByTestId('import-signer-known');
    this.acceptSigner = page.getByTestId('import-accept-signer');
    this.fingerprint = page.getByTestId('import-fingerprint');
    this.standing = page.getByTestId('import-standing');
    this.counts = page.getByTestId('import-counts');
    this.records = page.getByTestId('import-records');
    this.apply = page.getByTestId('import-apply');
    this.cancel = page.getByTestId('import-cancel');
    this.result = page.getByTestId('import-result');
    this.resultCounts = page.getByTestId('import-result-counts');
    this.again = page.getByTestId('import-again');
    this.conflicts = page.getByTestId('import-conflicts');
    this.conflictItems = page.getByTestId('import-conflict');
    this.resolver = page.getByTestId('import-resolver');
    this.sides = page.getByTestId('import-resolver-side');
  }

  /** From the cases list, as a person gets there. */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-cases').click();
    await this.page.getByTestId('cases-import').click();
    await this.root.waitFor();
  }

  /** The digits of the fingerprint shown, as one string of six groups. */
  async fingerprintText(): Promise<string> {
    return (await this.fingerprint.locator('.fingerprint__group').allTextContents()).join(' ');
  }
}
