import { expectAccessible } from './accessibility';
import { create, createMany } from './bridge-data';
import { expect, PASSPHRASE, test } from './fixtures';
import { SearchPalette } from './pages/search-palette';
import { TimelinePage } from './pages/timeline-page';
import { TIMELINE_ITEMS, timelineInputs } from './timeline-data';

const CASE_TITLE = 'Family of Erlan Serikuly';

test('uncertain dates look uncertain, filters narrow the timeline, and an item opens its record', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const { id: caseId } = await create(page, 'case', { title: CASE_TITLE });
  const erlan = await create(page, 'person', {
    caseIds: [caseId],
    names: [{ value: 'Ерлан Серікұлы', script: 'Cyrl' }],
    statusHistory: [
      { status: 'detained', date: { precision: 'month', earliest: '2017-04-01', latest: '2017-04-30', text: 'April 2017' } },
      { status: 'released', date: { precision: 'day', earliest: '2019-11-02', latest: '2019-11-02' } },
    ],
  });
  const gulnar = await create(page, 'person', { caseIds: [caseId], names: [{ value: 'Гүлнар Серікқызы', script: 'Cyrl' }] });
  await create(page, 'incident', {
    caseIds: [caseId],
    title: 'Taken to the camp in Shawan',
    type: 'reeducation_camp_internment',
    date: { precision: 'about', earliest: '2017-01-01', latest: '2019-12-31', text: 'about 2018' },
    involved: [{ personId: erlan.id, role: 'victim' }],
  });
  await create(page, 'incident', {
    caseIds: [caseId],
    title: 'Interrogation of Gulnar in Ghulja',
    type: 'interrogation',
    date: { precision: 'day', earliest: '2016-03-05', latest: '2016-03-05' },
    involved: [{ personId: gulnar.id, role: 'victim' }],
  });
  const source = await create(page, 'source', { caseIds: [caseId] });
  await create(page, 'testimony', {
    caseIds: [caseId],
    sourceId: source.id,
    interviewDate: '2019-05-14',
    place: 'Almaty',
    language: 'kk',
    personLinks: [{ personId: gulnar.id }],
  });

  const timeline = new TimelinePage(page);
  await new SearchPalette(page).openTimeline(CASE_TITLE);
  await expect(timeline.caseTitle).toHaveText(CASE_TITLE);
  await expect(timeline.chart).toHaveAttribute('data-total', '5');

  // "About 2018" is a range from 2017 to 2019, drawn faded with a dashed edge; the testimony on
  // one known day is a solid dot.
  const camp = timeline.item('Taken to the camp in Shawan, about 2018');
  const testimony = timeline.item(/Testimony 2019-05-14 · S-\d{4} · Almaty, 14 May 2019/);
  await expect(camp).toHaveAttribute('data-certainty', 'uncertain');
  await expect(camp).toHaveAttribute('data-precision', 'about');
  await expect(testimony).toHaveAttribute('data-certainty', 'exact');
  const campMark = timeline.mark(camp);
  const testimonyMark = timeline.mark(testimony);
  await expect(campMark).toHaveClass(/timeline__bar--uncertain/);
  await expect(testimonyMark).toHaveClass(/timeline__dot/);
  const campStyle = await campMark.evaluate((element) => {
    // The node project has no DOM types; the page has getComputedStyle.
    const style = (globalThis as unknown as { getComputedStyle(e: unknown): { strokeDasharray: string } }).getComputedStyle(element);
    return { dashes: style.strokeDasharray, fill: element.getAttribute('fill') };
  });
  expect(campStyle.dashes).not.toBe('none');
  expect(campStyle.fill).toBe('url(#timeline-fade-incident)');
  const campBox = await campMark.boundingBox();
  const dotBox = await testimonyMark.boundingBox();
  expect(campBox && dotBox && campBox.width > 10 * dotBox.width).toBe(true);
  // A month is a solid bar, and the detention runs on to the release.
  const detained = timeline.item('Ерлан Серікұлы: Detained, April 2017');
  await expect(timeline.mark(detained)).toHaveClass(/timeline__bar--period/);
  await expect(detained.locator('.timeline__period')).toHaveCount(1);

  // Filter by person: Gulnar's testimony and interrogation stay, Erlan's incident goes.
  await timeline.person.selectOption({ label: 'Гүлнар Серікқызы' });
  await expect(camp).toHaveCount(0);
  await expect(testimony).toBeVisible();
  await expect(timeline.item('Interrogation of Gulnar in Ghulja, 5 March 2016')).toBeVisible();
  await timeline.person.selectOption({ label: 'Everyone' });
  await expect(camp).toBeVisible();

  // Filter by type.
  await timeline.type('testimony:').uncheck();
  await expect(testimony).toHaveCount(0);
  await timeline.type('testimony:').check();
  await expect(testimony).toBeVisible();

  // Zoom and pan from the keyboard, and with the buttons.
  const whole = await timeline.range.textContent();
  await timeline.viewport.focus();
  await page.keyboard.press('+');
  await expect(timeline.range).not.toHaveText(whole ?? '');
  const zoomed = await timeline.range.textContent();
  await page.keyboard.press('ArrowLeft');
  await expect(timeline.range).not.toHaveText(zoomed ?? '');
  await page.keyboard.press('Home');
  await expect(timeline.range).toHaveText(whole ?? '');
  await timeline.zoomIn.click();
  await timeline.zoomOut.click();
  await expect(timeline.range).toHaveText(whole ?? '');

  // The wheel zooms around the pointer; dragging pans and opens nothing.
  const box = await timeline.viewport.boundingBox();
  if (!box) throw new Error('The timeline has no box.');
  const y = box.y + 20;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.wheel(0, -400);
  await expect(timeline.range).not.toHaveText(whole ?? '');
  const wheeled = (await timeline.range.textContent()) ?? '';
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 250, y, { steps: 8 });
  await page.mouse.up();
  await expect(timeline.range).not.toHaveText(wheeled);
  await expect(timeline.root).toBeVisible();
  await timeline.fit.click();
  await expect(timeline.range).toHaveText(whole ?? '');

  await expectAccessible(page, 'timeline');
  await app.screenshot('timeline');

  // Enter on a focused item opens it; so does a click.
  await camp.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('screen-incident').or(page.getByTestId('screen-placeholder'))).toBeVisible();
  await expect(timeline.root).toHaveCount(0);

  await new SearchPalette(page).openTimeline(CASE_TITLE);
  await timeline.mark(testimony).click();
  await expect(page.getByTestId('screen-testimony').or(page.getByTestId('screen-placeholder'))).toBeVisible();
  await expect(timeline.root).toHaveCount(0);
});

