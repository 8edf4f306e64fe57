import type { Page } from '@playwright/test';
import type { Harness } from '../harness/server';
import { expectAccessible } from './accessibility';
import { expect, PASSPHRASE, test } from './fixtures';
import type { CasekeepApp } from './pages/casekeep-app';
import { CasePage, type CaseSection } from './pages/case-page';
import { CasesPage } from './pages/cases-page';
import { DraftNotice } from './pages/draft-notice';

// docs/security.md S18 through the real page and the real auto-lock module: whatever was typed
// in the moment before a lock is there, as a draft of its record, after unlocking.
const CASE_TITLE = 'Family of Nurlan Serikuly';

interface Seeded {
  caseId: string;
  personId: string;
  incidentId: string;
  sourceId: string;
  testimonyId: string;
}

async function seed(harness: Harness): Promise<Seeded> {
  const call = harness.service.call.bind(harness.service);
  const kase = await call('records.create', { kind: 'case', data: { title: CASE_TITLE } });
  const caseIds = [kase.id];
  const person = await call('records.create', { kind: 'person', data: { caseIds, names: [{ value: 'Нұрлан Серікұлы', script: 'Cyrl' }] } });
  const incident = await call('records.create', { kind: 'incident', data: { caseIds, title: 'Detained at the border', type: 'arbitrary_detention' } });
  const source = await call('records.create', { kind: 'source', data: { caseIds, relationToVictim: 'brother', consents: [] } });
  const testimony = await call('records.create', {
    kind: 'testimony',
    data: { caseIds, sourceId: source.id, interviewDate: '2024-05-02', language: 'kk', transcript: 'He was taken at the crossing.' },
  });
  return { caseId: kase.id, personId: person.id, incidentId: incident.id, sourceId: source.id, testimonyId: testimony.id };
}

/** Seeds behind the page's back, then makes the case list read again. */
async function seedAndShow(app: CasekeepApp): Promise<Seeded> {
  const seeded = await seed(app.harness);
  await app.page.getByTestId('nav-trash').click();
  await app.page.getByTestId('nav-cases').click();
  await expect(new CasesPage(app.page).row(CASE_TITLE)).toBeVisible();
  return seeded;
}

/** From wherever the workspace is, to one record of the case. */
async function openFromCase(page: Page, kind: CaseSection): Promise<void> {
  const cases = new CasesPage(page);
  await cases.goto();
  await cases.open(CASE_TITLE);
  const caseView = new CasePage(page);
  await expect(caseView.root).toBeVisible();
  await caseView.items(kind).getByTestId('record-open').first().click();
}

async function unlockAgain(app: CasekeepApp): Promise<void> {
  await expect(app.unlock.root).toBeVisible();
  expect(app.harness.service.isUnlocked).toBe(false);
  await app.unlock.unlock(PASSPHRASE);
  await expect(app.home.root).toBeVisible();
}

const FIELDS: ReadonlyArray<{ kind: CaseSection; field: string; text: string }> = [
  { kind: 'person', field: 'person-notes', text: 'Last seen at the bus station in Zharkent, wearing a grey coat.' },
  { kind: 'incident', field: 'incident-description', text: 'Two officers in plain clothes took him from the queue.' },
  { kind: 'source', field: 'source-risk', text: 'Works abroad; calls only from a borrowed phone.' },
  { kind: 'testimony', field: 'testimony-summary', text: 'His brother describes the crossing and the days after.' },
];

