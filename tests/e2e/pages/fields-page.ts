import type { Page } from '@playwright/test';

/** The fields screen: the organisation's own fields of each kind of record. */
export class FieldsPage {
  readonly root;
  readonly kind;
  readonly add;
  readonly form;
  readonly type;
  readonly vocabulary;
  readonly multiple;
  readonly key;
  readonly required;
  readonly sensitive;
  readonly save;
  readonly status;
  readonly live;
  readonly removed;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('screen-fields');
    this.kind = page.getByTestId('fields-kind');
    this.add = page.getByTestId('field-add');
    this.form = page.getByTestId('field-form');
    this.type = page.getByTestId('field-type');
    this.vocabulary = page.getByTestId('field-vocabulary');
    this.multiple = page.getByTestId('field-multiple');
    this.key = page.getByTestId('field-key');
    this.required = page.getByTestId('field-required');
    this.sensitive = page.getByTestId('field-sensitive');
    this.save = page.getByTestId('field-save');
    this.status = page.getByTestId('fields-status');
    this.live = page.getByTestId('fields-live');
    this.removed = page.getByTestId('fields-removed');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-fields').click();
    await this.root.waitFor();
  }

  label(language: 'en' | 'ru' | 'kk' | 'ug') {
    return this.page.getByTestId(`field-label-${language}`);
  }

  help(language: 'en' | 'ru' | 'kk' | 'ug') {
    return this.page.getByTestId(`field-help-${language}`);
  }

  async labels(labels: { en: string; ru: string; kk: string; ug: string }): Promise<void> {
    for (const language of ['en', 'ru', 'kk', 'ug'] as const) await this.label(language).fill(labels[language]);
  }

  item(key: string) {
    return this.page.locator(`[data-key="${key}"]`);
  }
}
