import { expectAccessible } from './accessibility';
import { create } from './bridge-data';
import { expect, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';
import { SearchPalette } from './pages/search-palette';

test('Ctrl+K finds a person by a Kazakh name and by part of a Chinese one; arrows and Enter open it', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const { id: caseId } = await create(page, 'case', { title: 'Serikuly family', summary: 'Ерлан Серікұлы was taken in 2018.' });
  await create(page, 'person', {
    caseIds: [caseId],
    names: [
      { value: 'Ерлан Серікұлы', script: 'Cyrl', language: 'kk' },
      { value: '叶尔兰·赛力克', script: 'Hans', language: 'zh-Hans', kind: 'transliteration' },
      { value: 'Erlan Serikuly', script: 'Latn', kind: 'transliteration' },
    ],
    hometown: 'Ghulja',
  });
  await create(page, 'person', { caseIds: [caseId], names: [{ value: 'Гүлнар Серікқызы', script: 'Cyrl' }] });

  const search = new SearchPalette(page);
  await search.open();
  await expectFocused(search.input);
  await expect(search.dialog).toHaveAttribute('aria-labelledby', 'search-title');
  await expect(search.status).toHaveText('Type to search cases, people, organisations, sources, testimonies and incidents.');

  // A Kazakh name: grouped under People, the matched word marked.
  await search.search('Серікұлы');
  const person = search.option('person', 'Ерлан Серікұлы');
  await expect(person).toBeVisible();
  await expect(search.group('person').getByRole('presentation')).toHaveText('People');
  await expect(person.locator('mark').first()).toHaveText(/Серікұлы/);
  // The case mentions the name too: cases come first, each with its timeline as a second entry.
  await expect(search.option('case', 'Serikuly family')).toBeVisible();
  await expect(search.option('timeline', 'Serikuly family')).toBeVisible();
  await expect(search.status).toContainText(/result/);
  await expectAccessible(page, 'search');
  await app.screenshot('search');

  // Part of the Chinese name, then the arrow keys to the person and Enter.
  await search.search('赛力');
  await expect(search.options).toHaveCount(1);
  await expect(person).toHaveText(/叶尔兰·赛力克/);
  // Each ideograph is its own token, so the hit may come as one mark or as one per character.
  expect((await person.locator('mark').allTextContents()).join('')).toBe('赛力');
  await expect(person).toHaveAttribute('aria-selected', 'true');
  await expect(search.input).toHaveAttribute('aria-activedescendant', (await person.getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');
  await expect(search.dialog).toHaveCount(0);
  await expect(page.getByTestId('screen-person').or(page.getByTestId('screen-placeholder'))).toBeVisible();

  // Arrow keys move through the groups; nothing matches, nothing is listed.
  await search.open();
  await search.search('Серік');
  await expect(search.option('person')).toHaveCount(2);
  const first = search.options.first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(search.options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(search.options.last()).toHaveAttribute('aria-selected', 'true');
  await search.search('nothing like this');
  await expect(search.status).toHaveText('Nothing found for “nothing like this”.');
  await expect(search.options).toHaveCount(0);
});

test('the palette is a modal: focus stays inside, Escape closes it and focus goes back', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const search = new SearchPalette(page);

  await search.openButton.click();
  await expect(search.dialog).toBeVisible();
  await expectFocused(search.input);
  // Tab cycles between the input and the close button, never out to the page behind.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    await expect(search.dialog.locator(':focus')).toHaveCount(1);
  }
  await page.keyboard.press('Shift+Tab');
  await expect(search.dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(search.dialog).toHaveCount(0);
  await expectFocused(search.openButton);

  // Results that arrive for an older query never replace those of the newer one.
  const { id: caseId } = await create(page, 'case', { title: 'Stale answers' });
  await create(page, 'person', { caseIds: [caseId], names: [{ value: 'Айгүл', script: 'Cyrl' }] });
  await create(page, 'person', { caseIds: [caseId], names: [{ value: 'Айдос', script: 'Cyrl' }] });
  // The answer for "Айгүл" is held back until after the one for "Айдос" has arrived.
  await page.route('**/api/invoke', async (route) => {
    const body = route.request().postData() ?? '';
    if (body.includes('search.query') && body.includes('Айгүл')) await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await search.open();
  await search.search('Айгүл');
  await page.waitForTimeout(400);
  await search.search('Айдос');
  await expect(search.option('person', 'Айдос')).toBeVisible();
  await page.waitForTimeout(1800);
  await expect(search.options).toHaveCount(1);
  await expect(search.option('person', 'Айгүл')).toHaveCount(0);

  await search.closeButton.click();
  await expect(search.dialog).toHaveCount(0);
});

test('Ctrl+K opens search on a Russian layout, where the key types «л»', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const search = new SearchPalette(page);
  // What Chromium sends for Ctrl and the K key under a Russian layout: the letter differs, the key's position does not.
  await page.evaluate("window.dispatchEvent(new KeyboardEvent('keydown', { key: 'л', code: 'KeyK', ctrlKey: true, bubbles: true, cancelable: true }))");
  await expect(search.dialog).toBeVisible();
  await expectFocused(search.input);
  await page.keyboard.press('Escape');
  await expect(search.dialog).toBeHidden();
  // Where a Latin layout puts K elsewhere (Dvorak types «t» on this key), the letter decides.
  await page.evaluate("window.dispatchEvent(new KeyboardEvent('keydown', { key: 't', code: 'KeyK', ctrlKey: true, bubbles: true, cancelable: true }))");
  await page.waitForTimeout(200);
  await expect(search.dialog).toBeHidden();
});
