import { expectAccessible } from './accessibility';
import { expect, PASSPHRASE, test } from './fixtures';
import { CasePage } from './pages/case-page';
import { CasesPage } from './pages/cases-page';
import { IncidentPage } from './pages/incident-page';
import type { LanguageCode } from './pages/language-switcher';
import { OrganisationPage } from './pages/organisation-page';
import { PersonPage } from './pages/person-page';
import { FormControls } from './pages/record-form-page';
import { SearchPalette } from './pages/search-palette';

const CASE_TITLE = 'Atajurt volunteers';
const LATIN = 'Atajurt Volunteers';
const CYRILLIC = 'Атажұрт еріктілері';
const CHAIRMAN = 'Серікжан Біләш';
const INCIDENT = 'Office searched in Almaty';

/** The organisation screen's heading and kind line in each interface language. */
const KIND_LINE: Record<LanguageCode, string> = { en: 'Organisation', ru: 'Организация', kk: 'Ұйым', ug: 'تەشكىلات' };

// One vault for the whole journey: Argon2id makes each new vault cost seconds.
test('an organisation with a Latin and a Cyrillic name, its chairman, the victim of an incident, found by search, in four languages', async ({ app, page }) => {
  test.slow();
  const cases = new CasesPage(page);
  const caseView = new CasePage(page);
  const person = new PersonPage(page);
  const organisation = new OrganisationPage(page);
  const incident = new IncidentPage(page);
  const controls = new FormControls(page);
  const palette = new SearchPalette(page);

  await app.open();
  await app.createVault(PASSPHRASE);
  await cases.create({ title: CASE_TITLE });
  await expect(caseView.heading).toHaveText(CASE_TITLE);
  await expect(caseView.section('organisation')).toBeVisible();
  await expect(caseView.sectionCount('organisation')).toHaveText('0');

  // --- The chairman, then the organisation that lists him.
  await caseView.add('person');
  await person.name(0).fill(CHAIRMAN);
  await person.save.click();
  await expect(caseView.items('person')).toContainText(CHAIRMAN);

  await caseView.add('organisation');
  await expect(organisation.root).toBeVisible();
  await organisation.name(0).fill(LATIN);
  await expect(organisation.script(0)).toHaveValue('Latn');
  await organisation.addName.click();
  await organisation.name(1).fill(CYRILLIC);
  await expect(organisation.name(1)).toHaveAttribute('dir', 'auto');
  await expect(organisation.script(1)).toHaveValue('Cyrl');
  await controls.pickByKeyboard(organisation.type, 'Human', 'Human-rights organisation');
  await controls.pickByKeyboard(organisation.place, 'Almaty', 'Almaty (city)');
  await organisation.addMember.click();
  await controls.pickByKeyboard(organisation.memberPerson(0), 'Серік', new RegExp(CHAIRMAN));
  await controls.pickByKeyboard(organisation.memberRole(0), 'Chair', 'Chair or head');
  await expectAccessible(page, 'organisation form');
  await organisation.save.click();

  await expect(caseView.root).toBeVisible();
  await expect(caseView.sectionCount('organisation')).toHaveText('1');
  await expect(caseView.items('organisation')).toContainText(LATIN);
  await expect(caseView.items('organisation')).toContainText(CYRILLIC);
  await expect(caseView.items('organisation')).toContainText('Human-rights organisation');

  // --- The organisation as the victim of an incident.
  await caseView.add('incident');
  await incident.title.fill(INCIDENT);
  await controls.pickByKeyboard(incident.type, 'raid', 'Search or raid');
  await incident.addInvolved.click();
  await incident.involvedWho(0).selectOption('organisation');
  await expect(incident.involvedPerson(0)).toHaveCount(0);
  await controls.pickByKeyboard(incident.involvedOrganisation(0), 'Ataj', new RegExp(LATIN));
  await expect(incident.involvedOrganisation(0)).toHaveValue(LATIN);
  await expect(incident.involvedRole(0)).toHaveValue('victim');
  await expectAccessible(page, 'incident with an organisation involved');
  await incident.save.click();
  await expect(caseView.items('incident')).toContainText(INCIDENT);
  const stored = (await app.invokeInPage('records.list', { kind: 'incident' })) as { value: { items: Array<{ data: { involved: unknown[] } }> } };
  const organisationId = ((await app.invokeInPage('records.list', { kind: 'organisation' })) as { value: { items: Array<{ id: string }> } }).value.items[0]?.id;
  expect(stored.value.items[0]?.data.involved).toEqual([{ organisationId, role: 'victim' }]);

  // --- The link seen from both sides: the chairman's organisations, the organisation's incidents.
  await caseView.openItem('person', CHAIRMAN);
  const memberships = page.getByTestId('person-organisations');
  await expect(memberships.getByTestId('person-organisations-item')).toHaveText(new RegExp(`${LATIN}.*Chair or head`));
  await expectAccessible(page, 'person with an organisation');
  await memberships.getByTestId('record-open').click();
  await expect(organisation.heading).toHaveText(LATIN);
  await expect(organisation.incidents.getByTestId('organisation-incidents-item')).toHaveText(new RegExp(`${INCIDENT}.*Search or raid.*Victim`));

  // --- Search finds it by its Cyrillic name, and opens it by keyboard.
  await palette.open();
  await palette.search('Атажұрт');
  await expect(palette.group('organisation').getByRole('presentation')).toHaveText('Organisations');
  await expect(palette.option('organisation', LATIN)).toBeVisible();
  await expectAccessible(page, 'search finding an organisation');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(palette.dialog).toHaveCount(0);
  await expect(organisation.heading).toHaveText(LATIN);

  // --- The screen in every interface language, each checked and photographed.
  for (const code of ['en', 'ru', 'kk', 'ug'] as const) {
    await app.language.choose(code);
    await expect(organisation.root.getByText(KIND_LINE[code], { exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', code === 'ug' ? 'rtl' : 'ltr');
    await expectAccessible(page, `organisation (${code})`);
    await app.screenshot(`organisation-${code}`);
  }
});
