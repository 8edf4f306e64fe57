import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { derivationsStarted, derivePassphraseKey, KDF_DEFAULT } from '../../../src/main/core/crypto/kdf';
import { HEADER_FILE, vaultHeader } from '../../../src/main/core/vault/header';
import { Vault } from '../../../src/main/core/vault/vault';
import { expectAppError } from '../../helpers/expect-error';
import { hashFiles } from '../../helpers/hash-files';
import { tempFolder } from '../../helpers/temp';

// docs/security.md S32: every header field is bounded before any KDF runs or key is tried.
const PASSPHRASE = 'bounded fields before any work';
const MiB = 1024 * 1024;
const b64 = (length: number) => Buffer.alloc(length, 7).toString('base64');

type Header = {
  slots: Array<Record<string, unknown> & { kind: string; kdf: Record<string, unknown> }>;
} & Record<string, unknown>;
type Tamper = [name: string, edit: (header: Header) => void];

const pass = (h: Header) => h.slots.find((slot) => slot.kind === 'passphrase')!;
const recovery = (h: Header) => h.slots.find((slot) => slot.kind === 'recovery')!;

const TAMPERS: Tamper[] = [
  ['passphrase salt too short', (h) => void (pass(h).salt = b64(15))],
  ['passphrase salt too long', (h) => void (pass(h).salt = b64(17))],
  ['passphrase salt of 32 bytes', (h) => void (pass(h).salt = b64(32))],
  ['passphrase salt not base64', (h) => void (pass(h).salt = '!!!!!!!!!!!!!!!!!!!!!!!=')],
  ['passphrase salt empty', (h) => void (pass(h).salt = '')],
  ['passphrase salt not canonical', (h) => void (pass(h).salt = `${b64(16).slice(0, 21)}B==`)],
  ['passphrase nonce too short', (h) => void (pass(h).nonce = b64(23))],
  ['passphrase nonce too long', (h) => void (pass(h).nonce = b64(25))],
  ['passphrase nonce not base64', (h) => void (pass(h).nonce = '%'.repeat(32))],
  ['passphrase wrapped key too short', (h) => void (pass(h).wrappedKey = b64(47))],
  ['passphrase wrapped key too long', (h) => void (pass(h).wrappedKey = b64(49))],
  ['passphrase wrapped key not base64', (h) => void (pass(h).wrappedKey = 'é'.repeat(64))],
  ['recovery salt too short', (h) => void (recovery(h).salt = b64(16))],
  ['recovery salt too long', (h) => void (recovery(h).salt = b64(33))],
  ['recovery nonce too short', (h) => void (recovery(h).nonce = b64(12))],
  ['recovery wrapped key too long', (h) => void (recovery(h).wrappedKey = b64(64))],
  ['opslimit below the floor', (h) => void (pass(h).kdf.opslimit = 2)],
  ['opslimit above the ceiling', (h) => void (pass(h).kdf.opslimit = 11)],
  ['opslimit not an integer', (h) => void (pass(h).kdf.opslimit = 3.5)],
  ['memlimit below the floor', (h) => void (pass(h).kdf.memlimit = 256 * MiB - 1024)],
  ['memlimit above the ceiling', (h) => void (pass(h).kdf.memlimit = 1024 * MiB + 1024)],
  ['memlimit as text', (h) => void (pass(h).kdf.memlimit = String(256 * MiB))],
  ['no slots', (h) => void (h.slots = [])],
  ['no recovery slot', (h) => void (h.slots = [pass(h)])],
  ['no passphrase slot', (h) => void (h.slots = [recovery(h)])],
  ['two passphrase slots', (h) => void (h.slots = [pass(h), pass(h)])],
  ['a third slot', (h) => void h.slots.push(structuredClone(recovery(h)))],
  ['an extra top-level key', (h) => void (h.note = 'hello')],
  ['an extra slot key', (h) => void (pass(h).hint = 'the usual')],
  ['an extra kdf key', (h) => void (pass(h).kdf.parallelism = 4)],
];

let folder: string;
let original: Header;
let recoveryKey: string;

beforeAll(async () => {
  folder = await tempFolder();
  const created = await Vault.create(folder, PASSPHRASE);
  recoveryKey = created.recoveryKey;
  await created.vault.lock();
  original = JSON.parse(await readFile(join(folder, HEADER_FILE), 'utf8')) as Header;
});

function tampered(edit: Tamper[1]): Header {
  const header = structuredClone(original);
  edit(header);
  return header;
}

describe('S32 header bounds', () => {
  it('accepts the header as written, and refuses each tampered field as a pure check', () => {
    expect(vaultHeader.safeParse(original).success).toBe(true);
    for (const [name, edit] of TAMPERS) {
      expect(vaultHeader.safeParse(tampered(edit)).success, name).toBe(false);
    }
  });

  it('answers VAULT_CORRUPT to the right passphrase and the right recovery key for each tampered field, before any key derivation', async () => {
    const derivations = derivationsStarted();
    for (const [name, edit] of TAMPERS) {
      await writeFile(join(folder, HEADER_FILE), JSON.stringify(tampered(edit)));
      const before = await hashFiles(folder);
      const viaPassphrase = await Vault.unlock(folder, PASSPHRASE).then(
        (vault) => vault.lock().then(() => 'opened'),
        (error: { code?: string }) => error.code,
      );
      expect(viaPassphrase, name).toBe('VAULT_CORRUPT');
      await expectAppError(Vault.unlockWithRecoveryKey(folder, recoveryKey), 'VAULT_CORRUPT');
      expect(await hashFiles(folder), name).toEqual(before);
    }
    // Not one Argon2id run was started: every refusal came from the bounds alone.
    expect(derivationsStarted()).toBe(derivations);
    await writeFile(join(folder, HEADER_FILE), JSON.stringify(original));
  });

  it('stops a key derivation that runs past its time limit with a typed error', async () => {
    const error = await expectAppError(derivePassphraseKey(PASSPHRASE, new Uint8Array(16), KDF_DEFAULT, { timeLimitMs: 1 }), 'INTERNAL');
    expect(error.message).toMatch(/too long/);
  });

  it('refuses a salt of the wrong length in the KDF itself', async () => {
    const derivations = derivationsStarted();
    await expectAppError(derivePassphraseKey(PASSPHRASE, new Uint8Array(15), KDF_DEFAULT), 'VAULT_CORRUPT');
    expect(derivationsStarted()).toBe(derivations);
  });
});

describe('S32 a passphrase change keeps stronger parameters', () => {
  it('rewraps under the vault\'s own parameters when they are above the default', async () => {
    const strong = await tempFolder();
    const kdf = { alg: 'argon2id13' as const, opslimit: 4, memlimit: 256 * MiB };
    const { vault, recoveryKey: key } = await Vault.create(strong, PASSPHRASE, { kdf });
    await vault.changePassphrase(PASSPHRASE, 'a second passphrase, as strong');
    const slotKdf = async () => vaultHeader.parse(JSON.parse(await readFile(join(strong, HEADER_FILE), 'utf8'))).slots.find((s) => s.kind === 'passphrase')!.kdf;
    expect(await slotKdf()).toEqual(kdf);
    await vault.lock();
    // The recovery path sets a passphrase without the old one: the same rule holds.
    const recovered = await Vault.unlockWithRecoveryKey(strong, key);
    await recovered.setPassphrase('a third passphrase after recovery');
    expect(await slotKdf()).toEqual(kdf);
    await recovered.lock();
  });
});
