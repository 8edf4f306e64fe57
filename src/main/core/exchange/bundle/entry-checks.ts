import type { Header } from 'tar-stream';
import { bundleInvalid } from './format';

/*
 * What any archive entry must be before its name is even looked up: a regular file with a plain
 * relative path (docs/security.md S24). A reader that extracts to disk (casekeep bundle extract)
 * relies on these checks as much as on the manifest.
 */

/** Refuses links, devices, folders, FIFOs and anything else that is not a regular file. */
export function checkEntryType(header: Header): void {
  if (header.type !== 'file') {
    throw bundleInvalid('entry-type', `the archive holds a ${header.type ?? 'nameless'} entry; only regular files belong in a bundle.`, { type: String(header.type) });
  }
  if (header.linkname) throw bundleInvalid('entry-type', 'a file entry names a link target.');
}

/** Refuses a name that is empty, absolute, climbs out, or uses a separator or character other systems read differently. */
export function checkEntryPath(name: string): void {
  const refuse = (why: string) => bundleInvalid('entry-path', `an entry's name ${why}.`);
  if (name.length === 0 || name.length > 255) throw refuse('is empty or too long');
  if (name.includes('\0')) throw refuse('contains a NUL character');
  if (name.includes('\\')) throw refuse('contains a backslash');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw refuse('is absolute');
  const parts = name.split('/');
  if (parts.some((part) => part === '..')) throw refuse('climbs out of the archive');
  if (parts.some((part) => part === '' || part === '.')) throw refuse('has an empty or "." part');
  // eslint-disable-next-line no-control-regex -- control characters in a name are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) throw refuse('contains a control character');
}
