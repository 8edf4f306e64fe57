import { open } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { constantTimeEqual, hmacSha256 } from '../crypto/hash';
import { canonicalJson } from '../store/canonical-json';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 'casekeep-backup';
export const MANIFEST_VERSION = 1;
/** A manifest lists one line per attachment file; far beyond any vault's count, it is not one of ours. */
const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case SHA-256');
/** Only plain file names: a manifest never names a path that climbs out of its folder (S24). */
const fileName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/, 'must be a plain file name');
const fileEntry = z.object({ name: fileName, sha256: sha256Hex, size: z.number().int().nonnegative() }).strict();
export type FileEntry = z.infer<typeof fileEntry>;

const manifestBody = z
  .object({
    format: z.literal(MANIFEST_FORMAT),
    version: z.literal(MANIFEST_VERSION),
    vaultId: z.uuid(),
    createdAt: z.iso.datetime(),
    schemaVersion: z.number().int().nonnegative(),
    audit: z.object({ entries: z.number().int().nonnegative(), head: z.string().max(128) }).strict(),
    /** The snapshot folder's own files: the database and the vault header. */
    files: z.array(fileEntry).length(2),
    /** Files of the attachments folder; each sits in the shared blobs folder under its sha256. */
    attachments: z.array(fileEntry).max(10_000_000),
  })
  .strict();
export type ManifestBody = z.infer<typeof manifestBody>;

const manifestFile = manifestBody.extend({ mac: sha256Hex }).strict();
export type Manifest = z.infer<typeof manifestFile>;

function invalid(reason: string, message: string): AppError {
  return new AppError('BACKUP_INVALID', message, { details: { reason } });
}

/*
 * Keyed with the vault's audit subkey under its own domain: only someone holding the vault's key
 * can write a manifest that restore accepts, so a changed date, count or hash list is refused
 * even where every file hash was rewritten to match (docs/security.md S20).
 */
function manifestMac(auditKey: Uint8Array, body: ManifestBody): Uint8Array {
  return hmacSha256(auditKey, 'casekeep backup manifest\n', canonicalJson(body));
}

export function sealManifest(auditKey: Uint8Array, body: ManifestBody): Manifest {
  const checked = manifestBody.parse(body);
  return { ...checked, mac: Buffer.from(manifestMac(auditKey, checked)).toString('hex') };
}

export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 1)}\n`;
}

/** Reads and checks the shape of a manifest; its MAC is checked later, once a key is open. */
export async function readManifest(path: string): Promise<Manifest> {
  let text: string;
  try {
    const handle = await open(path, 'r');
    try {
      if ((await handle.stat()).size > MANIFEST_MAX_BYTES) throw invalid('manifest-too-large', 'The backup manifest is far too large to be one.');
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid('manifest-missing', 'This is not a complete backup: its manifest is missing or unreadable.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid('manifest-damaged', 'The backup manifest is damaged: it is not valid JSON.');
  }
  const version = (parsed as { version?: unknown } | null)?.version;
  if ((parsed as { format?: unknown } | null)?.format === MANIFEST_FORMAT && typeof version === 'number' && version > MANIFEST_VERSION) {
    throw new AppError('BACKUP_INVALID', 'This backup was written by a newer version of Casekeep. Update the app to restore it.', { details: { reason: 'too-new' } });
  }
  const result = manifestFile.safeParse(parsed);
  if (!result.success) throw invalid('manifest-damaged', 'The backup manifest is damaged or not a Casekeep backup.');
  const names = new Set(result.data.attachments.map((entry) => entry.name));
  if (names.size !== result.data.attachments.length) throw invalid('manifest-damaged', 'The backup manifest names an attachment twice.');
  return result.data;
}

export function checkManifestMac(auditKey: Uint8Array, manifest: Manifest): void {
  const { mac, ...body } = manifest;
  if (!constantTimeEqual(manifestMac(auditKey, body), new Uint8Array(Buffer.from(mac, 'hex')))) {
    throw invalid('manifest-mac', 'The backup manifest was changed after it was written, or belongs to another vault.');
  }
}

export function backupInvalid(reason: string, message: string): AppError {
  return invalid(reason, message);
}
