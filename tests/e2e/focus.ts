import { expect, type Locator } from '@playwright/test';

/**
 * The element has the keyboard focus of its document. Playwright's toBeFocused also requires
 * `document.hasFocus()`, which is false whenever the browser window is not the active one (another
 * page opened by a test, a busy machine), so it fails for reasons that have nothing to do with the
 * app. This compares `activeElement` only, retrying like any web-first assertion.
 */
export async function expectFocused(locator: Locator, message?: string): Promise<void> {
  await expect
    .poll(
      () =>
        locator
          .evaluate((element) => element === (element.getRootNode() as unknown as { activeElement: unknown }).activeElement, undefined, { timeout: 1_000 })
          .catch(() => false),
      { message: message ?? `${locator} has the focus` },
    )
    .toBe(true);
}
