import { expectAccessible } from './accessibility';
import { expect, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';
import { CasePage } from './pages/case-page';
import { CasesPage } from './pages/cases-page';
import { IncidentPage } from './pages/incident-page';
import { PersonPage } from './pages/person-page';
import { FormControls } from './pages/record-form-page';
import { SourcePage } from './pages/source-page';
import { AttachmentUploaderPart } from './pages/testimony-page';
import { TrashPage } from './pages/trash-page';

const CASE_TITLE = 'Family of Erlan Nurlanuly';
const NAMES = {
  cyrillic: 'Эрлан Нурланұлы',
  latin: 'Erlan Nurlanuly',
  arabic: 'ئەرلان نۇرلان ئوغلى',
};
const REAL_NAME = 'Гүлнар Сейтқызы';

interface TrashItem {
  id: string;
  kind: string;
  label: string;
}

// One vault for the whole journey: Argon2id makes each new vault cost seconds.
test('a case from the list to the trash: source, person in three scripts, incident, counts', async ({ app, page, harness }) => {
  test.slow();
  const cases = new CasesPage(page);
  const caseView = new CasePage(page);
  const source = new SourcePage(page);
  const person = new PersonPage(page);
  const incident = new IncidentPage(page);
  const controls = new FormControls(page);

  await app.open();
  await app.createVault(PASSPHRASE);

  // --- The case list and a new case.
  await expect(cases.root).toBeVisible();
  await expect(cases.empty).toBeVisible();
  await cases.newCase.click();
  await expectFocused(cases.title);
  // The contract's rules hold in the page: a case needs a title.
  await cases.submit.click();
  await expect(page.getByTestId('new-case-title-error')).toHaveText('Fill this in.');
  await cases.fillNewCase({
    title: CASE_TITLE,
    reference: 'ALM-2024-017',
    status: 'under_review',
    summary: 'Detained in 2018 after returning from Kazakhstan; relatives have had no news since.',
    tags: 'Ili, camp, family separation',
    lawyer: 'Aigerim Bekova',
  });
  await expectAccessible(page, 'cases (new case form)');
  await cases.submit.click();

  await expect(caseView.root).toBeVisible();
  await expect(caseView.heading).toHaveText(CASE_TITLE);
  await expect(caseView.sectionCount('person')).toHaveText('0');

  // --- A source: the identity is marked protected, and stored with the new source.
  await caseView.add('source');
  await expect(source.root).toBeVisible();
  await expect(source.protectedPanel).toBeVisible();
  await expect(source.protectedWarning).toHaveText(
    'Protected: stored encrypted separately, never searchable, never exported without consent.',
  );
  await expect(source.protectedPanel.locator('svg.protected__icon')).toBeVisible();
  await expect(source.pseudonym).toHaveCount(0);
  await controls.pickByKeyboard(source.connection, 'direct', 'Direct witness');
  await expect(source.connection).toHaveValue('Direct witness');
  await source.relation.fill('Sister');
  await source.addConsent.click();
  await expectFocused(source.consent(0, 'use'));
  await source.consent(0, 'how').selectOption('recorded');
  await source.realName.fill(REAL_NAME);
  await source.phone.fill('+7 701 000 00 00');
  await expectAccessible(page, 'source (new)');
  await app.screenshot('source');
  await source.save.click();

  await expect(caseView.root).toBeVisible();
  await expect(caseView.items('source')).toHaveCount(1);
  const pseudonym = (await caseView.items('source').getByTestId('record-open').textContent()) ?? '';
  expect(pseudonym).toMatch(/^S-\d{4}$/);
  // The real name is in no list and no search.
  await expect(page.getByText(REAL_NAME)).toHaveCount(0);
  expect(await app.invokeInPage('search.query', { text: 'Гүлнар' })).toMatchObject({ ok: true, value: [] });

  // --- The existing source: pseudonym read-only, identity hidden until a reason is given.
  await caseView.openItem('source', pseudonym);
  await expect(source.pseudonym).toHaveText(pseudonym);
  await expect(source.realName).toHaveCount(0);
  await expect(page.getByText(REAL_NAME)).toHaveCount(0);
  await source.reveal.click();
  await expect(source.revealDialog).toBeVisible();
  await expectFocused(source.revealReason);
  await source.revealConfirm.click();
  await expect(page.getByTestId('reveal-reason-error')).toHaveText('Fill this in.');
  await expect(source.realName).toHaveCount(0);
  await source.revealReason.fill('To call her back about the hearing');
  await expectAccessible(page, 'source (reveal dialog)');
  await page.keyboard.press('Enter');
  await expect(source.revealDialog).toBeHidden();
  await expect(source.realName).toHaveValue(REAL_NAME);
  // The reveal, with its reason, is in the audit log.
  const audit = (await app.invokeInPage('audit.list', { limit: 20 })) as { ok: boolean; value: Array<{ action: string; changes: unknown[] }> };
  expect(audit.value.find((entry) => entry.action === 'reveal_identity')?.changes).toEqual([
    expect.objectContaining({ field: 'reason', note: 'To call her back about the hearing' }),
  ]);
  // A corrected phone number is saved through the protected channel, not the record.
  await source.phone.fill('+7 702 111 11 11');
  await source.save.click();
  await expect(caseView.root).toBeVisible();
  const sourceId = await caseView.items('source').getAttribute('data-record-id');
  expect(await app.invokeInPage('sources.revealIdentity', { id: sourceId, reason: 'Check the saved phone' })).toMatchObject({
    ok: true,
    value: { realName: REAL_NAME, phone: '+7 702 111 11 11' },
  });

  // --- A person named in Cyrillic, Latin and Uyghur in Arabic script.
  await expect(caseView.root).toBeVisible();
  await caseView.add('person');
  await expect(person.root).toBeVisible();
  await person.name(0).fill(NAMES.cyrillic);
  await expect(person.script(0)).toHaveValue('Cyrl');
  await person.addName.click();
  await expectFocused(person.name(1));
  await page.keyboard.type(NAMES.latin);
  await expect(person.script(1)).toHaveValue('Latn');
  await expect(person.nameKind(1)).toHaveValue('transliteration');
  await person.addName.click();
  await person.name(2).fill(NAMES.arabic);
  await expect(person.script(2)).toHaveValue('Arab');
  await person.language(2).selectOption('ug');
  await person.nameKind(2).selectOption('name');
  for (const index of [0, 1, 2]) await expect(person.name(index)).toHaveAttribute('dir', 'auto');
  const isRtl = (index: number) => person.name(index).evaluate((element) => element.matches(':dir(rtl)'));
  expect(await isRtl(2)).toBe(true);
  expect(await isRtl(0)).toBe(false);
  expect(await isRtl(1)).toBe(false);
  await expect(person.name(2)).toHaveAttribute('lang', 'ug');
  await person.birthDate.fill('около 1985');
  await expect(page.getByTestId('person-birth-date-reading')).toContainText('about 1985');
  await controls.pickByKeyboard(person.ethnicity, 'Kaz', 'Kazakh');
  await person.addStatus.click();
  await person.status(0).selectOption('detained');
  await person.statusDate(0).fill('spring 2018');
  await expect(page.getByTestId('person-status-0-date-reading')).toContainText('Mar – May 2018');
  await expectAccessible(page, 'person');
  await app.screenshot('person');
  await person.save.click();

  await expect(caseView.root).toBeVisible();
  await expect(caseView.items('person')).toHaveCount(1);
  await expect(caseView.items('person')).toContainText(NAMES.cyrillic);
  await expect(caseView.items('person')).toContainText(NAMES.arabic);
  await expect(caseView.items('person')).toContainText('Detained');

  // --- An incident: the date typed as said, the type chosen from the vocabulary by keyboard.
  await caseView.add('incident');
  await expect(incident.root).toBeVisible();
  await incident.title.fill('Detention of Erlan on his return to Ghulja');
  await incident.type.focus();
  await page.keyboard.press('ArrowDown');
  await expect(incident.type).toHaveAttribute('aria-expanded', 'true');
  // Hierarchical: the children sit under their parent, indented.
  await expect(incident.typeOptions.getByRole('option', { name: 'Arbitrary detention' })).toHaveClass(/combo__option--depth-1/);
  await page.keyboard.type('arbitrary det');
  await expect(incident.typeOptions.getByRole('option')).toHaveCount(1);
  await expect(incident.typeOptions.getByRole('option')).toContainText('Deprivation of liberty');
  await page.keyboard.press('Enter');
  await expect(incident.type).toHaveValue('Arbitrary detention');
  await expect(incident.type).toHaveAttribute('aria-expanded', 'false');
  // Escape closes an open list without changing the choice.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(incident.type).toHaveAttribute('aria-expanded', 'false');
  await expect(incident.type).toHaveValue('Arbitrary detention');

  await incident.date.focus();
  await page.keyboard.type('about 2018');
  await expect(incident.dateReading).toContainText('about 2018');
  await expect(incident.dateReading).toHaveAttribute('data-earliest', '2017-01-01');
  await expect(incident.dateReading).toHaveAttribute('data-latest', '2019-12-31');
  await incident.verification.selectOption('corroborated');
  await incident.addInvolved.click();
  await controls.pickByKeyboard(incident.involvedPerson(0), 'Erlan', /Эрлан Нурланұлы/);
  await expect(incident.involvedPerson(0)).toHaveValue(NAMES.cyrillic);
  await expectAccessible(page, 'incident');
  await app.screenshot('incident');
  await incident.save.click();

  await expect(caseView.root).toBeVisible();
  await expect(caseView.items('incident')).toHaveCount(1);
  await expect(caseView.items('incident')).toContainText('Arbitrary detention');
  await expect(caseView.items('incident')).toContainText('about 2018');
  await expect(caseView.sectionCount('person')).toHaveText('1');
  await expect(caseView.sectionCount('source')).toHaveText('1');
  await expect(caseView.sectionCount('incident')).toHaveText('1');
  await expect(caseView.sectionCount('testimony')).toHaveText('0');
  const stored = (await app.invokeInPage('records.list', { kind: 'incident' })) as {
    value: { items: Array<{ data: { type: string; date: { precision: string; text: string }; involved: unknown[] } }> };
  };
  expect(stored.value.items[0]?.data).toMatchObject({
    type: 'arbitrary_detention',
    date: { precision: 'about', text: 'about 2018' },
    involved: [{ role: 'victim' }],
  });
  // A document of the case, through the shared uploader.
  const uploader = new AttachmentUploaderPart(page);
  await uploader.choose(harness, { name: 'letter-from-ghulja.txt', buffer: Buffer.from('We have had no news since March.') });
  await expect(uploader.row('letter-from-ghulja.txt')).toBeVisible();
  await expect(caseView.documents.getByTestId('section-count')).toHaveText('1');
  await expectAccessible(page, 'case');
  await app.screenshot('case');

  // --- Unsaved changes are not lost to a stray click: the app asks first.
  await caseView.summary.fill('Edited but not saved.');
  await page.getByTestId('nav-cases').click();
  await expect(controls.leaveDialog()).toBeVisible();
  await expectFocused(controls.leaveDialog().getByTestId('confirm-dialog-cancel'));
  await page.keyboard.press('Escape');
  await expect(controls.leaveDialog()).toBeHidden();
  await expect(caseView.summary).toHaveValue('Edited but not saved.');
  await page.getByTestId('nav-cases').click();
  await controls.leaveDialog().getByTestId('confirm-dialog-confirm').click();

  // --- The counts on the case list.
  await expect(cases.root).toBeVisible();
  await expect(cases.row(CASE_TITLE)).toHaveCount(1);
  await expect(cases.row(CASE_TITLE).getByTestId('case-status')).toHaveText('Under review');
  await expect(cases.count(CASE_TITLE, 'person')).toHaveText('1');
  await expect(cases.count(CASE_TITLE, 'incident')).toHaveText('1');
  await expect(cases.count(CASE_TITLE, 'source')).toHaveText('1');
  await expect(cases.count(CASE_TITLE, 'testimony')).toHaveText('0');
  await expect(cases.count(CASE_TITLE, 'attachment')).toHaveText('1');
  await cases.filterStatus.selectOption('closed');
  await expect(cases.empty).toBeVisible();
  await cases.filterStatus.selectOption('');
  await expect(cases.rows).toHaveCount(1);
  await expectAccessible(page, 'cases');
  await app.screenshot('cases');

  // --- To the trash, after a confirmation.
  await cases.open(CASE_TITLE);
  await expect(caseView.heading).toHaveText(CASE_TITLE);
  const caseId = await page.evaluate(async () => {
    const holder = globalThis as unknown as { casekeep: { invoke(m: string, i: unknown): Promise<{ value: { items: Array<{ id: string }> } }> } };
    return (await holder.casekeep.invoke('cases.list', {})).value.items[0]?.id;
  });
  await caseView.deleteButton.click();
  await expect(caseView.deleteDialog).toBeVisible();
  await expect(caseView.deleteDialog).toContainText(CASE_TITLE);
  await caseView.deleteDialog.getByTestId('confirm-dialog-cancel').click();
  await expect(caseView.root).toBeVisible();
  await caseView.moveToTrash();
  await expect(cases.root).toBeVisible();
  await expect(cases.empty).toBeVisible();
  const trash = (await app.invokeInPage('trash.list', {})) as { ok: boolean; value: { items: TrashItem[]; total: number } };
  expect(trash.value.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: caseId, kind: 'case', label: CASE_TITLE })]));
  const trashScreen = new TrashPage(page);
  await trashScreen.open();
  await expect(trashScreen.row(CASE_TITLE)).toBeVisible();
});

