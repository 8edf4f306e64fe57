import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { fieldIssue } from '../../../shared/field-issues';
import { argon2Params, SALT_BYTES } from '../crypto/kdf';
import { writeFileAtomic, type AtomicWriteOptions } from '../fs/atomic-write';

export const HEADER_FILE = 'vault.json';
export const HEADER_FORMAT = 'casekeep-vault';
export const HEADER_VERSION = 1;

/*
 * Every field has one exact size (docs/security.md S32): a header that differs was not written by
 * us, and is refused before a KDF runs or a key is tried.
 */
export const PASSPHRASE_SALT_BYTES = SALT_BYTES;
export const RECOVERY_SALT_BYTES = 32;
export const NONCE_BYTES = 24;
/** A 32-byte key under XChaCha20-Poly1305: the key and its 16-byte tag. */
export const WRAPPED_KEY_BYTES = 32 + 16;

/** Canonical, padded base64 of exactly `length` bytes. */
function base64Of(length: number) {
  const chars = 4 * Math.ceil(length / 3);
  return z
    .string()
    .length(chars, `must be ${length} bytes in base64`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64')
    .refine((text) => {
      const decoded = Buffer.from(text, 'base64');
      return decoded.length === length && decoded.toString('base64') === text;
    }, `must be ${length} bytes in base64`);
}

const passphraseSlot = z
  .object({
    kind: z.literal('passphrase'),
    kdf: argon2Params,
    salt: base64Of(PASSPHRASE_SALT_BYTES),
    nonce: base64Of(NONCE_BYTES),
    wrappedKey: base64Of(WRAPPED_KEY_BYTES),
  })
  .strict();
const recoverySlot = z
  .object({
    kind: z.literal('recovery'),
    kdf: z.object({ alg: z.literal('blake2b-keyed') }).strict(),
    salt: base64Of(RECOVERY_SALT_BYTES),
    nonce: base64Of(NONCE_BYTES),
    wrappedKey: base64Of(WRAPPED_KEY_BYTES),
  })
  .strict();
export const keySlot = z.discriminatedUnion('kind', [passphraseSlot, recoverySlot]);
export type KeySlot = z.infer<typeof keySlot>;
export type PassphraseSlot = z.infer<typeof passphraseSlot>;
export type RecoverySlot = z.infer<typeof recoverySlot>;

/** The only plaintext file of a vault: format, key slots, salts. No case data. */
export const vaultHeader = z
  .object({
    format: z.literal(HEADER_FORMAT),
    version: z.literal(HEADER_VERSION),
    vaultId: z.uuid(),
    createdAt: z.iso.datetime(),
    // Exactly one slot of each kind: create writes both, and nothing else adds any.
    slots: z
      .array(keySlot)
      .length(2)
      .refine((slots) => ['passphrase', 'recovery'].every((kind) => slots.filter((slot) => slot.kind === kind).length === 1), {
        message: 'needs one passphrase slot and one recovery slot',
      }),
  })
  .strict();
export type VaultHeader = z.infer<typeof vaultHeader>;

export function headerPath(folder: string): string {
  return join(folder, HEADER_FILE);
}

/** A header is a few hundred bytes; anything far larger is not one, and is not parsed. */
const HEADER_MAX_BYTES = 64 * 1024;

/** Reads and checks the header; VAULT_NOT_FOUND, VAULT_TOO_NEW or VAULT_CORRUPT when it cannot. */
export async function readHeader(folder: string): Promise<VaultHeader> {
  let text: string;
  try {
    if ((await stat(headerPath(folder))).size > HEADER_MAX_BYTES) {
      throw new AppError('VAULT_CORRUPT', 'The vault header is damaged: it is far too large.');
    }
    text = await readFile(headerPath(folder), 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('VAULT_NOT_FOUND', 'There is no vault in this folder.');
    }
    throw new AppError('IO_FAILED', 'The vault header could not be read.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError('VAULT_CORRUPT', 'The vault header is damaged: it is not valid JSON.');
  }
  const version = (parsed as { version?: unknown } | null)?.version;
  if ((parsed as { format?: unknown } | null)?.format === HEADER_FORMAT && typeof version === 'number' && version > HEADER_VERSION) {
    throw new AppError('VAULT_TOO_NEW', 'This vault was written by a newer version of Casekeep. Update the app to open it.');
  }
  const result = vaultHeader.safeParse(parsed);
  if (!result.success) {
    throw new AppError('VAULT_CORRUPT', 'The vault header is damaged.', {
      fields: result.error.issues.map(fieldIssue),
    });
  }
  return result.data;
}

export async function writeHeader(folder: string, header: VaultHeader, options?: AtomicWriteOptions): Promise<void> {
  const checked = vaultHeader.parse(header);
  await writeFileAtomic(headerPath(folder), `${JSON.stringify(checked, null, 2)}\n`, options);
}

/** Associated data for a slot's wrapped key: binds it to the vault and to its parameters. */
export function slotAssociatedData(vaultId: string, slot: Pick<PassphraseSlot, 'kind' | 'kdf'> | Pick<RecoverySlot, 'kind' | 'kdf'>): string {
  const kdf = 'opslimit' in slot.kdf ? `${slot.kdf.alg}:${slot.kdf.opslimit}:${slot.kdf.memlimit}` : slot.kdf.alg;
  return `${HEADER_FORMAT}/${HEADER_VERSION}/${vaultId}/${slot.kind}/${kdf}`;
}
