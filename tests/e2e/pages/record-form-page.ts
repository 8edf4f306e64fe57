import type { Locator, Page } from '@playwright/test';

/** Keyboard use of the shared pickers and dialogs of the record forms. */
export class FormControls {
  constructor(private readonly page: Page) {}

  /**
   * Picks from a vocabulary or record picker by keyboard only: focus, type part of the label,
   * move down to the match, Enter.
   */
  async pickByKeyboard(input: Locator, typed: string, option: string | RegExp): Promise<void> {
    await input.focus();
    await this.page.keyboard.type(typed);
    const listbox = this.page.locator(`#${await input.getAttribute('aria-controls')}`);
    const target = listbox.getByRole('option', { name: option });
    await target.waitFor();
    // Walk down with the arrow key until the wanted option is the active one.
    const targetId = await target.getAttribute('id');
    for (let step = 0; step < 50; step++) {
      if ((await input.getAttribute('aria-activedescendant')) === targetId) break;
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
  }

  leaveDialog() {
    return this.page.getByTestId('leave-dialog');
  }
}