test('a timeline of 5,000 items draws only what is in view', async ({ app, page }) => {
  test.setTimeout(300_000);
  await app.open();
  await app.createVault(PASSPHRASE);
  const { id: caseId } = await create(page, 'case', { title: 'Five thousand events' });
  const source = await create(page, 'source', { caseIds: [caseId] });

  const seeding = Date.now();
  await createMany(page, timelineInputs(caseId, source.id));
  const seededMs = Date.now() - seeding;

  const timeline = new TimelinePage(page);
  const search = new SearchPalette(page);
  await search.open();
  await search.search('Five thousand events');
  const option = search.option('timeline', 'Five thousand events');
  await option.waitFor();
  const clicked = Date.now();
  await option.click();
  await expect(timeline.chart).toHaveAttribute('data-render-ms', /^\d+(\.\d+)?$/, { timeout: 60_000 });
  const wallMs = Date.now() - clicked;
  const renderMs = Number(await timeline.chart.getAttribute('data-render-ms'));

  await expect(timeline.chart).toHaveAttribute('data-total', String(TIMELINE_ITEMS));
  const rendered = Number(await timeline.chart.getAttribute('data-rendered'));
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(TIMELINE_ITEMS);
  await expect(timeline.items).toHaveCount(rendered);
  const hidden = await Promise.all((['incident', 'testimony', 'status'] as const).map((lane) => timeline.lane(lane).getAttribute('data-hidden')));
  expect(rendered + hidden.reduce((sum, n) => sum + Number(n), 0)).toBe(TIMELINE_ITEMS);

  // Zooming in step by step: each step redraws only the window; the count stays consistent.
  await timeline.viewport.focus();
  const zooming = Date.now();
  for (let i = 0; i < 12; i++) {
    const before = (await timeline.range.textContent()) ?? '';
    await page.keyboard.press('+');
    await expect(timeline.range).not.toHaveText(before);
  }
  const zoomMs = Date.now() - zooming;
  const inView = Number(await timeline.chart.getAttribute('data-rendered'));
  await expect(timeline.items).toHaveCount(inView);
  const laneCounts = await Promise.all((['incident', 'testimony', 'status'] as const).map((lane) => timeline.lane(lane).getAttribute('data-hidden')));
  expect(inView + laneCounts.reduce((sum, n) => sum + Number(n), 0)).toBeLessThan(TIMELINE_ITEMS);

  const report = `5,000 items (seeded in ${(seededMs / 1000).toFixed(1)} s): first render ${renderMs.toFixed(0)} ms after the data arrived, ${wallMs} ms from the click; ${rendered} marks drawn zoomed out; 12 zoom steps in ${zoomMs} ms (${inView} drawn after them)`;
  console.log(`timeline: ${report}`);
  test.info().annotations.push({ type: 'timeline render', description: report });
});

