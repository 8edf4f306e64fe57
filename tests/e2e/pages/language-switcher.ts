import type { Page } from '@playwright/test';

export type LanguageCode = 'en' | 'ru' | 'kk' | 'ug';

/** The English / Русский / Қазақша / ئۇيغۇرچە buttons in the header of every screen. */
export class LanguageSwitcher {
  constructor(private readonly page: Page) {}

  button(code: LanguageCode) {
    return this.page.getByTestId(`language-${code}`);
  }

  async choose(code: LanguageCode): Promise<void> {
    await this.button(code).click();
    await this.page.locator(`html[lang="${code}"]`).waitFor();
  }
}
