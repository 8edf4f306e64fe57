import { expectAccessible } from './accessibility';
import { create } from './bridge-data';
import { expect, PASSPHRASE, test } from './fixtures';
import { IncidentPage } from './pages/incident-page';
import { FormControls } from './pages/record-form-page';
import { SearchPalette } from './pages/search-palette';
import { TimelinePage } from './pages/timeline-page';

const CASE_TITLE = 'Arrest and transfer of Erlan';
const ARREST = 'Arrest in Ghulja';
const TRANSFER = 'Transfer to the camp';

test('an incident marked as following another is drawn after it, says so, and cannot close a circle', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const { id: caseId } = await create(page, 'case', { title: CASE_TITLE });
  await create(page, 'incident', { caseIds: [caseId], title: ARREST, type: 'arrest', date: { precision: 'day', earliest: '2019-03-10', latest: '2019-03-10' } });
  await create(page, 'incident', {
    caseIds: [caseId],
    title: TRANSFER,
    type: 'arrest',
    date: { precision: 'month', earliest: '2019-03-01', latest: '2019-03-31', text: 'March 2019' },
  });

  const timeline = new TimelinePage(page);
  const incident = new IncidentPage(page);
  const controls = new FormControls(page);
  const arrest = timeline.item(`${ARREST}, 10 March 2019`);
  const transfer = timeline.item(new RegExp(`^${TRANSFER}, March 2019`));
  const box = async (item: typeof arrest) => {
    const found = await timeline.mark(item).boundingBox();
    if (!found) throw new Error('An incident is not drawn.');
    return found;
  };

  await new SearchPalette(page).openTimeline(CASE_TITLE);
  await expect(timeline.chart).toHaveAttribute('data-total', '2');
  // Unlinked, "March 2019" starts on the 1st, left of the arrest.
  expect((await box(transfer)).x).toBeLessThan((await box(arrest)).x);

  // The transfer follows the arrest, picked by keyboard among the case's incidents.
  await timeline.mark(transfer).click();
  await expect(incident.root).toBeVisible();
  const follows = page.getByTestId('incident-follows');
  await controls.pickByKeyboard(follows, 'Arrest', ARREST);
  await expect(follows).toHaveValue(ARREST);
  await expectAccessible(page, 'incident-follows');
  await incident.save.click();

  // Back on the timeline: the transfer starts no further left than the arrest, and says it follows it.
  await expect(timeline.chart).toBeVisible();
  const following = timeline.item(`${TRANSFER}, March 2019, follows ${ARREST}`);
  await expect(following).toHaveCount(1);
  // Its date stays "March 2019"; it is drawn from the arrest's day.
  await expect(following).toHaveAttribute('data-drawn-from', '2019-03-10');
  await expect(following).toHaveAttribute('data-precision', 'month');
  const whole = await timeline.range.textContent();
  const viewport = await timeline.viewport.boundingBox();
  if (!viewport) throw new Error('The timeline has no box.');
  async function expectBothInOrder(): Promise<void> {
    await expect(timeline.lane('incident')).toContainText('2 in view');
    const [a, t] = [await box(arrest), await box(following)];
    expect(t.x).toBeGreaterThanOrEqual(a.x - 0.5);
    for (const mark of [a, t]) {
      expect(mark.x + mark.width).toBeGreaterThan(viewport!.x);
      expect(mark.x).toBeLessThan(viewport!.x + viewport!.width);
    }
  }
  await expectBothInOrder();
  // Zoomed in around the arrest, the transfer that follows it is still beside it.
  await arrest.focus();
  await page.keyboard.press('+');
  await expect(timeline.range).not.toHaveText(whole ?? '');
  await expectBothInOrder();
  await timeline.fit.click();
  await expectBothInOrder();
  await expectAccessible(page, 'timeline-follows');
  await app.screenshot('timeline-follows');

  // The transfer links to what it follows; the arrest cannot then follow the transfer.
  await timeline.mark(following).click();
  const link = page.getByTestId('incident-follows-link');
  await expect(link).toContainText(`Follows: ${ARREST}`);
  await link.getByRole('button', { name: ARREST }).click();
  await expect(incident.heading).toHaveText(ARREST);
  await controls.pickByKeyboard(follows, 'Transfer', TRANSFER);
  await incident.save.click();
  await expect(page.getByTestId('incident-follows-error')).toHaveText(
    'That incident already follows this one, directly or through others: a chain of events cannot run in a circle.',
  );
  await expect(follows).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'incident-follows-cycle');
});
