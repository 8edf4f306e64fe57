import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrgPublicKeys } from '../../../../src/main/core/exchange/identity';
import { CasekeepService } from '../../../../src/main/core/service/service';
import { runCli } from '../../../../src/cli/run';
import { memoryIo } from '../../../cli/helpers';
import { hashFiles } from '../../../helpers/hash-files';
import { tempFolder } from '../../../helpers/temp';
import { bundleParts, craftBundle, makeParty } from './bundle-fixtures';
import { dumpTables, recordsView } from './exchange-vaults';

/*
 * The whole way in: a bundle written by one real vault's export, read by another's import
 * through the contract, with the host's open dialog answered by the test. Every refusal must
 * leave the receiving vault's files byte-identical, compared with the vault locked.
 */

const PASSPHRASE_A = 'the sending vault of this test';
const PASSPHRASE_B = 'the receiving vault of this test';
let a: CasekeepService;
let b: CasekeepService;
let c: CasekeepService;
let bFolder: string;
let out: string;
const open: { path: string | null } = { path: null };
let save: string | null = null;
let caseId: string;

async function exportTo(recipients: string[], name: string): Promise<string> {
  save = join(out, name);
  const result = await a.call('exports.create', { caseIds: [caseId], recipients, profile: name.includes('partner') ? 'partner' : 'full' });
  if (!result.saved) throw new Error('not saved');
  return result.path;
}

/** Every file's hash and every folder's name: an empty folder left behind counts too. */
async function lockedHashes(): Promise<{ files: Record<string, string>; entries: string[] }> {
  await b.lock();
  const hashes = { files: await hashFiles(bFolder), entries: (await readdir(bFolder, { recursive: true })).sort() };
  await b.call('vault.unlock', { passphrase: PASSPHRASE_B });
  return hashes;
}

async function previewOf(path: string) {
  open.path = path;
  return b.invoke('imports.preview', {});
}

beforeAll(async () => {
  const aFolder = await tempFolder('casekeep-import-a-');
  bFolder = await tempFolder('casekeep-import-b-');
  const cFolder = await tempFolder('casekeep-import-c-');
  out = await tempFolder('casekeep-import-out-');
  a = new CasekeepService({ folder: aFolder, chooseSavePath: async () => (save ? { path: save, overwrite: false } : null) });
  b = new CasekeepService({ folder: bFolder, chooseOpenPath: async () => open.path });
  c = new CasekeepService({ folder: cFolder });
  await a.call('vault.create', { passphrase: PASSPHRASE_A });
  await b.call('vault.create', { passphrase: PASSPHRASE_B });
  await c.call('vault.create', { passphrase: 'a third vault' });
  await a.call('settings.update', { userName: 'Field worker A' });
  await a.call('partners.add', { card: (await b.call('identity.cardText', {})).card, name: 'Vault B' });
  await a.call('partners.add', { card: (await c.call('identity.cardText', {})).card, name: 'Vault C' });
  const kase = await a.call('records.create', { kind: 'case', data: { title: 'Семья Нурлана' } });
  caseId = kase.id;
  await a.call('records.create', { kind: 'person', data: { caseIds: [caseId], names: [{ value: 'Нурлан Бекұлы', script: 'Cyrl' }] } });
  const bytes = Buffer.from('a scanned letter '.repeat(3000));
  const { uploadId } = await a.call('attachments.begin', { ownerId: caseId, name: 'letter.pdf', mime: 'application/pdf', size: bytes.length });
  await a.call('attachments.append', { uploadId, chunk: bytes.toString('base64') });
  await a.call('attachments.finish', { uploadId });
});

afterAll(async () => {
  await Promise.all([a.lock(), b.lock(), c.lock()]);
});

const bRecipient = async () => (await b.call('identity.get', {})).recipient;

