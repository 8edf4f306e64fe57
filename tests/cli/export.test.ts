import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import * as tar from 'tar-stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { CasekeepService } from '../../src/main/core/service/service';
import { tempFolder } from '../helpers/temp';
import { seedCase, PROTECTED_NAME, TRANSCRIPT_PHRASE, VICTIM_NAME, type Casefile } from '../main/core/exchange/export-fixtures';
import { cli, PASSPHRASE } from './helpers';

const AGE = '/usr/bin/age';
const hasTools = existsSync(AGE) && existsSync('/usr/bin/age-keygen');

/** Every entry of a tar, by path. */
async function untar(bytes: Buffer): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>();
  const extract = tar.extract();
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const parts: Buffer[] = [];
      stream.on('data', (chunk: unknown) => parts.push(chunk as Buffer));
      stream.on('end', () => {
        entries.set(header.name, Buffer.concat(parts));
        next();
      });
      stream.resume();
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  Readable.from([bytes]).pipe(extract);
  await done;
  return entries;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let vault: string;
let folder: string;
let file: Casefile;

beforeAll(async () => {
  folder = await tempFolder('casekeep-cli-export-');
  vault = join(folder, 'vault');
  const service = new CasekeepService({ folder: vault });
  await service.call('vault.create', { passphrase: PASSPHRASE });
  try {
    file = await seedCase(service);
  } finally {
    await service.lock();
  }
}, 60_000);

describe.skipIf(!hasTools)('casekeep export, opened with the stock age tool', () => {
  it("decrypts with the partner's key file to a tar whose manifest hashes match, without what consent does not cover", async () => {
    const keyFile = join(folder, 'partner-key.txt');
    execFileSync('age-keygen', ['-o', keyFile], { stdio: 'ignore' });
    const recipient = execFileSync('age-keygen', ['-y', keyFile]).toString('utf8').trim();
    const out = join(folder, 'for-partner.age');
    const ran = await cli(['export', '--vault', vault, '--case', file.caseId, '--to', recipient, '--out', out, '--json']);
    expect(ran.err).toContain('Exporting: 100%');
    expect(ran.code, ran.err).toBe(0);
    expect(ran.json()).toMatchObject({ saved: true, profile: 'partner', path: out });

    const plain = execFileSync(AGE, ['-d', '-i', keyFile, out], { maxBuffer: 64 * 1024 * 1024 });
    const entries = await untar(plain);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as { entries: Array<{ path: string; size: number; sha256: string }>; profile: string };
    expect(manifest.profile).toBe('partner');
    expect(manifest.entries.length).toBeGreaterThan(3);
    for (const entry of manifest.entries) {
      const bytes = entries.get(entry.path);
      expect(bytes, entry.path).toBeDefined();
      expect(bytes!.length).toBe(entry.size);
      expect(sha256(bytes!)).toBe(entry.sha256);
    }
    expect(entries.has('manifest.sig')).toBe(true);
    // A recipient outside the address book is nobody the source consented to.
    expect(plain.includes(Buffer.from(TRANSCRIPT_PHRASE))).toBe(false);
    expect(plain.includes(Buffer.from(PROTECTED_NAME))).toBe(false);
    expect(plain.includes(Buffer.from(VICTIM_NAME))).toBe(true);
    expect([...entries.keys()].some((path) => path.startsWith('summary/') && path.endsWith('.html'))).toBe(true);
  });

  it('the whole vault as an archive to its own key, and usage errors before any vault work', async () => {
    const out = join(folder, 'archive.age');
    const ran = await cli(['export', '--vault', vault, '--all', '--out', out]);
    expect(ran.code, ran.err).toBe(0);
    expect(ran.out).toContain('profile archive');
    expect((await readFile(out)).subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');

    // An existing file is left alone without --force.
    const again = await cli(['export', '--vault', vault, '--all', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('CONFLICT');

    const bad = [
      [['export', '--vault', vault, '--out', out, '--to', 'self'], 'Say what to export'],
      [['export', '--vault', vault, '--case', file.caseId, '--out', out], '--to age1'],
      [['export', '--vault', vault, '--case', file.caseId, '--to', 'bob', '--out', out], '--to takes an age recipient'],
      [['export', '--vault', vault, '--case', file.caseId, '--to', 'self', '--out', out, '--profile', 'everything'], '--profile must be one of'],
      [['export', '--vault', vault, '--case', file.caseId, '--all', '--to', 'self', '--out', out], 'not both'],
    ] as const;
    for (const [argv, message] of bad) {
      const refused = await cli([...argv], { env: {} });
      expect(refused.code, argv.join(' ')).toBe(2);
      expect(refused.err).toContain(message);
    }
  });

  it('a refused export leaves no file: a case id that does not exist', async () => {
    const out = join(folder, 'missing.age');
    const ran = await cli(['export', '--vault', vault, '--case', '01900000-0000-7000-8000-0000000000ff', '--to', 'self', '--out', out]);
    expect(ran.code).toBe(1);
    expect(ran.err).toContain('NOT_FOUND');
    expect(existsSync(out)).toBe(false);
  });
});
