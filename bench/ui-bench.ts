/*
 * The UI at scale, in Debian's Chromium through the loopback test harness (the renderer as built
 * by `npm run build`, the real service behind it): the time from Unlock to a case list one can
 * click, with N testimonies in the vault (BENCH_TESTIMONIES, default 100,000), and the time to
 * draw a case timeline of 5,000 items.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { seedVault } from '../tools/seed/seed-vault';
import { Vault } from '../src/main/core/vault/vault';
import { TIMELINE_ITEMS, timelineInputs } from '../tests/e2e/timeline-data';
import { startHarness, type Harness } from '../tests/harness/server';
import { median, Samples, withTempDir, type BenchContext, type Section } from './section';
import { Table } from './table';

const PASSPHRASE = 'bench passphrase for the interface';
const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const RENDERER = fileURLToPath(new URL('../out/renderer/index.html', import.meta.url));
/** A title no seeded record shares, so the search palette finds this case alone. */
const TIMELINE_CASE = 'Zzyzx timeline bench';
const WAIT_MS = 300_000;
/** Enough 1.5× steps to go from twenty years to a few weeks. */
const ZOOM_STEPS = 14;

async function seed(context: BenchContext, folder: string, testimonies: number): Promise<void> {
  const { vault } = await Vault.create(folder, PASSPHRASE);
  try {
    let last = 0;
    const seeded = await seedVault(vault, { testimonies }, (progress) => {
      if (progress.testimonies - last < 5_000 && progress.testimonies < testimonies) return;
      last = progress.testimonies;
      context.progress(`ui: seeding, ${progress.testimonies}/${testimonies} testimonies`);
    });
    context.progress(`ui: seeded ${seeded.records} records in ${(seeded.milliseconds / 1000).toFixed(0)} s`);
  } finally {
    await vault.lock();
  }
}

/** Unlock → the vault.unlock answer → the first case's Open button visible: one round. */
async function unlockToCaseList(page: Page): Promise<{ answered: number; interactive: number; cases: number }> {
  await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
  const answer = page.waitForResponse((response) => response.url().endsWith('/api/invoke') && (response.request().postData() ?? '').includes('"vault.unlock"'), {
    timeout: WAIT_MS,
  });
  const clicked = performance.now();
  await page.getByTestId('unlock-submit').click();
  await answer;
  const answered = performance.now() - clicked;
  await page.getByTestId('case-open').first().waitFor({ state: 'visible', timeout: WAIT_MS });
  const interactive = performance.now() - clicked;
  return { answered, interactive, cases: await page.getByTestId('case-row').count() };
}

async function lock(page: Page): Promise<void> {
  await page.getByTestId('lock-button').click();
  await page.getByTestId('screen-unlock').waitFor({ timeout: WAIT_MS });
}

/** From the palette's timeline entry to the first frame with items drawn. */
async function openTimeline(page: Page): Promise<{ wall: number; drawn: number; marks: number }> {
  await page.getByTestId('nav-cases').click();
  await page.keyboard.press('Control+k');
  await page.getByTestId('search-input').fill(TIMELINE_CASE);
  const option = page.locator('[data-testid="search-option"][data-kind="timeline"]').first();
  await option.waitFor({ timeout: WAIT_MS });
  const clicked = performance.now();
  await option.click();
  const chart = page.locator('[data-testid="timeline-chart"][data-render-ms]');
  await chart.waitFor({ timeout: WAIT_MS });
  const wall = performance.now() - clicked;
  return { wall, drawn: Number(await chart.getAttribute('data-render-ms')), marks: Number(await chart.getAttribute('data-rendered')) };
}

/**
 * Zoom steps timed inside the page, without the driver's round trips: a "+" key on the timeline,
 * then two animation frames, by which the new window is laid out, rendered and painted.
 */
async function zoomSteps(page: Page, steps: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    // The bench compiles without DOM types; this runs in the page, which has them.
    const doc = (globalThis as unknown as { document: { querySelector(selector: string): { dispatchEvent(event: unknown): void } | null } }).document;
    const win = globalThis as unknown as { requestAnimationFrame(callback: () => void): void; KeyboardEvent: new (type: string, init: object) => unknown };
    const viewport = doc.querySelector('[data-testid="timeline-viewport"]');
    if (!viewport) throw new Error('No timeline on screen.');
    const times: number[] = [];
    // No named helpers in here: tsx would wrap them in a __name() the page does not have.
    for (let step = 0; step < count; step++) {
      const started = performance.now();
      viewport.dispatchEvent(new win.KeyboardEvent('keydown', { key: '+', bubbles: true }));
      for (let frames = 0; frames < 2; frames++) await new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));
      times.push(performance.now() - started);
    }
    return times;
  }, steps);
}

