import { readFile } from 'node:fs/promises';
import { expectAccessible } from './accessibility';
import { call, create } from './bridge-data';
import { expect, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';
import { partnerCard } from './partner-card';
import { CasePage } from './pages/case-page';
import { CasesPage } from './pages/cases-page';
import { PartnersPage } from './pages/partners-page';
import { SourcePage } from './pages/source-page';

test('the identity card and the address book: rename, save the card, add after comparing, edit, remove', async ({ app, page }) => {
  test.setTimeout(90_000);
  await app.open();
  await app.createVault(PASSPHRASE);
  const partners = new PartnersPage(page);
  await partners.open();
  await expect(partners.heading).toHaveText('Identity and partners');
  await expectFocused(partners.heading);

  // --- The card: public keys and a fingerprint in six groups, the organisation renamed.
  const identity = await call<{ recipient: string; fingerprint: string }>(page, 'identity.get', {});
  await expect(partners.recipient).toHaveText(identity.recipient);
  expect(await partners.digits(partners.fingerprint)).toBe(identity.fingerprint);
  await partners.name.fill('Архив прав человека');
  await partners.nameSave.click();
  await expect(partners.identityStatus).toContainText('Name saved.');
  await partners.showCard.click();
  await expect(partners.cardText).toHaveValue(/^casekeep-card-v1\nname: Архив прав человека\n/);
  await expectAccessible(page, 'identity and partners');
  await partners.saveCard.click();
  await expect(partners.identityStatus).toContainText('Card saved to ');
  const savedPath = ((await partners.identityStatus.textContent()) ?? '').replace(/^Card saved to /, '').replace(/\.$/, '');
  expect(await readFile(savedPath, 'utf8')).toBe(await partners.cardText.inputValue());

  // --- A damaged card is refused with its reason, focus back in the field, nothing added.
  const geneva = partnerCard('Partner NGO (Geneva)');
  await partners.card.fill(geneva.card.replace('name: Partner NGO (Geneva)', 'name: Partner NGO (Genf)'));
  await partners.check.click();
  await expect(partners.cardError).toHaveText('This card is damaged or was changed: its signature does not match. Do not use it.');
  await expectFocused(partners.card);
  await expect(partners.preview).toHaveCount(0);
  await expect(partners.empty).toBeVisible();

  // --- The card file, read in the page; the fingerprint to compare before anything is written.
  await partners.cardFile.setInputFiles({ name: 'geneva.casekeep-card.txt', mimeType: 'text/plain', buffer: Buffer.from(geneva.card) });
  await expect(partners.card).toHaveValue(geneva.card);
  await partners.check.click();
  await expect(partners.previewHeading).toHaveText('Compare the fingerprint before you add “Partner NGO (Geneva)”');
  await expectFocused(partners.previewHeading);
  expect(await partners.digits(partners.previewFingerprint)).toBe(geneva.fingerprint);
  expect(await call<unknown[]>(page, 'partners.list', {})).toEqual([]);
  await expectAccessible(page, 'adding a partner (fingerprint check)');
  await partners.partnerName.fill('Женева');
  await partners.confirm.click();
  await expect(partners.status).toContainText('Женева was added to the address book.');
  const [added] = await call<Array<{ id: string; fingerprint: string }>>(page, 'partners.list', {});
  expect(added!.fingerprint).toBe(geneva.fingerprint);
  const row = partners.partner(added!.id);
  await expect(row.getByRole('heading', { level: 3 })).toHaveText('Женева');
  await expect(row.getByRole('heading', { level: 3 })).toHaveAttribute('dir', 'auto');

  // --- Edit by keyboard: the name field takes the focus, Enter saves.
  await page.getByTestId(`partner-${added!.id}-edit`).click();
  await expectFocused(page.getByTestId(`partner-${added!.id}-name`));
  await page.getByTestId(`partner-${added!.id}-note-input`).fill('Met in Almaty, 2024');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(`partner-${added!.id}-note`)).toHaveText('Met in Almaty, 2024');

  // --- Remove: a confirmation that starts on Cancel; confirming leaves focus on the list.
  const remove = page.getByTestId(`partner-${added!.id}-remove`);
  await remove.click();
  await expect(partners.removeDialog).toBeVisible();
  await expectFocused(partners.removeDialog.getByTestId('confirm-dialog-cancel'));
  await expectAccessible(page, 'removing a partner');
  await page.keyboard.press('Escape');
  await expect(partners.removeDialog).toBeHidden();
  await expectFocused(remove);
  await remove.click();
  await partners.removeDialog.getByTestId('confirm-dialog-confirm').click();
  await expect(partners.status).toContainText('Женева was removed from the address book.');
  await expect(partners.empty).toBeVisible();
  await expectFocused(partners.listHeading);
  const actions = (await call<Array<{ action: string }>>(page, 'audit.list', { limit: 10 })).map((entry) => entry.action);
  expect(actions.slice(0, 4)).toEqual(['remove_partner', 'update_partner', 'add_partner', 'rename_identity']);
});

test('a consent to share names partners from the address book, chosen by keyboard', async ({ app, page }) => {
  test.setTimeout(90_000);
  await app.open();
  await app.createVault(PASSPHRASE);
  const first = await call<{ id: string }>(page, 'partners.add', { card: partnerCard('Partner NGO (Istanbul)').card });
  const second = await call<{ id: string }>(page, 'partners.add', { card: partnerCard('Partner lawyers (Bishkek)').card });
  await create(page, 'case', { title: 'Consent to share' });
  const cases = new CasesPage(page);
  const caseView = new CasePage(page);
  const source = new SourcePage(page);
  // Away and back, so the list shows the case made through the bridge.
  await page.getByTestId('nav-settings').click();
  await cases.goto();
  await cases.open('Consent to share');
  await caseView.add('source');
  await expect(source.root).toBeVisible();
  await source.addConsent.click();
  await source.consent(0, 'use').selectOption('share_partners');
  const picker = source.consent(0, 'partners');
  await expect(picker.getByRole('checkbox')).toHaveCount(2);
  const bishkek = picker.getByRole('checkbox', { name: 'Partner lawyers (Bishkek)' });
  await bishkek.focus();
  await page.keyboard.press('Space');
  await expect(bishkek).toBeChecked();
  await expect(picker.getByRole('checkbox', { name: 'Partner NGO (Istanbul)' })).not.toBeChecked();
  await expectAccessible(page, 'source consent with partners');
  await source.save.click();
  await expect(caseView.root).toBeVisible();

  const page1 = await call<{ items: Array<{ data: { consents: Array<{ use: string; partnerIds: string[] }> } }> }>(page, 'records.list', { kind: 'source' });
  expect(page1.items[0]!.data.consents).toEqual([expect.objectContaining({ use: 'share_partners', partnerIds: [second.id] })]);
  expect(first.id).not.toBe(second.id);

  // A partner removed from the book since stays chosen, marked, so saving never drops it unseen.
  await call(page, 'partners.remove', { id: second.id });
  const pseudonym = (await caseView.items('source').getByTestId('record-open').textContent()) ?? '';
  await caseView.openItem('source', pseudonym);
  await expect(source.pseudonym).toHaveText(pseudonym);
  await expect(picker.getByRole('checkbox')).toHaveCount(2);
  await expect(picker.getByRole('checkbox', { name: 'A partner no longer in the address book' })).toBeChecked();
  await expect(picker.getByRole('checkbox', { name: 'Partner NGO (Istanbul)' })).not.toBeChecked();
});
