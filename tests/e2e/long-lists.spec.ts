import type { Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { call, create, createMany } from './bridge-data';
import { expect, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';
import type { BridgeHolder } from './pages/casekeep-app';
import { CasePage } from './pages/case-page';
import { CasesPage } from './pages/cases-page';
import { SearchPalette } from './pages/search-palette';
import { TrashPage } from './pages/trash-page';
import { VocabulariesPage } from './pages/vocabularies-page';

/** `count` people in the case, named so their order by name is their number. */
function people(caseId: string, count: number, prefix: string) {
  return Array.from({ length: count }, (_, n) => ({
    kind: 'person',
    data: { caseIds: [caseId], names: [{ value: `${prefix} ${String(n).padStart(3, '0')}`, script: 'Latn' }] },
  }));
}

async function invokeAll(page: Page, method: string, inputs: unknown[]): Promise<void> {
  await page.evaluate(
    async ([m, all]) => {
      const bridge = (globalThis as unknown as BridgeHolder).casekeep;
      for (let i = 0; i < all.length; i += 50) {
        const answers = (await Promise.all(all.slice(i, i + 50).map((input) => bridge.invoke(m, input)))) as Array<{ ok: boolean; error?: unknown }>;
        const refused = answers.find((answer) => !answer.ok);
        if (refused) throw new Error(`${m} was refused: ${JSON.stringify(refused.error)}`);
      }
    },
    [method, inputs] as const,
  );
}

test('a long trash shows a page at a time; Show more brings the next and the keyboard goes on there', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const trash = new TrashPage(page);
  const { id: caseId } = await create(page, 'case', { title: 'Kept case' });
  const ids = await createMany(page, people(caseId, 105, 'Deleted'));
  await invokeAll(page, 'records.delete', ids.map((id) => ({ id })));

  await trash.open();
  await expect(trash.rows).toHaveCount(100);
  const more = page.getByTestId('trash-more');
  await expect(more.getByTestId('trash-more-count')).toHaveText('Showing 100 of 105');
  const button = more.getByTestId('trash-more-button');
  await expect(button).toHaveText('Show 5 more');
  await expectAccessible(page, 'trash with more to show');

  await button.focus();
  await page.keyboard.press('Enter');
  await expect(trash.rows).toHaveCount(105);
  await expect(more).toHaveCount(0);
  await expectFocused(trash.rows.nth(100).getByTestId('trash-restore'));

  // A restore reads again as many rows as were shown, not just the first page.
  await trash.restore('Deleted 050');
  await expect(trash.status).toHaveText('“Deleted 050” is restored.');
  await expect(trash.rows).toHaveCount(104);
  await expect(more).toHaveCount(0);

  await app.language.choose('ru');
  await call(page, 'records.delete', { id: ids[50] });
  await page.getByTestId('nav-cases').click();
  await trash.open();
  await expect(more.getByTestId('trash-more-count')).toHaveText('Показано 100 из 105');
  await expect(button).toHaveText('Показать ещё 5');
  await app.language.choose('kk');
  await expect(more.getByTestId('trash-more-count')).toHaveText('105 ішінен 100 көрсетілген');
  await expect(button).toHaveText('Тағы 5 көрсету');
});

test('a case with many people lists the first hundred with the whole count, and the picker says there are more', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const cases = new CasesPage(page);
  const caseView = new CasePage(page);
  const { id: caseId } = await create(page, 'case', { title: 'A large case' });
  await createMany(page, people(caseId, 103, 'Person'));
  // Made through the bridge while the case list was open: the list is read afresh on coming back.
  await new TrashPage(page).open();
  await cases.goto();
  await cases.open('A large case');

  const section = caseView.section('person');
  const items = section.getByTestId('case-person-item');
  await expect(caseView.sectionCount('person')).toHaveText('103');
  await expect(items).toHaveCount(100);
  await expect(items.last()).toContainText('Person 099');
  const more = section.getByTestId('case-more-person');
  await expect(more.getByTestId('case-more-person-count')).toHaveText('Showing 100 of 103');
  await expectAccessible(page, 'case with more people to show');
  await more.getByTestId('case-more-person-button').click();
  await expect(items).toHaveCount(103);
  await expect(more).toHaveCount(0);
  await expectFocused(items.nth(100).getByTestId('record-open'));
  await expect(items.nth(100)).toContainText('Person 100');

  // The picker of the case's people holds the first hundred and says how to reach the rest.
  await caseView.add('incident');
  await page.getByTestId('incident-involved-add').click();
  const picker = page.getByTestId('incident-involved-0-person');
  await picker.click();
  await expect(page.getByTestId('incident-involved-0-person-options').getByRole('option')).toHaveCount(100);
  await expect(page.getByTestId('incident-involved-0-person-footer')).toHaveText('The first 100 of 103: type to search them all.');
});