test('a case in one month opens on that month, "+" keeps its incidents in view, and an open detention goes on past the edge', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const { id: caseId } = await create(page, 'case', { title: 'Arrest of the chairman' });
  const chairman = await create(page, 'person', {
    caseIds: [caseId],
    names: [{ value: 'Chairman', script: 'Latn' }],
    statusHistory: [{ status: 'detained', date: { precision: 'day', earliest: '2019-03-10', latest: '2019-03-10' } }],
  });
  const involved = [{ personId: chairman.id, role: 'victim' }];
  const incidents = [
    { title: 'Intimidation', type: 'arrest', date: { precision: 'range', earliest: '2019-03-01', latest: '2019-03-08' } },
    { title: 'Night raid', type: 'arrest', date: { precision: 'range', earliest: '2019-03-09', latest: '2019-03-10' } },
    { title: 'Transfer', type: 'arrest', date: { precision: 'month', earliest: '2019-03-01', latest: '2019-03-31' } },
    { title: 'Fine', type: 'arrest', date: { precision: 'day', earliest: '2019-04-02', latest: '2019-04-02' } },
  ];
  for (const incident of incidents) await create(page, 'incident', { caseIds: [caseId], involved, ...incident });

  const timeline = new TimelinePage(page);
  await new SearchPalette(page).openTimeline('Arrest of the chairman');
  await expect(timeline.chart).toHaveAttribute('data-total', '5');
  const box = await timeline.viewport.boundingBox();
  if (!box) throw new Error('The timeline has no box.');
  const viewport = box;

  async function expectInViewAndApart(): Promise<void> {
    await expect(timeline.lane('incident')).toContainText('4 in view');
    const boxes = await Promise.all(incidents.map((incident) => timeline.mark(timeline.item(new RegExp(`^${incident.title},`))).boundingBox()));
    const lefts: number[] = [];
    for (const box of boxes) {
      if (!box) throw new Error('An incident is not drawn.');
      expect(box.x + box.width).toBeGreaterThan(viewport.x);
      expect(box.x).toBeLessThan(viewport.x + viewport.width);
      lefts.push(box.x);
    }
    // Readable: the fine, three weeks after the others, stands well apart from them.
    expect(Math.max(...lefts) - Math.min(...lefts)).toBeGreaterThan(viewport.width / 3);
  }

  // The open detention does not stretch the window to today.
  await expect(timeline.range).toContainText('2019');
  await expect(timeline.range).not.toContainText('2026');
  await expectInViewAndApart();
  const detained = timeline.item(/Chairman: Detained, 10 March 2019, continuing/);
  await expect(detained.getByTestId('timeline-continuing')).toHaveCount(1);

  // "+" zooms around the items, not the window's middle: the raid, the arrest's day and the
  // transfer stay in view; only the fine at the far end may leave it.
  await timeline.zoomIn.click();
  await expect(timeline.lane('incident')).toContainText(/[34] in view/);
  await expect(timeline.item(/^Night raid,/)).toBeVisible();
  await timeline.viewport.focus();
  await page.keyboard.press('+');
  await expect(timeline.lane('incident')).not.toContainText('0 in view');
  await timeline.fit.click();
  await expectInViewAndApart();
  await expectAccessible(page, 'timeline-open-detention');
});
