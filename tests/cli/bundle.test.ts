import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { x25519IdentityString } from '../../src/main/core/crypto/age';
import { sha256Hex } from '../../src/main/core/crypto/hash';
import { generateX25519KeyPair } from '../../src/main/core/crypto/signing';
import { writeBundle } from '../../src/main/core/exchange/bundle';
import { tempFolder } from '../helpers/temp';
import { makeInput, makeParty } from '../main/core/exchange/bundle-fixtures';
import { cli } from './helpers';

let folder: string;
let bundle: string;
let keyFile: string;
let otherKeyFile: string;
let fingerprint: string;
let recordCount: number;

beforeAll(async () => {
  folder = await tempFolder();
  const partner = await generateX25519KeyPair();
  const stranger = await generateX25519KeyPair();
  keyFile = join(folder, 'key.txt');
  otherKeyFile = join(folder, 'other.txt');
  await writeFile(keyFile, `# created: 2026-12-03T12:00:00Z\n# public key: ignored\n\n${x25519IdentityString(partner.secretKey)}\n`);
  await writeFile(otherKeyFile, `${x25519IdentityString(stranger.secretKey)}\n`);
  const sender = await makeParty('Центр');
  fingerprint = sender.sender.fingerprint;
  const input = makeInput(sender);
  recordCount = input.records.length;
  bundle = join(folder, 'bundle.ckb');
  await writeBundle(bundle, input, { recipients: [partner.publicKey], signingSecretKey: sender.sign.secretKey });
});

describe('casekeep bundle verify and extract (no vault)', () => {
  it('verifies, printing the sender fingerprint and counts', async () => {
    const human = await cli(['bundle', 'verify', bundle, '--identity', keyFile]);
    expect(human.code).toBe(0);
    expect(human.out).toContain(`Fingerprint: ${fingerprint}`);
    expect(human.out).toContain(`${recordCount} records, 1 attachments (1 files), 1 case summaries`);
    const json = await cli(['bundle', 'verify', bundle, '--identity', keyFile, '--json']);
    expect(json.code).toBe(0);
    expect(json.json()).toMatchObject({ ok: true, sender: { fingerprint, name: 'Центр' }, counts: { records: recordCount, attachments: 1, files: 1, summaries: 1 } });
  });

  it('refuses a bundle for another key and a tampered one, with the reason in --json', async () => {
    const other = await cli(['bundle', 'verify', bundle, '--identity', otherKeyFile, '--json']);
    expect(other.code).toBe(1);
    expect(other.json()).toMatchObject({ ok: false, code: 'BUNDLE_NOT_FOR_US' });
    const bytes = await readFile(bundle);
    bytes[bytes.length - 100]! ^= 1;
    const tampered = join(folder, 'tampered.ckb');
    await writeFile(tampered, bytes);
    const refused = await cli(['bundle', 'verify', tampered, '--identity', keyFile]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('BUNDLE_INVALID');
  });

  it('extracts into a new folder whose files match the manifest', async () => {
    const out = join(folder, 'extracted');
    const ran = await cli(['bundle', 'extract', bundle, '--identity', keyFile, '--out', out]);
    expect(ran.code).toBe(0);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { entries: Array<{ path: string; sha256: string }> };
    for (const entry of manifest.entries) expect(sha256Hex(await readFile(join(out, entry.path))), entry.path).toBe(entry.sha256);
    expect((await readdir(out)).sort()).toEqual(['README.txt', 'SHA256SUMS', 'attachments', 'audit.json', 'manifest.json', 'manifest.sig', 'records', 'summary']);
    // An empty folder is fine too.
    const empty = join(folder, 'empty');
    await mkdir(empty);
    expect((await cli(['bundle', 'extract', bundle, '--identity', keyFile, '--out', empty])).code).toBe(0);
  });

  it('refuses a folder that is not empty, and leaves nothing behind for a refused bundle', async () => {
    const full = join(folder, 'full');
    await mkdir(full);
    await writeFile(join(full, 'mine.txt'), 'keep');
    const ran = await cli(['bundle', 'extract', bundle, '--identity', keyFile, '--out', full]);
    expect(ran.code).toBe(1);
    // Refused before any work, with its reason: not left to the final rename to fail.
    expect(ran.err).toContain('is not an empty folder');
    expect(await readdir(full)).toEqual(['mine.txt']);

    const bytes = await readFile(bundle);
    bytes[bytes.length - 30]! ^= 1;
    const tampered = join(folder, 'tampered-extract.ckb');
    await writeFile(tampered, bytes);
    const before = await readdir(folder);
    const refused = await cli(['bundle', 'extract', tampered, '--identity', keyFile, '--out', join(folder, 'never')]);
    expect(refused.code).toBe(1);
    expect(await readdir(folder)).toEqual(before);
  });

  it('needs no vault but does need an identity, and an action it knows', async () => {
    expect((await cli(['bundle', 'verify', bundle])).code).toBe(2);
    expect((await cli(['bundle', 'open', bundle, '--identity', keyFile])).code).toBe(2);
    expect((await cli(['bundle', 'verify', bundle, '--identity', keyFile, '--out', folder])).code).toBe(2);
    expect((await cli(['bundle', 'verify', bundle, '--identity', join(folder, 'missing.txt')])).code).toBe(1);
  });
});
