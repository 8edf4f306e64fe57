import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { argon2Params } from '../crypto/kdf';
import { writeFileAtomic, type AtomicWriteOptions } from '../fs/atomic-write';

export const HEADER_FILE = 'vault.json';
export const HEADER_FORMAT = 'casekeep-vault';
export const HEADER_VERSION = 1;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64').max(512);

const passphraseSlot = z
  .object({ kind: z.literal('passphrase'), kdf: argon2Params, salt: base64, nonce: base64, wrappedKey: base64 })
  .strict();
const recoverySlot = z
  .object({
    kind: z.literal('recovery'),
    kdf: z.object({ alg: z.literal('blake2b-keyed') }).strict(),
    salt: base64,
    nonce: base64,
    wrappedKey: base64,
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
    slots: z.array(keySlot).min(1).max(8),
  })
  .strict();
export type VaultHeader = z.infer<typeof vaultHeader>;

export function headerPath(folder: string): string {
  return join(folder, HEADER_FILE);
}

/** Reads and checks the header; VAULT_NOT_FOUND, VAULT_TOO_NEW or VAULT_CORRUPT when it cannot. */
export async function readHeader(folder: string): Promise<VaultHeader> {
  let text: string;
  try {
    text = await readFile(headerPath(folder), 'utf8');
  } catch (error) {
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
      fields: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
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
