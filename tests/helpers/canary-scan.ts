import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/*
 * The canary search of docs/security.md S10: every form in which a phrase could sit in a file
 * without being encrypted. Base64 is matched wherever it starts: the phrase may begin at any of
 * the three byte offsets of a base64 group, so each of the three encodings is cut to the
 * characters that depend on the phrase's bytes alone.
 */

export interface CanaryForm {
  name: string;
  bytes: Buffer;
}

function base64Cores(bytes: Buffer): string[] {
  const cores: string[] = [];
  for (let shift = 0; shift < 3; shift += 1) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    cores.push(encoded.slice(Math.ceil((8 * shift) / 6), Math.floor((8 * (shift + bytes.length)) / 6)));
  }
  return cores;
}

export function canaryForms(canary: string): CanaryForm[] {
  const forms: CanaryForm[] = [];
  for (const encoding of ['utf8', 'utf16le'] as const) {
    const bytes = Buffer.from(canary, encoding);
    forms.push({ name: encoding, bytes });
    forms.push({ name: `${encoding} hex`, bytes: Buffer.from(bytes.toString('hex')) });
    base64Cores(bytes).forEach((core, shift) => {
      forms.push({ name: `${encoding} base64 at offset ${shift}`, bytes: Buffer.from(core) });
      forms.push({ name: `${encoding} base64url at offset ${shift}`, bytes: Buffer.from(core.replaceAll('+', '-').replaceAll('/', '_')) });
    });
  }
  return forms;
}

/** Every regular file below `folder`, hidden ones included; links are listed, not followed. */
export async function everyFile(folder: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.push(path);
    }
  };
  await walk(folder);
  return files;
}

/** `file: form` for each file below the folders that holds the canary in any of its forms. */
export async function canaryHits(folders: readonly string[], canary: string): Promise<string[]> {
  const forms = canaryForms(canary);
  const hits: string[] = [];
  for (const folder of folders) {
    for (const path of await everyFile(folder)) {
      if (!(await lstat(path)).isFile()) {
        hits.push(`${path}: not a regular file`);
        continue;
      }
      const bytes = await readFile(path);
      for (const form of forms) if (bytes.includes(form.bytes)) hits.push(`${path}: ${form.name}`);
    }
  }
  return hits;
}