test('the record screens speak Russian and Kazakh, dates included', async ({ app, page }) => {
  const cases = new CasesPage(page);
  const caseView = new CasePage(page);
  const incident = new IncidentPage(page);
  await app.open();
  await app.createVault(PASSPHRASE);
  await cases.create({ title: 'Дело Сейтказиевых' });
  await expect(caseView.root).toBeVisible();
  await caseView.add('incident');
  await app.language.choose('ru');
  await expect(incident.heading).toHaveText('Новый инцидент');
  await incident.date.fill('весной 2017');
  await expect(incident.dateReading).toContainText('март – май 2017 г.');
  await app.language.choose('kk');
  await expect(incident.heading).toHaveText('Жаңа оқиға');
  await expect(incident.dateReading).toContainText('2017 ж. наурыз – мамыр');
  await incident.date.fill('бүгін емес');
  await expect(incident.dateReading).toContainText('Мұны күн ретінде оқу мүмкін емес');
  await expectAccessible(page, 'incident (kk)');
  // An unreadable date is never saved as no date: the form refuses and says why.
  await incident.title.fill('Жауапқа алу');
  await incident.type.focus();
  await page.keyboard.type('Жауапқа');
  await page.keyboard.press('Enter');
  await incident.save.click();
  await expect(page.getByTestId('incident-date-error')).toContainText('Күнді оқу мүмкін емес');
  await expectFocused(incident.date);
});
