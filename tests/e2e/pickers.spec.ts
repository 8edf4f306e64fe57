import { expect, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';
import { CasePage } from './pages/case-page';
import { CasesPage } from './pages/cases-page';
import { IncidentPage } from './pages/incident-page';

const CASE_TITLE = 'Family of Erlan Nurlanuly';

// One vault for the whole journey: Argon2id makes each new vault cost seconds.
test('pickers: an exact label wins, Enter before the results still picks, typed text is never lost', async ({ app, page }) => {
  test.slow();
  await app.open();
  await app.createVault(PASSPHRASE);
  const call = app.harness.service.call.bind(app.harness.service);
  const kase = await call('records.create', { kind: 'case', data: { title: CASE_TITLE } });
  // The longer name is created last, so the search would list it first on its own.
  await call('records.create', { kind: 'person', data: { caseIds: [kase.id], names: [{ value: 'Erlan', script: 'Latn' }] } });
  await call('records.create', { kind: 'person', data: { caseIds: [kase.id], names: [{ value: 'Erlan Nurlanuly', script: 'Latn' }] } });
  await call('records.create', { kind: 'person', data: { caseIds: [kase.id], names: [{ value: 'Erlan Sapar', script: 'Latn' }] } });

  // Seeded behind the page's back: the list reads again on the way back to it.
  await page.getByTestId('nav-trash').click();
  await page.getByTestId('nav-cases').click();
  const cases = new CasesPage(page);
  await cases.open(CASE_TITLE);
  const caseView = new CasePage(page);
  await expect(caseView.root).toBeVisible();
  await caseView.add('incident');
  const incident = new IncidentPage(page);
  await expect(incident.root).toBeVisible();
  await incident.title.fill('Taken for surveillance');

  // Exact match wins: "surveillance" (any case, accents aside) is the term "Surveillance", listed
  // first, not "Residential surveillance at a designated location".
  await incident.type.focus();
  await page.keyboard.type('SURVEILLANCE');
  await expect(incident.typeOptions.getByRole('option').first()).toHaveAttribute('data-value', 'surveillance');
  await page.keyboard.press('Enter');
  await expect(incident.type).toHaveValue('Surveillance');

  // Early Enter: typed and Enter at once, before the search has answered, still picks, and
  // the exact name comes before the longer ones.
  await incident.addInvolved.click();
  const person = incident.involvedPerson(0);
  await person.focus();
  await page.keyboard.type('erlan');
  await page.keyboard.press('Enter');
  await expect(person).toHaveValue('Erlan');
  await expect(person).toHaveAttribute('aria-expanded', 'false');

  // Typed text that names nothing stays, with a message, and saving sends the user back to it.
  await incident.addInvolved.click();
  const stranger = incident.involvedPerson(1);
  await stranger.focus();
  await page.keyboard.type('Zhanibek');
  await page.keyboard.press('Tab');
  await expect(stranger).toHaveValue('Zhanibek');
  await expect(page.getByTestId('incident-involved-1-person-error')).toHaveText(
    'Nothing in the list is called “Zhanibek”. Pick an entry from the list, or clear the field.',
  );
  await incident.save.click();
  await expect(page.getByTestId('form-error')).toBeVisible();
  await expectFocused(stranger);
  await expect(stranger).toHaveValue('Zhanibek');

  // The same for a vocabulary: the text survives leaving the field.
  await incident.type.fill('Surveilance of relatives abroad');
  await page.keyboard.press('Tab');
  await expect(incident.type).toHaveValue('Surveilance of relatives abroad');
  await expect(page.getByTestId('incident-type-error')).toContainText('Nothing in the list is called');
});
