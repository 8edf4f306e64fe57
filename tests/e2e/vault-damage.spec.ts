import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, PASSPHRASE, test } from './fixtures';

// docs/security.md S14 and S35, as the user sees them.

/** The core's CIPHER_PAGE_SIZE; Playwright's transform cannot load the core module itself. */
const CIPHER_PAGE_SIZE = 8192;

test('a folder whose header is gone opens on the unlock screen with a plain message, and stays as it was', async ({ app, page, harness }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  await app.lock();
  await unlink(join(harness.vaultFolder, 'vault.json'));
  const before = await readFile(join(harness.vaultFolder, 'casekeep.db'));
  await page.reload();
  await expect(page.getByTestId('vault-corrupt')).toContainText('vault.json');
  await app.unlock.unlock(PASSPHRASE);
  await expect(page.getByTestId('form-error')).toHaveAttribute('data-code', 'VAULT_CORRUPT');
  expect((await readFile(join(harness.vaultFolder, 'casekeep.db'))).equals(before)).toBe(true);
});

test('a damaged middle page is found after unlock: a banner says so and tells how to restore', async ({ app, page, harness }) => {
  await app.open();
  await app.createVault(PASSPHRASE);
  const vault = harness.service.vault!;
  await vault.db.transaction(async (tx) => {
    for (let i = 0; i < 400; i++) await tx.run({ text: 'INSERT INTO meta (key, value) VALUES (?, ?)', values: [`row-${i}`, `filler ${i} `.repeat(60)] });
  });
  await app.lock();
  const path = join(harness.vaultFolder, 'casekeep.db');
  const pages = (await readFile(path)).length / CIPHER_PAGE_SIZE;
  const handle = await open(path, 'r+');
  // Among the filler rows written last, at the end of the file: a page unlock itself never reads.
  const offset = (pages - 10) * CIPHER_PAGE_SIZE + 600;
  const byte = Buffer.alloc(1);
  await handle.read(byte, 0, 1, offset);
  byte[0] = byte[0]! ^ 0x04;
  await handle.write(byte, 0, 1, offset);
  await handle.close();

  await app.unlock.unlock(PASSPHRASE);
  await expect(app.home.root).toBeVisible();
  await expect(page.getByTestId('vault-damaged')).toContainText('restore the vault from a backup');
  await app.lock();
  await expect(page.getByTestId('vault-damaged')).toHaveCount(0);
});
