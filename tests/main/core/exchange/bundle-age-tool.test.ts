import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIdentityFile } from '../../../../src/main/core/crypto/age';
import { randomBytes } from '../../../../src/main/core/crypto/random';
import { x25519PublicKey } from '../../../../src/main/core/crypto/signing';
import { writeBundle, type BundleManifest } from '../../../../src/main/core/exchange/bundle';
import { tempFolder } from '../../../helpers/temp';
import { makeAttachment, makeInput, makeParty } from './bundle-fixtures';

/*
 * docs/security.md S21: a partner with only the stock tools reads a bundle. `age -d` with the
 * partner's age-keygen identity decrypts it, `tar` lists and extracts it, `sha256sum` agrees
 * with the manifest and SHA256SUMS, and `openssl` checks the signature as README.txt says.
 */
const tools = ['/usr/bin/age', '/usr/bin/age-keygen', '/usr/bin/tar', '/usr/bin/sha256sum', '/usr/bin/openssl'];
const hasTools = tools.every((tool) => existsSync(tool));

let folder: string;
let bundle: string;
let keyFile: string;

beforeAll(async () => {
  if (!hasTools) return;
  folder = await tempFolder();
  keyFile = join(folder, 'partner-key.txt');
  execFileSync('age-keygen', ['-o', keyFile], { stdio: 'ignore' });
  const [secret] = parseIdentityFile(await readFile(keyFile, 'utf8'));
  const alice = await makeParty('Центр «Память»');
  const input = makeInput(alice, {
    attachments: [makeAttachment('0192a000-0000-7000-8000-000000000009', alice.sender.vaultId, Buffer.from(randomBytes(150_000)))],
  });
  bundle = join(folder, 'bundle.ckb');
  await writeBundle(bundle, input, { recipients: [await x25519PublicKey(secret!)], signingSecretKey: alice.sign.secretKey });
});

describe.skipIf(!hasTools)('a bundle read with age, tar, sha256sum and openssl', () => {
  it('decrypts with age -d, lists and extracts with tar, and every hash agrees with the manifest', async () => {
    const tarFile = join(folder, 'bundle.tar');
    execFileSync('age', ['-d', '-i', keyFile, '-o', tarFile, bundle]);
    const listed = execFileSync('tar', ['-t', '-f', tarFile], { encoding: 'utf8' }).trim().split('\n');
    expect(listed.slice(0, 4)).toEqual(['manifest.json', 'manifest.sig', 'README.txt', 'SHA256SUMS']);
    const out = join(folder, 'out');
    await mkdir(out);
    execFileSync('tar', ['-x', '-f', tarFile, '-C', out]);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as BundleManifest;
    expect(listed.slice(2).sort()).toEqual(manifest.entries.map((e) => e.path).sort());
    for (const entry of manifest.entries) {
      const [hash] = execFileSync('sha256sum', [entry.path], { cwd: out, encoding: 'utf8' }).split(' ');
      expect(hash, entry.path).toBe(entry.sha256);
    }
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' })).not.toContain('FAILED');

    const readme = await readFile(join(out, 'README.txt'), 'utf8');
    const pem = readme.slice(readme.indexOf('-----BEGIN PUBLIC KEY-----'), readme.indexOf('-----END PUBLIC KEY-----') + '-----END PUBLIC KEY-----'.length);
    await writeFile(join(out, 'sender.pem'), `${pem}\n`);
    const verify = (manifestFile: string) =>
      execFileSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'sender.pem', '-rawin', '-in', manifestFile, '-sigfile', 'manifest.sig'], { cwd: out, encoding: 'utf8' });
    expect(verify('manifest.json')).toContain('Signature Verified Successfully');
    await writeFile(join(out, 'edited.json'), (await readFile(join(out, 'manifest.json'), 'utf8')).replace('"profile":"default"', '"profile":"full"'));
    expect(() => verify('edited.json')).toThrow();
  });
});
