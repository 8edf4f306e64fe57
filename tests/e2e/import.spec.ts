import type { Harness } from '../harness/server';
import { expectAccessible } from './accessibility';
import { expect, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';
import { ImportPage } from './pages/import-page';

/** A second organisation's vault, in the test process, that exports to the page's vault. */
async function sender(harness: Harness, start: () => Promise<Harness>) {
  const other = await start();
  await other.service.call('vault.create', { passphrase: 'the partner organisation vault' });
  await other.service.call('partners.add', { card: (await harness.service.call('identity.cardText', {})).card, name: 'Our office' });
  const recipient = (await harness.service.call('identity.get', {})).recipient;
  return {
    other,
    async export(caseId: string): Promise<string> {
      const result = await other.service.call('exports.create', { caseIds: [caseId], recipients: [recipient], profile: 'full' });
      if (!result.saved) throw new Error('The export was not saved.');
      return result.path;
    },
  };
}

test('import: a signer checked by fingerprint, the preview, the result, and a conflict resolved side by side', async ({ app, page, harness, harnessModule }) => {
  test.setTimeout(120_000);
  await app.open();
  await app.createVault(PASSPHRASE);
  const partner = await sender(harness, () => harnessModule.startHarness());
  try {
    const kase = await partner.other.service.call('records.create', { kind: 'case', data: { title: 'Семья Нурлана' } });
    const first = await partner.export(kase.id);
    const importing = new ImportPage(page);
    await importing.open();
    await expect(importing.heading).toHaveText('Import from a partner');

    // --- A cancelled dialog reads nothing.
    harness.setFileToOpen(null);
    await importing.choose.click();
    await expect(importing.root.getByRole('status')).toHaveText('No file was chosen.');

    // --- The preview: a stranger's key, its fingerprint, and nothing imported until accepted.
    harness.setFileToOpen(first);
    await importing.choose.click();
    await expect(importing.previewHeading).toHaveText('What this import would do');
    await expectFocused(importing.previewHeading);
    await expect(importing.signerUnknown).toBeVisible();
    expect(await importing.fingerprintText()).toBe((await partner.other.service.call('identity.get', {})).fingerprint);
    await expect(importing.counts).toContainText('New: 1');
    await expect(importing.records).toContainText('Семья Нурлана');
    await expect(importing.apply).toBeDisabled();
    await expectAccessible(page, 'import preview');
    await importing.acceptSigner.focus();
    await page.keyboard.press('Space');
    await expect(importing.apply).toBeEnabled();
    await importing.apply.click();
    await expect(importing.resultCounts).toHaveText('1 new, 0 updated, 0 in conflict, 0 file(s) added.');
    expect((await harness.service.call('records.get', { id: kase.id })).label).toBe('Семья Нурлана');

    // --- Both sides change the case: the next import keeps both, and a person chooses.
    await partner.other.service.call('records.update', { kind: 'case', id: kase.id, data: { title: 'Семья Нурлана (партнёр)' } });
    await harness.service.call('records.update', { kind: 'case', id: kase.id, data: { title: 'Семья Нурлана (офис)' } });
    const second = await partner.export(kase.id);
    await importing.again.click();
    harness.setFileToOpen(second);
    await importing.choose.click();
    await expect(importing.counts).toContainText('Conflict: both versions kept: 1');
    await expect(importing.standing).toHaveText('This bundle follows the last one from this sender.');
    await importing.acceptSigner.check();
    await importing.apply.click();
    await expect(importing.result).toContainText('1 record is in conflict and waits for you to choose.');
    await expect(importing.conflictItems).toHaveCount(1);
    await importing.conflictItems.getByRole('button').click();
    await expectFocused(importing.resolver.getByRole('heading', { level: 3 }));
    await expect(importing.sides).toHaveCount(2);
    await expect(importing.resolver).toContainText('(differs)');
    await expectAccessible(page, 'conflict resolver');
    await importing.sides.filter({ hasText: 'Семья Нурлана (партнёр)' }).getByTestId('import-keep').click();
    await expect(importing.conflicts).toContainText('The conflict is resolved.');
    await expect(importing.conflictItems).toHaveCount(0);
    expect((await harness.service.call('records.get', { id: kase.id })).label).toBe('Семья Нурлана (партнёр)');
  } finally {
    await partner.other.close();
  }
});
