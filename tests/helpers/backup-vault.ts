import { randomBytes } from 'node:crypto';
import { CasekeepService } from '../../src/main/core/service/service';
import type { Vault } from '../../src/main/core/vault/vault';
import { sql } from '../../src/main/core/db/sql';
import { tempFolder } from './temp';

export const PASSPHRASE = 'a vault to back up and restore';

/** A service with a fresh, unlocked vault that the caller locks. */
export async function vaultService(): Promise<{ service: CasekeepService; folder: string; recoveryKey: string }> {
  const folder = await tempFolder('casekeep-backup-vault-');
  const service = new CasekeepService({ folder });
  const { recoveryKey } = await service.call('vault.create', { passphrase: PASSPHRASE });
  return { service, folder, recoveryKey };
}

export function openOf(service: CasekeepService): Vault {
  const vault = service.vault;
  if (!vault?.isOpen) throw new Error('the vault is not open');
  return vault;
}

export async function attach(service: CasekeepService, ownerId: string, bytes: Buffer = randomBytes(3000), name = 'scan.bin'): Promise<string> {
  const { uploadId } = await service.call('attachments.begin', { ownerId, name, mime: 'application/octet-stream', size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += 256 * 1024) {
    await service.call('attachments.append', { uploadId, chunk: bytes.subarray(offset, offset + 256 * 1024).toString('base64') });
  }
  return (await service.call('attachments.finish', { uploadId, stripMetadata: false })).id;
}

/** Every row of the records table, by id: what a restore must give back. */
export async function recordRows(vault: Vault): Promise<Map<string, unknown>> {
  const rows = await vault.db.all<{ id: string }>(sql`SELECT * FROM records ORDER BY id`);
  return new Map(rows.map((row) => [row.id, row]));
}