test('a long vocabulary is drawn a page at a time, in the tree as in the list', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const vocabularies = new VocabulariesPage(page);
  const labels = (text: string) => ({ en: text, ru: text, kk: text, ug: text });
  const added = [{ vocabulary: 'incident_type', code: 'long_branch', labels: labels('Long branch') }].concat(
    Array.from({ length: 200 }, (_, n) => ({ vocabulary: 'incident_type', code: `place_${String(n).padStart(3, '0')}`, labels: labels(`Place ${n}`), parent: 'long_branch' })),
  );
  // One at a time: each term is appended after the last one.
  for (const input of added) await call(page, 'vocabularies.saveTerm', input);
  const all = await call<Array<{ key: string; terms: unknown[] }>>(page, 'vocabularies.list', {});
  const total = all.find((v) => v.key === 'incident_type')!.terms.length;

  await vocabularies.open();
  await expect(vocabularies.tree).toBeVisible();
  await expect(vocabularies.terms).toHaveCount(200);
  const more = page.getByTestId('vocabulary-more');
  await expect(more.getByTestId('vocabulary-more-count')).toHaveText(`Showing 200 of ${total}`);
  await more.getByTestId('vocabulary-more-button').click();
  await expect(vocabularies.terms).toHaveCount(total);
  await expect(more).toHaveCount(0);
  await expectFocused(vocabularies.terms.nth(200).getByTestId('term-edit').first());

  // The list view starts again from its first page.
  await page.getByTestId('vocabulary-view-list').click();
  await expect(vocabularies.terms).toHaveCount(200);
  await expect(more.getByTestId('vocabulary-more-count')).toHaveText(`Showing 200 of ${total}`);
  // A filter narrows what there is to page through.
  await vocabularies.filter.fill('place_19');
  await expect(vocabularies.terms).toHaveCount(10);
  await expect(more).toHaveCount(0);
});

test('search shows fifty results at a time; Show more adds the next page, each record once, and the arrows go on from it', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const { id: caseId } = await create(page, 'case', { title: 'Neighbours' });
  // One name in 120 records of the same length: every score ties, and each must still come once.
  await createMany(page, people(caseId, 120, 'Tursun'));
  const search = new SearchPalette(page);
  const more = page.getByTestId('search-more');
  const ids = async () => search.options.evaluateAll((options) => options.map((option) => option.getAttribute('data-record-id')));

  await search.open();
  await search.search('Tursun');
  await expect(search.options).toHaveCount(50);
  await expect(search.status).toHaveText('The first 50 results; more below. Choose with the arrow keys, open with Enter.');
  await expect(more).toHaveText('Show more results');
  await expectAccessible(page, 'search with more to show');

  // Tab from the input reaches the button; Enter loads the next page and focus goes back to the list.
  await page.keyboard.press('Tab');
  await expectFocused(more);
  await page.keyboard.press('Enter');
  await expect(search.options).toHaveCount(100);
  await expectFocused(search.input);
  await expect(search.options.nth(50)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(search.options.nth(51)).toHaveAttribute('aria-selected', 'true');

  await more.click();
  await expect(search.options).toHaveCount(120);
  await expect(more).toHaveCount(0);
  await expect(search.status).toHaveText('120 results. Choose with the arrow keys, open with Enter.');
  expect(new Set(await ids()).size).toBe(120);

  // A new query starts again at its first page, in every interface language.
  await search.closeButton.click();
  await app.language.choose('ru');
  await search.open();
  await search.search('Tursun');
  await expect(search.status).toHaveText('Первые 50 результатов; ниже есть ещё. Выбор — стрелками, открыть — Enter.');
  await expect(more).toHaveText('Показать ещё');
  await search.closeButton.click();
  await app.language.choose('kk');
  await search.open();
  await search.search('Tursun');
  await expect(search.status).toHaveText('Алғашқы 50 нәтиже; төменде тағы бар. Көрсеткілермен таңдап, Enter пернесімен ашыңыз.');
  await expect(more).toHaveText('Тағы көрсету');
});
