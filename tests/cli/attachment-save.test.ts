import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AttachmentInfo, StoredRecord } from '../../src/shared/api';
import { tinyPng } from '../helpers/media-files';
import { tempFolder } from '../helpers/temp';
import { cli } from './helpers';

let folder: string;
let vault: string;
let attachment: AttachmentInfo;
const photo = tinyPng('Camera: CLI-SAVE-CANARY');

// Every CLI run unlocks the vault again (Argon2id at 256 MiB): seconds each on a busy machine.
beforeAll(async () => {
  folder = await tempFolder();
  vault = join(folder, 'vault');
  expect((await cli(['init', '--vault', vault])).code).toBe(0);
  const kase = (await cli(['add', 'case', '-', '--vault', vault, '--json'], { stdin: JSON.stringify({ data: { title: 'Saved copies' } }) })).json<StoredRecord>();
  await writeFile(join(folder, 'photo.png'), photo);
  attachment = (await cli(['attach', join(folder, 'photo.png'), '--owner', kase.id, '--strip-metadata', '--vault', vault, '--json'])).json<AttachmentInfo>();
  expect(attachment.workingSha256).not.toBeNull();
}, 180_000);

describe('casekeep attachment save', { timeout: 180_000 }, () => {
  it('writes the original and the working copy byte for byte, and refuses to replace a file without --force', async () => {
    const original = join(folder, 'original.png');
    const ran = await cli(['attachment', 'save', attachment.id, '--out', original, '--copy', 'original', '--vault', vault, '--json']);
    expect(ran.code).toBe(0);
    expect(ran.json()).toEqual({ saved: true, size: photo.length, sha256: attachment.sha256, path: original });
    expect((await readFile(original)).equals(photo)).toBe(true);

    const again = await cli(['attachment', 'save', attachment.id, '--out', original, '--vault', vault]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/^casekeep: CONFLICT: .*exists already; nothing was replaced/);
    expect((await readFile(original)).equals(photo)).toBe(true);

    const forced = await cli(['attachment', 'save', attachment.id, '--out', original, '--force', '--vault', vault]);
    expect(forced.code).toBe(0);
    expect(forced.out).toMatch(/^Saved a plain, unencrypted copy \(\d+ bytes, sha256 [0-9a-f]{64}\) to /);
    const working = await readFile(original);
    expect(createHash('sha256').update(working).digest('hex')).toBe(attachment.workingSha256);
    expect(working.includes('CLI-SAVE-CANARY')).toBe(false);
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses bad usage (exit 2), an unknown id and a path inside the vault (exit 1)', async () => {
    for (const argv of [
      ['attachment', 'save', attachment.id, '--vault', vault],
      ['attachment', 'open', attachment.id, '--out', join(folder, 'x'), '--vault', vault],
      ['attachment', 'save', attachment.id, '--out', join(folder, 'x'), '--copy', 'thumbnail', '--vault', vault],
      ['attachment', 'save', '--out', join(folder, 'x'), '--vault', vault],
    ]) {
      expect((await cli(argv)).code, argv.join(' ')).toBe(2);
    }
    const unknown = await cli(['attachment', 'save', '0192a000-0000-7000-8000-0000000000ff', '--out', join(folder, 'none.bin'), '--vault', vault]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^casekeep: NOT_FOUND: /);
    const inside = await cli(['attachment', 'save', attachment.id, '--out', join(vault, 'plain.png'), '--vault', vault]);
    expect(inside.code).toBe(1);
    expect(inside.err).toMatch(/^casekeep: FORBIDDEN: /);
    expect((await readdir(vault)).includes('plain.png')).toBe(false);
  });
});
