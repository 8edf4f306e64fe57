import type { Page } from '@playwright/test';

export interface NewCase {
  title: string;
  reference?: string;
  status?: 'open' | 'under_review' | 'closed';
  summary?: string;
  tags?: string;
  lawyer?: string;
}

/** The case list and its "New case" form. */
export class CasesPage {
  readonly root;
  readonly heading;
  readonly newCase;
  readonly form;
  readonly title;
  readonly reference;
  readonly status;
  readonly summary;
  readonly tags;
  readonly lawyer;
  readonly submit;
  readonly cancel;
  readonly table;
  readonly rows;
  readonly empty;
  readonly filterStatus;
  readonly sort;
  readonly direction;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('screen-cases');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.newCase = page.getByTestId('new-case');
    this.form = page.getByTestId('new-case-form');
    this.title = page.getByTestId('new-case-title');
    this.reference = page.getByTestId('new-case-reference');
    this.status = page.getByTestId('new-case-status');
    this.summary = page.getByTestId('new-case-summary');
    this.tags = page.getByTestId('new-case-tags');
    this.lawyer = page.getByTestId('new-case-lawyer');
    this.submit = page.getByTestId('new-case-submit');
    this.cancel = page.getByTestId('new-case-cancel');
    this.table = page.getByTestId('cases-table');
    this.rows = page.getByTestId('case-row');
    this.empty = page.getByTestId('cases-empty');
    this.filterStatus = page.getByTestId('cases-filter-status');
    this.sort = page.getByTestId('cases-sort');
    this.direction = page.getByTestId('cases-direction');
  }

  async goto(): Promise<void> {
    await this.page.getByTestId('nav-cases').click();
    await this.root.waitFor();
  }

  async fillNewCase(data: NewCase): Promise<void> {
    await this.title.fill(data.title);
    if (data.reference) await this.reference.fill(data.reference);
    if (data.status) await this.status.selectOption(data.status);
    if (data.summary) await this.summary.fill(data.summary);
    if (data.tags) await this.tags.fill(data.tags);
    if (data.lawyer) await this.lawyer.fill(data.lawyer);
  }

  async create(data: NewCase): Promise<void> {
    await this.newCase.click();
    await this.fillNewCase(data);
    await this.submit.click();
  }

  row(title: string) {
    return this.rows.filter({ has: this.page.getByTestId('case-open').filter({ hasText: title }) });
  }

  /** The count in one column of a case's row: person, testimony, incident, source, attachment. */
  count(title: string, column: 'person' | 'testimony' | 'incident' | 'source' | 'attachment') {
    return this.row(title).getByTestId(`case-count-${column}`);
  }

  async open(title: string): Promise<void> {
    await this.row(title).getByTestId('case-open').click();
  }
}