async function createTimelineCase(harness: Harness): Promise<void> {
  const { service } = harness;
  const { id: caseId } = await service.call('records.create', { kind: 'case', data: { title: TIMELINE_CASE } });
  const { id: sourceId } = await service.call('records.create', { kind: 'source', data: { caseIds: [caseId] } });
  for (const input of timelineInputs(caseId, sourceId)) await service.call('records.create', input as never);
}

async function measure(context: BenchContext, harness: Harness, testimonies: number): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', colorScheme: 'light' })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(harness.url);
    await page.getByTestId('screen-unlock').waitFor({ timeout: WAIT_MS });

    const unlock = new Samples();
    let cases = 0;
    for (let round = 1; round <= context.rounds; round++) {
      context.progress(`ui: unlock to the case list, round ${round}/${context.rounds}`);
      const result = await unlockToCaseList(page);
      unlock.push('answered', result.answered);
      unlock.push('interactive', result.interactive);
      unlock.push('after', result.interactive - result.answered);
      cases = result.cases;
      if (round < context.rounds) await lock(page);
    }
    const unlockTable = new Table(`Unlock to an interactive case list, ${testimonies.toLocaleString('en')} testimonies in the vault (Chromium, harness)`);
    unlockTable.add({ name: 'vault.unlock answered (Argon2id, open, checks)', value: unlock.median('answered'), unit: 'ms', samples: unlock.all('answered') });
    unlockTable.add({ name: 'unlock answered → case list clickable', value: unlock.median('after'), unit: 'ms', samples: unlock.all('after') });
    unlockTable.add({ name: 'Unlock clicked → case list clickable', value: unlock.median('interactive'), unit: 'ms', samples: unlock.all('interactive') });
    unlockTable.note(`${cases} case rows on the first screen of the list`);
    context.report(unlockTable);

    context.progress(`ui: creating a case with ${TIMELINE_ITEMS.toLocaleString('en')} timeline items`);
    await createTimelineCase(harness);
    const wall: number[] = [];
    const drawn: number[] = [];
    const zoom: number[] = [];
    let marks = 0;
    for (let round = 1; round <= context.rounds; round++) {
      context.progress(`ui: timeline, round ${round}/${context.rounds}`);
      const result = await openTimeline(page);
      wall.push(result.wall);
      drawn.push(result.drawn);
      marks = result.marks;
      zoom.push(...(await zoomSteps(page, ZOOM_STEPS)));
    }
    const timelineTable = new Table(`Case timeline of ${TIMELINE_ITEMS.toLocaleString('en')} items (Chromium, harness)`);
    timelineTable.add({ name: 'data arrived → first frame with items', value: median(drawn), unit: 'ms', samples: drawn });
    timelineTable.add({ name: 'palette entry clicked → items drawn', value: median(wall), unit: 'ms', samples: wall });
    timelineTable.add({ name: `zoom step ("+" → painted), ${ZOOM_STEPS} from all to weeks`, value: median(zoom), unit: 'ms', samples: zoom });
    timelineTable.note(`${marks} marks drawn zoomed out (the rest culled or counted in density strips); the click-to-drawn time includes cases.timeline over the bridge`);
    context.report(timelineTable);
    if (errors.length > 0) throw new Error(`errors in the page: ${errors.join('; ')}`);
  } finally {
    await browser.close();
  }
}

export const uiSection: Section = {
  name: 'ui',
  summary: 'Chromium via the harness: unlock to a clickable case list with N testimonies; a 5,000-item timeline',
  async run(context) {
    const testimonies = Number(process.env.BENCH_TESTIMONIES ?? 100_000);
    await access(RENDERER).catch(() => {
      throw new Error(`ui: no built renderer at ${RENDERER}; run \`npm run build\` first.`);
    });
    await access(CHROMIUM).catch(() => {
      throw new Error(`ui: no Chromium at ${CHROMIUM}; set BENCH_CHROMIUM.`);
    });
    await withTempDir('ui', async (dir) => {
      const folder = join(dir, 'vault');
      await seed(context, folder, testimonies);
      const harness = await startHarness({ vaultFolder: folder });
      try {
        await measure(context, harness, testimonies);
      } finally {
        await harness.close();
      }
    });
  },
};
