import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { require as tsxRequire } from 'tsx/cjs/api';
import type { Harness } from '../harness/server';
import { expectAccessible } from './accessibility';
import { call } from './bridge-data';
import { expect, PASSPHRASE, test } from './fixtures';
import { expectFocused } from './focus';

type IdentityModule = typeof import('../../src/main/core/exchange/identity');
type AgeModule = typeof import('../../src/main/core/crypto/age');

const PROTECTED_NAME = 'Гүлнар Жасырынова';
const TRANSCRIPT = 'Ағамды түнде алып кетті, содан бері хабар жоқ.';

/** An identity file for the partner's key, as `age-keygen` writes one, for the stock age tool. */
async function partnerKeyFile(partner: Harness, folder: string): Promise<string> {
  const identity = tsxRequire('../../src/main/core/exchange/identity.ts', __filename) as IdentityModule;
  const age = tsxRequire('../../src/main/core/crypto/age/index.ts', __filename) as AgeModule;
  const secrets = await identity.loadOrgIdentitySecrets(partner.service.vault!.db);
  const path = join(folder, 'partner-key.txt');
  await writeFile(path, `${age.x25519IdentityString(secrets.x25519Secret)}\n`, { mode: 0o600 });
  identity.forgetOrgIdentitySecrets(secrets);
  return path;
}

test('export wizard: from the case, a partner from the address book, progress, and where the file went', async ({ app, page, harness, harnessModule }) => {
  test.setTimeout(120_000);
  await app.open();
  await app.createVault(PASSPHRASE);
  const partner = await harnessModule.startHarness();
  try {
    await partner.service.call('vault.create', { passphrase: 'the partner organisation vault' });
    await partner.service.call('identity.rename', { name: 'Partner Legal Aid' });
    await harness.service.call('partners.add', { card: (await partner.service.call('identity.cardText', {})).card });

    const kase = await call(page, 'records.create', { kind: 'case', data: { title: 'Семья Ерлана <b>' } });
    const source = await call(page, 'records.create', {
      kind: 'source',
      data: { caseIds: [kase.id], consents: [{ use: 'record', granted: true, date: '2020-02-02', how: 'oral' }] },
      identity: { realName: PROTECTED_NAME },
    });
    await call(page, 'records.create', { kind: 'testimony', data: { caseIds: [kase.id], sourceId: source.id, interviewDate: '2020-02-02', language: 'kk', transcript: TRANSCRIPT } });
    await call(page, 'records.create', { kind: 'person', data: { caseIds: [kase.id], names: [{ value: 'Ерлан Сапаров', script: 'Cyrl' }] } });

    // From the case screen: the wizard opens with that case chosen. (Away and back, so the list shows the new case.)
    await page.getByTestId('nav-trash').click();
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('case-row').filter({ hasText: 'Семья Ерлана' }).getByTestId('case-open').click();
    await page.getByTestId('case-export').click();
    const wizard = page.getByTestId('screen-export');
    await expect(wizard.getByRole('heading', { level: 1 })).toHaveText('Export for a partner');
    await expectFocused(wizard.getByRole('heading', { level: 1 }));
    await expect(wizard.locator(`[data-testid="export-case"][data-case-id="${kase.id}"]`)).toBeChecked();
    await expect(wizard.getByTestId('export-profile-partner')).toBeChecked();
    await expect(wizard.getByTestId('export-profile')).toContainText('Leaves out the real names and contacts of sources');

    // Nobody chosen yet: the wizard says so and writes nothing.
    await wizard.getByTestId('export-submit').click();
    await expect(wizard.getByTestId('export-problem')).toHaveText('Choose at least one recipient, or a passphrase.');
    expect(harness.savedCopies).toEqual([]);

    // The partner, chosen with the keyboard.
    const partnerBox = wizard.getByTestId('export-partner');
    await expect(partnerBox).toHaveCount(1);
    await partnerBox.focus();
    await page.keyboard.press('Space');
    await expect(partnerBox).toBeChecked();
    await expectAccessible(page, 'export wizard');
    await wizard.getByTestId('export-submit').focus();
    await page.keyboard.press('Enter');

    const result = page.getByTestId('export-result');
    await expect(result).toContainText('The export was saved to:');
    await expectFocused(result.getByRole('heading', { level: 2 }));
    expect(harness.savedCopies).toHaveLength(1);
    const saved = harness.savedCopies[0]!;
    await expect(result.getByTestId('export-path')).toHaveText(saved);
    await expect(result.getByTestId('export-counts')).toContainText('4 records');
    await expect(result.getByTestId('export-counts')).toContainText('Fields of 3 records were left out.');
    await app.screenshot('export-result');

    // The partner opens it with the stock age tool: the protected name and the words without consent are not in it.
    const bytes = await readFile(saved);
    expect(bytes.subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');
    const keyFile = await partnerKeyFile(partner, await mkdtemp(join(tmpdir(), 'casekeep-e2e-key-')));
    const plain = execFileSync('/usr/bin/age', ['-d', '-i', keyFile, saved], { maxBuffer: 64 * 1024 * 1024 });
    expect(plain.includes(Buffer.from('Ерлан Сапаров'))).toBe(true);
    expect(plain.includes(Buffer.from(PROTECTED_NAME))).toBe(false);
    expect(plain.includes(Buffer.from(TRANSCRIPT))).toBe(false);
    expect(plain.includes(Buffer.from('Семья Ерлана <b>'))).toBe(true);
    expect(plain.includes(Buffer.from('Семья Ерлана &lt;b&gt;'))).toBe(true);

    // The cases list has its own way in, with nothing chosen yet.
    await page.getByTestId('export-again').click();
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('cases-export').click();
    await expect(page.getByTestId('export-case').first()).not.toBeChecked();
  } finally {
    await partner.close();
  }
});