test('the Lock button keeps what was typed the moment before, as a draft of each record', async ({ app, page }) => {
  test.setTimeout(90_000);
  await app.open();
  await app.createVault(PASSPHRASE);
  const ids = await seedAndShow(app);
  const { harness } = app;
  const notice = new DraftNotice(page);
  const recordIds: Record<string, string> = { person: ids.personId, incident: ids.incidentId, source: ids.sourceId, testimony: ids.testimonyId };
  const dataOf = async (id: string) => (await harness.service.call('records.get', { id })).data as Record<string, unknown>;
  const draftOf = async (id: string) => (await harness.service.call('drafts.get', { recordId: id })).draft;
  const stored: Record<string, string> = { person: 'notes', incident: 'description', source: 'riskNotes', testimony: 'summary' };

  for (const [index, { kind, field, text }] of FIELDS.entries()) {
    await openFromCase(page, kind);
    const input = page.getByTestId(field);
    await input.fill(text);
    // No wait, and a click that leaves the focus in the field: the field's own blur save cannot
    // stand in for the lock's, which must save what the form holds by itself.
    await app.home.lockButton.dispatchEvent('click');
    await unlockAgain(app);

    await openFromCase(page, kind);
    await expect(notice.root).toBeVisible();
    await expect(notice.root).toContainText('Unsaved changes restored');
    await expect(page.getByTestId(field)).toHaveValue(text);
    if (index === 0) await expectAccessible(page, `${kind} (restored draft)`);
    // A draft is not the record: nothing is applied until the user saves.
    const id = recordIds[kind]!;
    expect((await dataOf(id))[stored[kind]!]).toBeUndefined();
    expect((await harness.service.call('records.get', { id })).draft).toBe(false);

    if (index === 1) {
      // Discard: back to what the record holds, and the draft is gone.
      await notice.discard.click();
      await expect(notice.root).toHaveCount(0);
      await expect(page.getByTestId(field)).toHaveValue('');
      await expect.poll(() => draftOf(id)).toBeNull();
      continue;
    }
    // Save from the notice, by keyboard: the record takes the edit and its draft is gone.
    await notice.save.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await dataOf(id))[stored[kind]!]).toBe(text);
    await expect.poll(() => draftOf(id)).toBeNull();
    await expect(notice.root).toHaveCount(0);
  }
});

