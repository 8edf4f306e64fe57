import { expect, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { PASSPHRASE, test } from './fixtures';
import { CasePage } from './pages/case-page';
import { CasesPage } from './pages/cases-page';
import { PersonPage } from './pages/person-page';
import { SearchPalette } from './pages/search-palette';
import { TimelinePage } from './pages/timeline-page';

const NAME = 'ئابدۇرېھىم ئابلىز';
const CASE_TITLE = 'ئابدۇرېھىم ئابلىزنىڭ دېلوسى';
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

interface Sides {
  brandStartGap: number;
  brandEndGap: number;
  headingRightGap: number;
  headingLeftGap: number;
}

/**
 * How far the header's first item and the main heading's text sit from either side of their
 * containers. Run as page script: the specs' project has no DOM types. A heading's box may span
 * its column, so its text is measured by a range, against the panel or main column around it.
 */
const MEASURE = `(() => {
  const header = document.querySelector('header.app-header');
  const bar = header.getBoundingClientRect();
  const brand = header.firstElementChild.getBoundingClientRect();
  const heading = document.querySelector('main h1');
  const column = (heading.closest('.panel') || heading.closest('main')).getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(heading);
  const text = range.getBoundingClientRect();
  return {
    brandStartGap: bar.right - brand.right,
    brandEndGap: brand.left - bar.left,
    headingRightGap: column.right - text.right,
    headingLeftGap: text.left - column.left,
  };
})()`;

function sides(page: Page): Promise<Sides> {
  return page.evaluate<Sides>(MEASURE);
}

/** Mirrored: the header opens at the right, and the heading's text hugs its column's right edge. */
function isMirrored(s: Sides): boolean {
  return s.brandStartGap < s.brandEndGap && s.headingRightGap < 80 && s.headingRightGap < s.headingLeftGap;
}

async function expectUyghurScreen(page: Page, heading: Locator, screen: string): Promise<void> {
  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ug');
  await expect(heading).toBeVisible();
  await expect(heading).toHaveText(ARABIC_SCRIPT);
  const measured = await sides(page);
  expect(isMirrored(measured), `${screen} is laid out right to left: ${JSON.stringify(measured)}`).toBe(true);
  await expectAccessible(page, `${screen} (Uyghur)`);
}

test('in Uyghur every screen mirrors, from a new vault through a case, a person, search and the lock', async ({ app, page }) => {
  test.slow();
  const cases = new CasesPage(page);
  const caseView = new CasePage(page);
  const person = new PersonPage(page);
  const palette = new SearchPalette(page);
  const timeline = new TimelinePage(page);

  await app.open();
  await expect(app.language.button('ug')).toHaveText('ئۇيغۇرچە');
  await expect(app.language.button('ug')).toHaveAttribute('lang', 'ug');
  await app.language.choose('ug');
  await expect(app.create.heading).toHaveText('ئامبار قۇرۇڭ');
  await expect(page).toHaveTitle('ئامبار قۇرۇڭ — Casekeep');
  await expectUyghurScreen(page, app.create.heading, 'create vault');
  await app.screenshot('ug-create');

  await app.createVault(PASSPHRASE);
  await expect(cases.root).toBeVisible();
  await expect(cases.heading).toHaveText('دېلولار');
  await expectUyghurScreen(page, cases.heading, 'cases');
  // The workspace's navigation column moves to the right with the header.
  const nav = await page.getByTestId('nav-cases').boundingBox();
  const main = await cases.heading.boundingBox();
  expect(nav && main && nav.x > main.x, 'the navigation sits right of the content').toBe(true);
  await app.screenshot('ug-cases');

  await cases.create({ title: CASE_TITLE });
  await expect(caseView.root).toBeVisible();
  await expect(caseView.heading).toHaveText(CASE_TITLE);
  await expectUyghurScreen(page, caseView.heading, 'case');

  await caseView.add('person');
  await expect(person.root).toBeVisible();
  await person.name(0).fill(NAME);
  await expect(person.name(0)).toHaveAttribute('dir', 'auto');
  await expect(person.script(0)).toHaveValue('Arab');
  await person.addStatus.click();
  await person.status(0).selectOption('detained');
  await person.statusDate(0).fill('2018');
  await expectUyghurScreen(page, person.heading, 'person');
  await app.screenshot('ug-person');
  await person.save.click();

  await expect(caseView.root).toBeVisible();
  await expect(caseView.items('person')).toContainText(NAME);
  await cases.goto();
  await expect(cases.row(CASE_TITLE)).toBeVisible();
  await cases.open(CASE_TITLE);
  await expect(caseView.heading).toHaveText(CASE_TITLE);
  await expectUyghurScreen(page, caseView.heading, 'case with a person');
  await app.screenshot('ug-case');

  // The timeline's controls mirror; its time axis keeps running left to right.
  await caseView.timeline.click();
  await expect(timeline.root).toBeVisible();
  await expect(timeline.viewport).toHaveAttribute('dir', 'ltr');
  await expect(timeline.viewport.locator('svg')).toBeVisible();
  const zoomIn = await timeline.zoomIn.boundingBox();
  const fit = await timeline.fit.boundingBox();
  expect(zoomIn && fit && zoomIn.x > fit.x, 'the toolbar starts at the right').toBe(true);
  await expectUyghurScreen(page, page.locator('main h1').first(), 'timeline');
  await app.screenshot('ug-timeline');

  await palette.open();
  await expect(palette.input).toHaveAttribute('placeholder', 'ئىسىم، ئورۇن، سۆز… ھەر قانداق يېزىقتا');
  await palette.search('ئابدۇرېھىم');
  await expect(palette.option('person', NAME)).toBeVisible();
  await expect(palette.status).toHaveText(ARABIC_SCRIPT);
  await expectUyghurScreen(page, page.locator('main h1').first(), 'search');
  await app.screenshot('ug-search');
  await page.keyboard.press('Escape');
  await expect(palette.dialog).toHaveCount(0);

  await app.lock();
  await expect(app.unlock.heading).toHaveText('ئامبارنىڭ قۇلۇپىنى ئېچىڭ');
  await expectUyghurScreen(page, app.unlock.heading, 'unlock');
  await app.screenshot('ug-unlock');
  await app.unlock.unlock(PASSPHRASE);
  await expect(app.home.root).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  // The same measure on the same screen reads as unmirrored once the page is forced to LTR, so
  // it is the direction, not the screen's content, that places the header and heading.
  const heading = page.locator('main h1').first();
  await expectUyghurScreen(page, heading, 'after unlock');
  await page.evaluate("document.documentElement.setAttribute('dir', 'ltr')");
  expect(isMirrored(await sides(page))).toBe(false);
});
