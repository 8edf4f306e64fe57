import { readFile } from 'node:fs/promises';
import { preferencesSchema, type Preferences } from '../../../shared/api/preferences';
import { writeFileAtomic } from '../fs/atomic-write';

/** Far more than `{"language":"kk"}` needs; a larger file is not ours and is not read. */
const MAX_BYTES = 1024;

/**
 * The preferences file beside the vault, read before unlock. Anything but a well-formed file of
 * ours (missing, too large, not JSON, unknown keys, an unknown language) reads as nothing
 * remembered, so the interface falls back to the system's language instead of failing to start.
 */
export async function readPreferences(path: string): Promise<Preferences> {
  let text: string;
  try {
    const bytes = await readFile(path);
    if (bytes.byteLength > MAX_BYTES) return {};
    text = bytes.toString('utf8');
  } catch {
    return {};
  }
  try {
    const parsed = preferencesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Replaces the file whole (docs/security.md S19): a crash leaves the old choice or the new one. */
export async function writePreferences(path: string, change: Preferences): Promise<Preferences> {
  const next = preferencesSchema.parse({ ...(await readPreferences(path)), ...change });
  await writeFileAtomic(path, `${JSON.stringify(next)}\n`);
  return next;
}
