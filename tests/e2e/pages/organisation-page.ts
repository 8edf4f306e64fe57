import type { Page } from '@playwright/test';

/** The organisation form: names in every script, kind, place, people; and its linked records. */
export class OrganisationPage {
  readonly root;
  readonly heading;
  readonly addName;
  readonly type;
  readonly place;
  readonly description;
  readonly addMember;
  readonly incidents;
  readonly save;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('screen-organisation');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.addName = page.getByTestId('organisation-names-add');
    this.type = page.getByTestId('organisation-type');
    this.place = page.getByTestId('organisation-place');
    this.description = page.getByTestId('organisation-description');
    this.addMember = page.getByTestId('organisation-members-add');
    this.incidents = page.getByTestId('organisation-incidents');
    this.save = page.getByTestId('organisation-save');
  }

  name(index: number) {
    return this.page.getByTestId(`organisation-name-${index}`);
  }

  script(index: number) {
    return this.page.getByTestId(`organisation-name-${index}-script`);
  }

  memberPerson(index: number) {
    return this.page.getByTestId(`organisation-member-${index}-person`);
  }

  memberRole(index: number) {
    return this.page.getByTestId(`organisation-member-${index}-role`);
  }
}