describe('import of a real bundle', () => {
  it('refuses a signer outside the address book unless accepted, leaving every file of the vault as it was', async () => {
    const file = await exportTo([await bRecipient()], 'to-b.age');
    const before = await lockedHashes();
    const preview = await previewOf(file);
    if (!preview.ok || 'cancelled' in (preview.value as object)) throw new Error('no preview');
    const shown = preview.value as { token: string; signer: { partner: unknown; fingerprint: string }; counts: { new: number } };
    expect(shown.signer.partner).toBeNull();
    expect(shown.signer.fingerprint).toBe((await a.call('identity.get', {})).fingerprint);
    expect(shown.counts.new).toBe(2);
    const refused = await b.invoke('imports.apply', { token: shown.token });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { reason: 'unknown-signer' } } });
    await b.call('imports.cancel', { token: shown.token });
    expect(await lockedHashes()).toEqual(before);
  });

  it('refuses a flipped byte, a wrong recipient and a bad signature, each with the vault unchanged', async () => {
    const good = await readFile(await exportTo([await bRecipient()], 'to-b-again.age'));
    const flipped = Buffer.from(good);
    flipped[Math.floor(flipped.length * 0.6)]! ^= 0x01;
    const flippedPath = join(out, 'flipped.age');
    await writeFile(flippedPath, flipped);
    const forC = await exportTo([(await c.call('identity.get', {})).recipient], 'to-c.age');
    const liar = await makeParty('Not who it says');
    const forger = await makeParty('Forger');
    const forged = join(out, 'forged.age');
    const bKeys = await loadOrgPublicKeys(b.vault!.db);
    // Signed by another key than the one the manifest names as the sender's.
    await writeFile(forged, await craftBundle(forger, bKeys.x25519Public, bundleParts(liar, bKeys.x25519Public)));

    const before = await lockedHashes();
    expect(await previewOf(flippedPath)).toMatchObject({ ok: false, error: { code: 'BUNDLE_INVALID' } });
    expect(await previewOf(forC)).toMatchObject({ ok: false, error: { code: 'BUNDLE_NOT_FOR_US' } });
    expect(await previewOf(forged)).toMatchObject({ ok: false, error: { code: 'BUNDLE_INVALID' } });
    expect(await lockedHashes()).toEqual(before);
  });

  it('drops a previewed import and the files it received when the vault locks', async () => {
    const preview = await previewOf(await exportTo([await bRecipient()], 'to-b-locked.age'));
    expect(preview.ok).toBe(true);
    expect((await readdir(bFolder)).some((name) => name.startsWith('.import-'))).toBe(true);
    await b.lock();
    expect((await readdir(bFolder)).filter((name) => name.startsWith('.import-'))).toEqual([]);
    await b.call('vault.unlock', { passphrase: PASSPHRASE_B });
    const token = (preview as { value: { token: string } }).value.token;
    expect(await b.invoke('imports.apply', { token, acceptSigner: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('imports an accepted bundle whole, and the same bundle again changes nothing', async () => {
    const file = await exportTo([await bRecipient()], 'to-b-accepted.age');
    open.path = file;
    const preview = await b.call('imports.preview', {});
    if ('cancelled' in preview) throw new Error('no preview');
    expect(preview.attachments.new).toBe(1);
    const result = await b.call('imports.apply', { token: preview.token, acceptSigner: true });
    expect(result.counts.new).toBe(2);
    expect(result.attachmentsAdded).toBe(1);
    expect(await recordsView(b)).toEqual(await recordsView(a));
    const tables = await dumpTables(b);
    const again = await b.call('imports.preview', {});
    if ('cancelled' in again) throw new Error('no preview');
    expect(again.standing.kind).toBe('replay');
    await b.call('imports.apply', { token: again.token, acceptSigner: true });
    expect(await dumpTables(b)).toEqual(tables);
  });

  it('takes a known partner’s bundle without asking, and the CLI says the same', async () => {
    await b.call('partners.add', { card: (await a.call('identity.cardText', {})).card, name: 'Vault A' });
    await a.call('records.update', { kind: 'case', id: caseId, data: { title: 'Семья Нурлана, обновлено' } });
    const file = await exportTo([await bRecipient()], 'to-b-known.age');
    await b.lock();
    const io = memoryIo({ CASEKEEP_PASSPHRASE: PASSPHRASE_B });
    expect(await runCli(['import', '--vault', bFolder, file, '--dry-run'], io)).toBe(0);
    expect(io.out()).toContain('Vault A (address book)');
    expect(io.out()).toContain('1 updated');
    expect(io.out()).toContain('Dry run: nothing was written.');
    const run = memoryIo({ CASEKEEP_PASSPHRASE: PASSPHRASE_B });
    expect(await runCli(['import', '--vault', bFolder, file], run)).toBe(0);
    expect(run.out()).toContain('Imported: 0 new, 1 updated');
    await b.call('vault.unlock', { passphrase: PASSPHRASE_B });
    expect((await b.call('records.get', { id: caseId })).label).toBe('Семья Нурлана, обновлено');
  });

  it('takes a redacted bundle: what the profile left out stays out, and nothing it left out is read as empty here', async () => {
    const source = await a.call('records.create', {
      kind: 'source',
      data: { caseIds: [caseId], relationToVictim: 'sister', riskNotes: 'Her brother is still held', consents: [{ use: 'record', granted: true, date: '2024-05-02', how: 'oral' }] },
      identity: { realName: 'Айгүл Қорғалған' },
    });
    await a.call('records.create', {
      kind: 'testimony',
      data: { caseIds: [caseId], sourceId: source.id, interviewDate: '2024-05-02', language: 'kk', transcript: 'Сөзбе-сөз жазылған куәлік' },
    });
    const file = await exportTo([await bRecipient()], 'to-b-partner.age');
    const result = await (async () => {
      open.path = file;
      const preview = await b.call('imports.preview', {});
      if ('cancelled' in preview) throw new Error('no preview');
      expect(preview.profile).toBe('partner');
      expect(preview.records.some((r) => r.redacted > 0)).toBe(true);
      return b.call('imports.apply', { token: preview.token, acceptSigner: true });
    })();
    expect(result.counts.new).toBeGreaterThanOrEqual(2);
    const got = await b.call('records.get', { id: source.id });
    expect(JSON.stringify(got)).not.toContain('Her brother is still held');
    expect(JSON.stringify(got)).not.toContain('Айгүл');
  });

  it('CLI: an unknown signer fails with its fingerprint unless --yes', async () => {
    const file = await exportTo([(await c.call('identity.get', {})).recipient], 'to-c-cli.age');
    await c.lock();
    const cFolder = c.vault?.folder ?? (c as unknown as { options: { folder: string } }).options.folder;
    const io = memoryIo({ CASEKEEP_PASSPHRASE: 'a third vault' });
    expect(await runCli(['import', '--vault', cFolder, file], io)).toBe(1);
    const fp = (await a.call('identity.get', {})).fingerprint;
    expect(io.err()).toContain(fp);
    expect(io.err()).toContain('FORBIDDEN');
    const yes = memoryIo({ CASEKEEP_PASSPHRASE: 'a third vault' });
    expect(await runCli(['import', '--vault', cFolder, file, '--yes'], yes)).toBe(0);
    expect(yes.out()).toContain('Imported: 4 new');
  });
});