test('a new person not saved yet survives the Lock button and comes back in the same case', async ({ app, harness, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  await seedAndShow(app);
  const caseView = new CasePage(page);
  const cases = new CasesPage(page);

  await cases.open(CASE_TITLE);
  await caseView.add('person');
  await page.getByTestId('person-name-0').fill('Айжан Нұрланқызы');
  await app.home.lockButton.dispatchEvent('click');
  await unlockAgain(app);

  await cases.open(CASE_TITLE);
  await caseView.add('person');
  await expect(new DraftNotice(page).root).toBeVisible();
  await expect(page.getByTestId('person-name-0')).toHaveValue('Айжан Нұрланқызы');
  await page.getByTestId('person-save').click();
  await expect(caseView.root).toBeVisible();
  await expect(caseView.items('person').filter({ hasText: 'Айжан' })).toHaveCount(1);
  expect(await harness.service.call('drafts.list', { newOnly: true })).toEqual([]);

  // A new testimony is a draft record from its first save: the lock makes that first save.
  await caseView.add('testimony');
  await page.getByTestId('testimony-place').fill('A café in Almaty');
  await app.home.lockButton.dispatchEvent('click');
  await unlockAgain(app);
  const testimonies = await harness.service.call('records.list', { kind: 'testimony' });
  const kept = testimonies.items.find((item) => item.draft);
  expect((kept?.data as { place?: string } | undefined)?.place).toBe('A café in Almaty');
});

test('idle, sleep and screen lock keep the last keystrokes: the page saves before main locks', async ({ app, harness, page }) => {
  test.setTimeout(90_000);
  await app.open();
  await app.createVault(PASSPHRASE);
  await seedAndShow(app);
  await harness.waitForEventListener();
  const notice = new DraftNotice(page);

  const locks: ReadonlyArray<{ fire(): void; entry: (typeof FIELDS)[number]; reason: string }> = [
    { fire: () => harness.simulateIdle(60 * 60), entry: FIELDS[0]!, reason: 'The vault was locked because the computer was not used for a while.' },
    { fire: () => harness.simulatePowerEvent('suspend'), entry: FIELDS[1]!, reason: 'The vault was locked because the computer went to sleep.' },
    { fire: () => harness.simulatePowerEvent('lock-screen'), entry: FIELDS[3]!, reason: 'The vault was locked because the screen was locked.' },
  ];
  for (const { fire, entry, reason } of locks) {
    await openFromCase(page, entry.kind);
    const input = page.getByTestId(entry.field);
    await input.fill(entry.text);
    // At once after the last keystroke, long before the autosave's pause would have run.
    fire();
    await expect(app.unlock.lockReason).toHaveText(reason);
    await unlockAgain(app);

    await openFromCase(page, entry.kind);
    await expect(notice.root).toBeVisible();
    await expect(page.getByTestId(entry.field)).toHaveValue(entry.text);
    await notice.discard.click();
    await expect(notice.root).toHaveCount(0);
  }
});

test('an edit is kept as a draft shortly after typing stops, and comes back after a reload', async ({ app, harness, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const ids = await seedAndShow(app);
  const caseView = new CasePage(page);
  const draftOf = async (id: string) => (await harness.service.call('drafts.get', { recordId: id })).draft?.data as Record<string, unknown> | undefined;

  // The case's own details form, and a person: no blur, no lock, only the pause after typing.
  await new CasesPage(page).open(CASE_TITLE);
  await caseView.summary.fill('Relatives have had no news since March.');
  await expect.poll(async () => (await draftOf(ids.caseId))?.summary).toBe('Relatives have had no news since March.');
  await caseView.saved.getByText('Unsaved changes').waitFor();

  await page.reload();
  await expect(app.home.root).toBeVisible();
  await new CasesPage(page).open(CASE_TITLE);
  await expect(new DraftNotice(page).root).toBeVisible();
  await expect(caseView.summary).toHaveValue('Relatives have had no news since March.');
  // The notice speaks the interface's language.
  await app.language.choose('kk');
  await expect(new DraftNotice(page).root).toContainText('Сақталмаған өзгерістер қалпына келтірілді');
  await expect(new DraftNotice(page).discard).toHaveText('Тастау');
  expect((await harness.service.call('records.get', { id: ids.caseId })).data).not.toHaveProperty('summary');
});

test('a source’s protected identity typed just before the Lock button comes back, sealed apart from the draft’s data', async ({ app, harness, page }) => {
  test.setTimeout(90_000);
  await app.open();
  await app.createVault(PASSPHRASE);
  const ids = await seedAndShow(app);
  const caseView = new CasePage(page);
  const cases = new CasesPage(page);
  const notice = new DraftNotice(page);
  const realName = 'Гүлжан Сәрсенбайқызы';

  // An existing source with no identity on file: added, typed, locked at once.
  await openFromCase(page, 'source');
  await page.getByTestId('identity-add').click();
  await page.getByTestId('identity-real-name').fill(`${realName} II`);
  await app.home.lockButton.dispatchEvent('click');
  await unlockAgain(app);
  await openFromCase(page, 'source');
  await expect(notice.root).toBeVisible();
  await expect(page.getByTestId('identity-real-name')).toHaveValue(`${realName} II`);
  await expectAccessible(page, 'source (restored identity)');
  expect((await harness.service.call('records.get', { id: ids.sourceId })).hasIdentity).toBe(false);
  await notice.save.click();
  await expect.poll(async () => (await harness.service.call('records.get', { id: ids.sourceId })).hasIdentity).toBe(true);
  await expect.poll(async () => (await harness.service.call('drafts.get', { recordId: ids.sourceId })).draft).toBeNull();
  expect((await harness.service.call('sources.revealIdentity', { id: ids.sourceId, reason: 'checking the save' })).realName).toBe(`${realName} II`);

  // A new source: only the identity is typed, the rest of the form is as it opened.
  await cases.goto();
  await cases.open(CASE_TITLE);
  await caseView.add('source');
  await page.getByTestId('identity-real-name').fill(realName);
  await app.home.lockButton.dispatchEvent('click');
  await unlockAgain(app);
  const [kept] = await harness.service.call('drafts.list', { kind: 'source', newOnly: true });
  expect(JSON.stringify(kept)).not.toContain(realName);
  const draft = (await harness.service.call('drafts.get', { draftId: kept!.id })).draft;
  expect(draft?.identity?.realName).toBe(realName);
  expect(JSON.stringify(draft?.data)).not.toContain(realName);

  await cases.open(CASE_TITLE);
  await caseView.add('source');
  await expect(notice.root).toBeVisible();
  await expect(page.getByTestId('identity-real-name')).toHaveValue(realName);
  await page.getByTestId('source-save').click();
  await expect(caseView.root).toBeVisible();
  // Saved the way it always was, with the new source; no draft keeps it any more.
  await expect.poll(async () => (await harness.service.call('drafts.list', { newOnly: true })).length).toBe(0);
  const created = (await harness.service.call('records.list', { kind: 'source' })).items.find((item) => item.id !== ids.sourceId);
  expect(created?.hasIdentity).toBe(true);
  expect((await harness.service.call('sources.revealIdentity', { id: created!.id, reason: 'checking the save' })).realName).toBe(realName);
});
