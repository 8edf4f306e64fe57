import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { tinyPng, tinyWav } from '../helpers/media-files';
import { expect, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';
import type { CasekeepApp } from './pages/casekeep-app';
import { TestimonyPage } from './pages/testimony-page';

interface Created {
  ok: boolean;
  value: { id: string };
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function create(app: CasekeepApp, kind: string, data: Record<string, unknown>): Promise<string> {
  const result = (await app.invokeInPage('records.create', { kind, data })) as Created;
  expect(result.ok).toBe(true);
  return result.value.id;
}

async function openOnlyTestimony(page: Page, caseId: string): Promise<void> {
  // Away and back, so the list is read again after the records were made through the bridge.
  await page.getByTestId('nav-trash').click();
  await page.getByTestId('nav-cases').click();
  await page.locator(`[data-case-id="${caseId}"]`).getByTestId('case-open').click();
  const items = page.getByTestId('case-testimony-item');
  await expect(items).toHaveCount(1);
  await items.getByTestId('record-open').click();
}

test('your own files back: a photo shown and a recording played from memory, a plain copy saved after a warning', async ({ app, page, harness }) => {
  test.setTimeout(120_000);
  await app.open();
  await app.createVault(PASSPHRASE);
  const caseId = await create(app, 'case', { title: 'Files come back' });
  const sourceId = await create(app, 'source', { caseIds: [caseId] });
  await create(app, 'testimony', { caseIds: [caseId], sourceId, interviewDate: '2024-05-14', language: 'kk' });
  await openOnlyTestimony(page, caseId);
  const uploader = new TestimonyPage(page).uploader;

  const photo = tinyPng('Camera: E2E-PHOTO-CANARY');
  const recording = tinyWav(0.5);
  await uploader.choose(harness, { name: 'checkpoint.png', buffer: photo });
  await expect(uploader.row('checkpoint.png').getByTestId('attachment-metadata-removed')).toBeVisible();
  await uploader.choose(harness, { name: 'voice-note.wav', buffer: recording });
  await expect(uploader.row('voice-note.wav')).toHaveAttribute('data-sha256', sha256(recording));

  // The photo: decrypted in main, read in chunks into a Blob, drawn from a blob: URL.
  const photoRow = uploader.row('checkpoint.png');
  await photoRow.getByTestId('attachment-open').click();
  const image = photoRow.getByTestId('attachment-image');
  await expect(image).toBeVisible();
  expect(await image.getAttribute('src')).toMatch(/^blob:/);
  await expect.poll(() => image.evaluate((element) => (element as unknown as { naturalWidth: number }).naturalWidth)).toBe(2);

  // The recording: an audio element whose media loads from memory, ready to play.
  const audioRow = uploader.row('voice-note.wav');
  await audioRow.getByTestId('attachment-open').click();
  const audio = audioRow.getByTestId('attachment-audio');
  await expect(audio).toBeVisible();
  // One preview at a time: the photo's closed (and its URL was revoked).
  await expect(image).toHaveCount(0);
  expect(await audio.getAttribute('src')).toMatch(/^blob:/);
  await expect
    .poll(() => audio.evaluate((element) => (element as unknown as { readyState: number; duration: number }).readyState))
    .toBeGreaterThanOrEqual(1);
  expect(await audio.evaluate((element) => (element as unknown as { duration: number }).duration)).toBeGreaterThan(0.4);

  // Save a copy: the warning first; cancelling it saves nothing.
  const dialog = page.getByTestId('attachment-save-dialog');
  await audioRow.getByTestId('attachment-save-copy').click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('leaves the vault unencrypted');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(harness.savedCopies).toEqual([]);

  // Confirmed: main asks the host for the path and writes the bytes there.
  await audioRow.getByTestId('attachment-save-copy').click();
  await dialog.getByRole('button', { name: 'Save unencrypted copy' }).click();
  await expect(audioRow.getByTestId('attachment-save-status')).toHaveText('A copy was saved.');
  expect(harness.savedCopies).toHaveLength(1);
  expect((await readFile(harness.savedCopies[0]!)).equals(recording)).toBe(true);

  // The photo's copy is the working copy, without its metadata.
  await photoRow.getByTestId('attachment-save-copy').click();
  await dialog.getByRole('button', { name: 'Save unencrypted copy' }).click();
  await expect(photoRow.getByTestId('attachment-save-status')).toHaveText('A copy was saved.');
  const savedPhoto = await readFile(harness.savedCopies[1]!);
  expect(savedPhoto.includes('E2E-PHOTO-CANARY')).toBe(false);
  expect(savedPhoto.subarray(0, 8).equals(photo.subarray(0, 8))).toBe(true);

  // Closing the preview takes the player away.
  await audioRow.getByTestId('attachment-preview-close').click();
  await expect(audio).toHaveCount(0);
  await expectFocused(audioRow.getByTestId('attachment-open'));
});

test('the documents box of a case has one heading, its section’s', async ({ app, page }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const caseId = await create(app, 'case', { title: 'One heading' });
  await page.getByTestId('nav-trash').click();
  await page.getByTestId('nav-cases').click();
  await page.locator(`[data-case-id="${caseId}"]`).getByTestId('case-open').click();
  const documents = page.getByTestId('case-section-documents');
  await expect(documents.getByTestId('attachment-uploader')).toBeVisible();
  await expect(documents.getByRole('heading')).toHaveCount(1);
  await expect(documents.getByRole('heading')).toHaveText(/^Documents\s*0$/);
  await expect(page.getByRole('region', { name: /^Documents/ })).toHaveCount(1);
});
