import type { Page } from '@playwright/test';

export class VocabulariesPage {
  readonly root;
  readonly select;
  readonly filter;
  readonly tree;
  readonly list;
  readonly terms;
  readonly add;
  readonly form;
  readonly code;
  readonly parent;
  readonly save;
  readonly status;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('screen-vocabularies');
    this.select = page.getByTestId('vocabulary-select');
    this.filter = page.getByTestId('vocabulary-filter');
    this.tree = page.getByTestId('term-tree');
    this.list = page.getByTestId('term-list');
    this.terms = page.getByTestId('term');
    this.add = page.getByTestId('term-add');
    this.form = page.getByTestId('term-form');
    this.code = page.getByTestId('term-code');
    this.parent = page.getByTestId('term-parent');
    this.save = page.getByTestId('term-save');
    this.status = page.getByTestId('vocabulary-status');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-vocabularies').click();
    await this.select.waitFor();
  }

  label(language: 'en' | 'ru' | 'kk' | 'ug') {
    return this.page.getByTestId(`term-label-${language}`);
  }

  term(code: string) {
    return this.page.locator(`[data-testid="term"][data-code="${code}"]`);
  }
}
