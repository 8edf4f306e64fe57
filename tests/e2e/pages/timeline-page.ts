import type { Page } from '@playwright/test';

export class TimelinePage {
  readonly root;
  readonly caseTitle;
  readonly chart;
  readonly viewport;
  readonly items;
  readonly person;
  readonly range;
  readonly zoomIn;
  readonly zoomOut;
  readonly fit;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('screen-timeline');
    this.caseTitle = page.getByTestId('timeline-case-title');
    this.chart = page.getByTestId('timeline-chart');
    this.viewport = page.getByTestId('timeline-viewport');
    this.items = page.getByTestId('timeline-item');
    this.person = page.getByTestId('timeline-person');
    this.range = page.getByTestId('timeline-range');
    this.zoomIn = page.getByTestId('timeline-zoom-in');
    this.zoomOut = page.getByTestId('timeline-zoom-out');
    this.fit = page.getByTestId('timeline-fit');
  }

  /** An item by its accessible name: its label and its date as the timeline writes it. */
  item(name: string | RegExp) {
    return this.items.and(this.page.getByRole('button', { name }));
  }

  /** The drawn mark of an item: a dot, a solid bar or a faded one. */
  mark(item: ReturnType<TimelinePage['item']>) {
    return item.locator('.timeline__dot, .timeline__bar');
  }

  /** `lane:code` as the filter names it: `incident:arrest`, `testimony:`, `status:detained`. */
  type(key: string) {
    return this.page.getByTestId(`timeline-type-${key}`);
  }

  lane(lane: 'incident' | 'testimony' | 'status') {
    return this.page.getByTestId(`timeline-lane-${lane}`);
  }
}
