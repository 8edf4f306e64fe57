import { expectAccessible } from './accessibility';
import { expect, PASSPHRASE, test } from './fixtures';

// Each screen in each state a user meets it, scanned with axe and saved as a screenshot.
test('every screen passes axe without serious or critical violations', async ({ app, page }) => {
  const { create, recoveryKey, home, unlock, recover } = app;
  const check = async (name: string, scan = true) => {
    if (scan) await expectAccessible(page, name);
    await app.screenshot(name);
  };

  await app.open();
  await check('create-vault');
  await create.submit.click();
  await expect(create.passphraseError).toBeVisible();
  await create.fill(PASSPHRASE, 'not the same at all');
  await create.submit.click();
  await expect(create.confirmError).toBeVisible();
  // The same screen is scanned once, in Kazakh, where words are longest.
  await check('create-vault-errors', false);

  await app.language.choose('kk');
  await check('create-vault-kk-errors');
  await app.language.choose('en');

  await create.create(PASSPHRASE);
  await expect(recoveryKey.root).toBeVisible();
  await check('recovery-key');
  await recoveryKey.confirmWrittenDown();

  await expect(home.root).toBeVisible();
  await check('home');

  await app.lock();
  await check('unlock');
  await unlock.unlock('not the passphrase');
  await expect(unlock.passphraseError).toBeVisible();
  await check('unlock-wrong-passphrase');

  await unlock.useRecoveryKey.click();
  await expect(recover.root).toBeVisible();
  await check('recover');
  await recover.submit.click();
  await expect(recover.recoveryKeyError).toBeVisible();
  await check('recover-errors');
});

test('keyboard focus is always visible', async ({ app, page }) => {
  await app.open();
  // Go once round the first screen's whole tab order; every stop must draw a ring.
  const stops = new Set<string>();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const focus = (await page.evaluate(`(() => {
      const el = document.activeElement;
      if (el === null || el === document.body) return null;
      const style = getComputedStyle(el);
      return { id: el.dataset.testid || el.id || el.type, ring: style.boxShadow !== 'none' || style.outlineStyle !== 'none' };
    })()`)) as { id: string; ring: boolean } | null;
    if (focus === null) continue;
    if (stops.has(focus.id)) break;
    expect(focus.ring, `focus ring on ${focus.id}`).toBe(true);
    stops.add(focus.id);
  }
  expect([...stops].sort()).toEqual(
    ['checkbox', 'create-confirm', 'create-passphrase', 'create-restore', 'create-submit', 'language-en', 'language-kk', 'language-ru', 'language-ug'].sort(),
  );
});
