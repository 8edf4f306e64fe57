import { expectAccessible } from './accessibility';
import { call, create } from './bridge-data';
import { expect, NEW_PASSPHRASE, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';
import { SearchPalette } from './pages/search-palette';
import { SettingsPage } from './pages/settings-page';
import { TimelinePage } from './pages/timeline-page';

test('the interface language is saved in the vault and comes back after lock and unlock', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.language('en')).toBeChecked();

  await settings.chooseLanguage('ru');
  await expect(settings.heading).toHaveText('Настройки');
  await expect(page.getByTestId('nav-settings')).toHaveText('Настройки');
  await expect(page.getByLabel('Ваше имя в журнале аудита')).toBeVisible();
  await expect(settings.language('ru')).toBeChecked();

  await settings.chooseLanguage('kk');
  await expect(settings.heading).toHaveText('Баптаулар');
  await expect(page.getByLabel('Аудит журналындағы атыңыз')).toBeVisible();
  await expect(settings.changePassphrase).toHaveText('Құпиясөзді өзгерту');
  await expectAccessible(page, 'settings in Kazakh');
  expect(await call(page, 'settings.get', {})).toMatchObject({ language: 'kk' });

  // The header's switcher changes this window only; unlocking brings back the saved language.
  await app.language.choose('en');
  await expect(settings.heading).toHaveText('Settings');
  await app.lock();
  await expect(app.unlock.heading).toHaveText('Unlock the vault');
  await app.unlock.unlock(PASSPHRASE);
  await expect(app.home.root).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByTestId('nav-settings')).toHaveText('Баптаулар');
});

test('change the passphrase, then unlock with the new one only', async ({ app, page }) => {
  // Five runs of Argon2id: create, a wrong current one, the change (two), two unlocks.
  test.setTimeout(120_000);
  await app.open();
  await app.createVault(PASSPHRASE);
  const settings = new SettingsPage(page);
  await settings.open();

  await settings.changePassphraseTo('not the passphrase', NEW_PASSPHRASE);
  await expect(settings.currentError).toHaveText('That passphrase is not right. Check the keyboard language and Caps Lock, then try again.');
  await expectFocused(settings.current);

  await settings.current.fill(PASSPHRASE);
  await settings.next.fill('short');
  await settings.confirm.fill('short');
  await settings.changePassphrase.click();
  await expect(page.getByTestId('settings-new-passphrase-error')).toHaveText('Use at least 10 characters.');
  await settings.next.fill(NEW_PASSPHRASE);
  await expect(settings.strength).toHaveAttribute('data-level', /fair|good|strong/);
  await settings.confirm.fill(`${NEW_PASSPHRASE}!`);
  await settings.changePassphrase.click();
  await expect(page.getByTestId('settings-confirm-passphrase-error')).toHaveText('The two passphrases are not the same.');

  await settings.confirm.fill(NEW_PASSPHRASE);
  await settings.changePassphrase.click();
  await expect(settings.passphraseStatus).toHaveText('The passphrase is changed. Use the new one next time you unlock.', { timeout: 30_000 });
  await expect(settings.current).toHaveValue('');
  await expect(settings.next).toHaveValue('');
  await expectAccessible(page, 'settings');
  await app.screenshot('settings');

  await app.lock();
  await app.unlock.unlock(PASSPHRASE);
  await expect(app.unlock.passphraseError).toHaveText('That passphrase is not right. Check the keyboard language and Caps Lock, then try again.');
  await app.unlock.unlock(NEW_PASSPHRASE);
  await expect(app.home.root).toBeVisible();
});

test('auto-lock follows the saved minutes: after one idle minute the vault locks and no case data stays', async ({ app, page, harness }) => {
  const TITLE = 'Confidential: the camp at Shawan';
  await app.open();
  await app.createVault(PASSPHRASE);
  await harness.waitForEventListener();
  await create(page, 'case', { title: TITLE });
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.autoLock).toHaveValue('10');
  await expect(settings.userName).toHaveValue('Local user');

  // The default ten minutes: a minute of idle is nothing.
  harness.simulateIdle(61);
  await page.waitForTimeout(600);
  await expect(app.home.root).toBeVisible();

  for (const wrong of ['0', '61', '2.5']) {
    await settings.autoLock.fill(wrong);
    await settings.save.click();
    await expect(settings.autoLockError).toHaveText('Enter a whole number of minutes: at least 1, at most 60.');
  }
  await settings.autoLock.fill('1');
  await settings.userName.fill('Aigerim, Almaty office');
  await settings.save.click();
  await expect(settings.savedNotice).toHaveText('Settings saved.');
  expect(await call(page, 'settings.get', {})).toMatchObject({ autoLockMinutes: 1, userName: 'Aigerim, Almaty office' });

  // The case on screen: the timeline names it.
  await new SearchPalette(page).openTimeline(TITLE);
  await expect(new TimelinePage(page).caseTitle).toHaveText(TITLE);

  harness.simulateIdle(59);
  await page.waitForTimeout(600);
  await expect(app.home.root).toBeVisible();
  harness.simulateIdle(61);
  await expect(app.unlock.root).toBeVisible();
  await expect(app.unlock.lockReason).toHaveText('The vault was locked because the computer was not used for a while.');
  expect(harness.service.isUnlocked).toBe(false);
  await expect(page.getByText(TITLE)).toHaveCount(0);
  expect(await page.content()).not.toContain(TITLE);

  // Unlocking reads the limit again; changes are logged under the saved name.
  await app.unlock.unlock(PASSPHRASE);
  await expect(app.home.root).toBeVisible();
  const person = await create(page, 'person', { names: [{ value: 'Айгерім', script: 'Cyrl' }] });
  const [entry] = await call<Array<{ actor: string }>>(page, 'audit.list', { recordId: person.id, limit: 1 });
  expect(entry?.actor).toBe('Aigerim, Almaty office');
  harness.simulateIdle(61);
  await expect(app.unlock.root).toBeVisible();
});
