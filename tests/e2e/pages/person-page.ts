import type { Page } from '@playwright/test';

/** The person form: repeatable names, statuses, relations. */
export class PersonPage {
  readonly root;
  readonly heading;
  readonly addName;
  readonly birthDate;
  readonly ethnicity;
  readonly addStatus;
  readonly save;
  readonly cancel;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('screen-person');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.addName = page.getByTestId('person-names-add');
    this.birthDate = page.getByTestId('person-birth-date');
    this.ethnicity = page.getByTestId('person-ethnicity');
    this.addStatus = page.getByTestId('person-statuses-add');
    this.save = page.getByTestId('person-save');
    this.cancel = page.getByTestId('person-cancel');
  }

  name(index: number) {
    return this.page.getByTestId(`person-name-${index}`);
  }

  script(index: number) {
    return this.page.getByTestId(`person-name-${index}-script`);
  }

  language(index: number) {
    return this.page.getByTestId(`person-name-${index}-language`);
  }

  nameKind(index: number) {
    return this.page.getByTestId(`person-name-${index}-kind`);
  }

  status(index: number) {
    return this.page.getByTestId(`person-status-${index}`);
  }

  statusDate(index: number) {
    return this.page.getByTestId(`person-status-${index}-date`);
  }
}
