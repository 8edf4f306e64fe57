import type { Page } from '@playwright/test';

/** The incident form. */
export class IncidentPage {
  readonly root;
  readonly heading;
  readonly title;
  readonly type;
  readonly typeOptions;
  readonly date;
  readonly dateReading;
  readonly verification;
  readonly addInvolved;
  readonly save;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('screen-incident');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.title = page.getByTestId('incident-title');
    this.type = page.getByTestId('incident-type');
    this.typeOptions = page.getByTestId('incident-type-options');
    this.date = page.getByTestId('incident-date');
    this.dateReading = page.getByTestId('incident-date-reading');
    this.verification = page.getByTestId('incident-verification');
    this.addInvolved = page.getByTestId('incident-involved-add');
    this.save = page.getByTestId('incident-save');
  }

  involvedPerson(index: number) {
    return this.page.getByTestId(`incident-involved-${index}-person`);
  }

  /** Whether the entry names a person or an organisation. */
  involvedWho(index: number) {
    return this.page.getByTestId(`incident-involved-${index}-who`);
  }

  involvedOrganisation(index: number) {
    return this.page.getByTestId(`incident-involved-${index}-organisation`);
  }

  involvedRole(index: number) {
    return this.page.getByTestId(`incident-involved-${index}-role`);
  }
}
