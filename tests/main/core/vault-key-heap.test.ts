import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KeyRing } from '../../../src/main/core/crypto/keys';
import { loadSodium, sodiumHeap } from '../../../src/main/core/crypto/sodium';
import { CasekeepService } from '../../../src/main/core/service/service';
import { HEADER_FILE } from '../../../src/main/core/vault/header';
import { DATABASE_FILE } from '../../../src/main/core/vault/vault';
import { tempFolder } from '../../helpers/temp';
import { addCaseWithAttachment } from '../../helpers/vault-content';

// docs/security.md S16: after lock no key is left in libsodium's heap; no secret in any error.
const PASSPHRASE = 'heap-scrub-Сәуле-passphrase';

function keyBytes(keys: KeyRing): Record<string, Buffer> {
  return {
    master: Buffer.from(keys.master),
    database: Buffer.from(keys.database),
    attachments: Buffer.from(keys.attachments),
    sourceIdentities: Buffer.from(keys.sourceIdentities),
    headerMac: Buffer.from(keys.headerMac),
  };
}

async function copiesInHeap(secrets: Record<string, Buffer>): Promise<Record<string, number>> {
  const heap = sodiumHeap(await loadSodium())!;
  const haystack = Buffer.from(heap.buffer, heap.byteOffset, heap.length);
  const counts: Record<string, number> = {};
  for (const [name, secret] of Object.entries(secrets)) {
    let count = 0;
    for (let at = haystack.indexOf(secret); at >= 0; at = haystack.indexOf(secret, at + 1)) count += 1;
    counts[name] = count;
  }
  return counts;
}

const none = (secrets: Record<string, Buffer>) => Object.fromEntries(Object.keys(secrets).map((name) => [name, 0]));

/** The 32 bytes behind a recovery key, decoded here in plain JavaScript so that no copy enters the heap. */
function recoverySecret(recoveryKey: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of recoveryKey.replace(/-/g, '').slice(0, 52)) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  return Buffer.from(Array.from({ length: 32 }, (_, i) => parseInt(bits.slice(i * 8, i * 8 + 8), 2)));
}

async function useEveryKey(service: CasekeepService): Promise<void> {
  // Attachments (secretstream), the source identity seal, the audit MAC and the database key.
  const { caseId, attachmentId } = await addCaseWithAttachment(service);
  await service.call('attachments.read', { id: attachmentId, copy: 'original', offset: 0, length: 1000 });
  const source = await service.call('records.create', { kind: 'source', data: { caseIds: [caseId] } });
  await service.call('sources.setIdentity', { id: source.id, identity: { realName: 'Айгүл', phone: '+7 700 000 0000' } });
  await service.call('sources.revealIdentity', { id: source.id, reason: 'checking the heap' });
  await service.call('audit.verify', {});
}

describe('S16 no key left in the WebAssembly heap after lock', () => {
  it('finds the master key and subkeys in the heap while open, and none of them after lock', async () => {
    const folder = await tempFolder();
    const service = new CasekeepService({ folder });
    const { recoveryKey } = await service.call('vault.create', { passphrase: PASSPHRASE });
    const first = keyBytes(service.vault!.keys);
    // The wrappers leave copies once the keys are used: what the scrub must remove, and proof
    // that the search finds them. (Right after create there may be none left to find: the
    // allocations of later calls, such as making the vault's identity keys, reuse freed memory.)
    await useEveryKey(service);
    expect(Object.values(await copiesInHeap(first)).reduce((a, b) => a + b)).toBeGreaterThan(0);
    await service.lock();
    expect(await copiesInHeap(first)).toEqual(none(first));

    // The recovery path: its secret, the unwrapped master key and the new slot's wrapping.
    await service.call('vault.recover', { recoveryKey, newPassphrase: 'a new passphrase after recovery' });
    await useEveryKey(service);
    const second = { ...keyBytes(service.vault!.keys), recoverySecret: recoverySecret(recoveryKey) };
    expect(await copiesInHeap({ recoverySecret: second.recoverySecret })).toEqual({ recoverySecret: 0 });
    await service.lock();
    expect(await copiesInHeap(second)).toEqual(none(second));
  });
});

describe('S16 no secret in errors or logs, on any error path', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps the passphrase, the keys and case text out of every error answer and every log line', async () => {
    const folder = await tempFolder();
    const logged: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    }
    const stderr = vi.spyOn(process.stderr, 'write');
    const internal: unknown[] = [];
    const service = new CasekeepService({ folder, onInternalError: (error) => internal.push(error) });
    const answers: unknown[] = [];
    const ask = async (method: string, input: unknown) => answers.push(await service.invoke(method, input));

    const CASE_TEXT = 'CASE-TEXT-Ұлан-detained-at-dawn';
    const WRONG = 'wrong-guess-Әлия-1984-passphrase';
    await ask('vault.create', { passphrase: 'short-Ә' });
    await service.call('vault.create', { passphrase: PASSPHRASE });
    const keys = keyBytes(service.vault!.keys);
    // Validation failures that carry case text in the refused input.
    await ask('records.create', { kind: 'person', data: { names: [{ value: CASE_TEXT, script: 'Klingon' }] } });
    await ask('records.create', { kind: 'case', data: { title: CASE_TEXT, status: CASE_TEXT } });
    await ask('records.create', { kind: 'case', data: { title: CASE_TEXT.repeat(500) } });
    await ask('records.create', { kind: CASE_TEXT, data: {} });
    await ask('vault.changePassphrase', { current: WRONG, next: `${WRONG}-next` });
    await service.lock();
    // A wrong passphrase; a damaged header; a damaged database opened with the right passphrase.
    await ask('vault.unlock', { passphrase: WRONG });
    const header = await readFile(join(folder, HEADER_FILE), 'utf8');
    await writeFile(join(folder, HEADER_FILE), header.replace(/"salt": "[^"]*"/, `"salt": "${WRONG}"`));
    await ask('vault.unlock', { passphrase: PASSPHRASE });
    await writeFile(join(folder, HEADER_FILE), header);
    const database = await readFile(join(folder, DATABASE_FILE));
    database.fill(0x41, 0, 4096);
    await writeFile(join(folder, DATABASE_FILE), database);
    await ask('vault.unlock', { passphrase: PASSPHRASE });
    await ask('vault.recover', { recoveryKey: `${WRONG}-AAAA`, newPassphrase: `${WRONG}-next` });

    const codes = answers.map((answer) => (answer as { error?: { code: string } }).error?.code);
    expect(codes).toEqual([
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'WRONG_PASSPHRASE',
      'WRONG_PASSPHRASE',
      'VAULT_CORRUPT',
      'VAULT_CORRUPT',
      'WRONG_RECOVERY_KEY',
    ]);
    const everything = JSON.stringify({ answers, logged, internal: internal.map(String), stderr: stderr.mock.calls.map(String) });
    const secrets = [PASSPHRASE, WRONG, 'short-Ә', CASE_TEXT, ...Object.values(keys).flatMap((key) => [key.toString('hex'), key.toString('base64')])];
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });
});
