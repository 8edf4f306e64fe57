import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSodium } from '../../../../src/main/core/crypto/sodium';
import { createDecryptStream, createEncryptStream, parseIdentityFile, parseRecipient, x25519Recipient } from '../../../../src/main/core/crypto/age/index';
import { throughTransform } from './stream-helpers';

/**
 * docs/security.md S21: the stock `age` tool (Debian package age) opens what we write and we open
 * what it writes. age reads a passphrase only from a terminal, so those runs go through
 * `script`, which gives it one, answering each prompt as it appears.
 */
const AGE = '/usr/bin/age';
const hasTools = existsSync(AGE) && existsSync('/usr/bin/age-keygen') && existsSync('/usr/bin/script');
const CHUNK = 64 * 1024;
const SIZES = [0, 1, CHUNK, CHUNK + 1, 3 * CHUNK, 300_000];

let folder = '';
let keyFile = '';
let recipient = '';

/** Runs a command under a pseudo-terminal, typing `passphrase` at every passphrase prompt. */
function withPassphrase(command: string, passphrase: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let seen = '';
    let answered = 0;
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (data: Buffer) => {
      seen += data.toString('utf8');
      const prompts = seen.match(/passphrase/gi)?.length ?? 0;
      while (answered < prompts) {
        child.stdin.write(`${passphrase}\n`);
        answered += 1;
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} exited with ${String(code)}: ${seen}`));
    });
  });
}

describe.skipIf(!hasTools)('age: with the stock age tool', () => {
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'casekeep-age-'));
    keyFile = join(folder, 'key.txt');
    execFileSync('age-keygen', ['-o', keyFile], { stdio: 'ignore' });
    recipient = execFileSync('age-keygen', ['-y', keyFile]).toString('utf8').trim();
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads the identity file age-keygen writes', async () => {
    const [secret, ...others] = parseIdentityFile(await readFile(keyFile, 'utf8'));
    expect(others).toHaveLength(0);
    const sodium = await loadSodium();
    expect(x25519Recipient(sodium.crypto_scalarmult_base(secret as Uint8Array))).toBe(recipient);
  });

  it.each(SIZES)('age -d opens what we encrypt (%i bytes, among other recipients)', async (size) => {
    const sodium = await loadSodium();
    const plaintext = randomBytes(size);
    const others = [sodium.crypto_box_keypair().publicKey, sodium.crypto_box_keypair().publicKey];
    const sealed = await throughTransform(await createEncryptStream({ recipients: [others[0] as Uint8Array, parseRecipient(recipient), ...others.slice(1)] }), plaintext);
    const file = join(folder, `ours-${size}.age`);
    await writeFile(file, sealed.out);
    expect(execFileSync(AGE, ['-d', '-i', keyFile, file], { maxBuffer: 16 * 1024 * 1024 }).equals(plaintext)).toBe(true);
  });

  it.each(SIZES)('we open what age -r encrypts (%i bytes)', async (size) => {
    const plaintext = randomBytes(size);
    const sealed = execFileSync(AGE, ['-r', recipient], { input: plaintext, maxBuffer: 16 * 1024 * 1024 });
    const identities = parseIdentityFile(await readFile(keyFile, 'utf8'));
    const opened = await throughTransform(createDecryptStream({ identities }), sealed, 10_000);
    expect(opened.error).toBeUndefined();
    expect(opened.out.equals(plaintext)).toBe(true);
  });

  it('age -d opens what we encrypt with a passphrase (our default work factor)', async () => {
    const plaintext = randomBytes(CHUNK + 7);
    const sealed = await throughTransform(await createEncryptStream({ recipients: [], passphrase: 'correct horse battery staple' }), plaintext);
    expect(sealed.out.subarray(0, 80).toString('latin1')).toMatch(/^age-encryption\.org\/v1\n-> scrypt \S{22} 18\n/);
    const file = join(folder, 'ours-passphrase.age');
    const out = join(folder, 'ours-passphrase.out');
    await writeFile(file, sealed.out);
    await withPassphrase(`${AGE} -d -o ${out} ${file}`, 'correct horse battery staple');
    expect((await readFile(out)).equals(plaintext)).toBe(true);
  });

  it('we open what age -p encrypts', async () => {
    const plaintext = randomBytes(2 * CHUNK);
    const input = join(folder, 'plain-for-age.bin');
    const file = join(folder, 'theirs-passphrase.age');
    await writeFile(input, plaintext);
    await withPassphrase(`${AGE} -p -o ${file} ${input}`, 'correct horse battery staple');
    const opened = await throughTransform(createDecryptStream({ identities: [], passphrase: 'correct horse battery staple' }), await readFile(file));
    expect(opened.error).toBeUndefined();
    expect(opened.out.equals(plaintext)).toBe(true);
  });
});
