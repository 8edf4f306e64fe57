import { createHash, randomBytes } from 'node:crypto';
import { appendFile, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENTS_FOLDER } from '../../../../src/main/core/attachments/attachments';
import { openDecryptedBlob } from '../../../../src/main/core/attachments/blob-store';
import type { ProgressEvent } from '../../../../src/main/core/service/context';
import { CasekeepService } from '../../../../src/main/core/service/service';
import { ATTACHMENT_SIZE_MAX } from '../../../../src/shared/api';
import { expectAppError } from '../../../helpers/expect-error';
import { tempFolder } from '../../../helpers/temp';

// attachments.addFile: main reads the file the host's dialog named and streams it in; the page
// carries neither the path nor the bytes. Whatever goes wrong, no row and no blob stay behind.

let service: CasekeepService;
let folder: string;
let files: string;
let ownerId: string;
/** What the host's "dialog" answers next, one answer per call. */
const answers: (string | null)[] = [];
const progress: ProgressEvent[] = [];
let onProgress: ((event: ProgressEvent) => void) | undefined;

beforeAll(async () => {
  folder = await tempFolder();
  files = await tempFolder('casekeep-add-file-');
  service = new CasekeepService({
    folder,
    chooseOpenPath: async () => (answers.length > 0 ? answers.shift()! : null),
    onProgress: (event) => {
      progress.push(event);
      onProgress?.(event);
    },
  });
  await service.call('vault.create', { passphrase: 'a vault for this test file' });
  ownerId = (await service.call('records.create', { kind: 'case', data: { title: 'Files from disk' } })).id;
  return () => service.lock();
});

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function fileOf(name: string, bytes: Buffer): Promise<string> {
  const path = join(files, name);
  await writeFile(path, bytes);
  return path;
}

async function decrypted(id: string): Promise<Buffer> {
  const vault = service.vault!;
  const parts: Uint8Array[] = [];
  const path = join(folder, ATTACHMENTS_FOLDER, `${id}.ckb`);
  for await (const part of openDecryptedBlob(vault.keys.attachments, { vaultId: vault.id, attachmentId: id, copy: 'original' }, path)) parts.push(part);
  return Buffer.concat(parts);
}

/** The attachment rows and every file in the attachments folder (temporary ones included). */
async function leftovers(): Promise<{ rows: number; files: string[] }> {
  const row = await service.vault!.db.get<{ n: number }>({ text: 'SELECT count(*) AS n FROM attachments', values: [] });
  const names = await readdir(join(folder, ATTACHMENTS_FOLDER)).catch(() => [] as string[]);
  return { rows: row!.n, files: names.sort() };
}

describe('attachments.addFile', () => {
  it('stores the chosen file encrypted: it decrypts to the same bytes and SHA-256, with name, type and progress', async () => {
    const bytes = randomBytes(9 * 1024 * 1024 + 12345);
    answers.push(await fileOf('interview-2024.m4a', bytes));
    progress.length = 0;
    const added = await service.call('attachments.addFile', { ownerId });
    if (!added.added) throw new Error('not added');
    expect(added).toMatchObject({ ownerId, name: 'interview-2024.m4a', mime: 'audio/mp4', size: bytes.length, sha256: sha256(bytes) });
    const plain = await decrypted(added.id);
    expect(plain.equals(bytes)).toBe(true);
    expect(sha256(plain)).toBe(added.sha256);
    // The blob on disk is not the plaintext.
    const raw = await readFile(join(folder, ATTACHMENTS_FOLDER, `${added.id}.ckb`));
    expect(raw.includes(bytes.subarray(0, 64))).toBe(false);
    const events = progress.filter((event) => event.method === 'attachments.addFile');
    expect(events.length).toBeGreaterThan(1);
    expect(events.at(-1)).toMatchObject({ done: bytes.length, total: bytes.length });
    expect(events.every((event, i) => i === 0 || event.done >= events[i - 1]!.done)).toBe(true);
    expect(await service.call('attachments.list', { ownerId })).toContainEqual(expect.objectContaining({ id: added.id }));
  });

  it('a cancelled dialog adds nothing', async () => {
    const before = await leftovers();
    answers.push(null);
    expect(await service.call('attachments.addFile', { ownerId })).toEqual({ added: false });
    expect(await leftovers()).toEqual(before);
  });

  it('a file that is not there is an IO error that names no path, and leaves nothing', async () => {
    const before = await leftovers();
    answers.push(join(files, 'gone.bin'));
    const error = await expectAppError(service.call('attachments.addFile', { ownerId }), 'IO_FAILED');
    expect(error.message).not.toContain(files);
    expect(await leftovers()).toEqual(before);
  });

  it('refuses a file over the size cap before reading it', async () => {
    const before = await leftovers();
    const path = join(files, 'huge.bin');
    await writeFile(path, '');
    // Sparse: the size is what is checked, no bytes need to exist.
    await truncate(path, ATTACHMENT_SIZE_MAX + 1);
    answers.push(path);
    const error = await expectAppError(service.call('attachments.addFile', { ownerId }), 'VALIDATION_FAILED');
    expect(error.details).toMatchObject({ reason: 'too-large' });
    expect(await leftovers()).toEqual(before);
  });

  it('a file truncated while it is read leaves no row and no blob', async () => {
    const before = await leftovers();
    const path = await fileOf('shrinking.bin', randomBytes(24 * 1024 * 1024));
    answers.push(path);
    let cut = false;
    onProgress = (event) => {
      if (event.method !== 'attachments.addFile' || cut) return;
      cut = true;
      void truncate(path, 1024);
    };
    try {
      const error = await expectAppError(service.call('attachments.addFile', { ownerId }), 'CONFLICT');
      expect(error.details).toMatchObject({ reason: 'file-changed' });
    } finally {
      onProgress = undefined;
    }
    expect(cut).toBe(true);
    expect(await leftovers()).toEqual(before);
  });

  it('a file that grows while it is read leaves no row and no blob', async () => {
    const before = await leftovers();
    const path = await fileOf('growing.bin', randomBytes(24 * 1024 * 1024));
    answers.push(path);
    let grown = false;
    onProgress = (event) => {
      if (event.method !== 'attachments.addFile' || grown) return;
      grown = true;
      void appendFile(path, randomBytes(8 * 1024 * 1024));
    };
    try {
      await expectAppError(service.call('attachments.addFile', { ownerId }), 'CONFLICT');
    } finally {
      onProgress = undefined;
    }
    expect(await leftovers()).toEqual(before);
  });

  it('a folder chosen instead of a file is refused and leaves nothing', async () => {
    const before = await leftovers();
    answers.push(files);
    await expectAppError(service.call('attachments.addFile', { ownerId }), 'IO_FAILED');
    expect(await leftovers()).toEqual(before);
  });

  it('two files at once: both arrive whole, each under its own id', async () => {
    const first = randomBytes(5 * 1024 * 1024 + 1);
    const second = randomBytes(3 * 1024 * 1024 + 7);
    answers.push(await fileOf('first.pdf', first), await fileOf('second.jpg', second));
    const [a, b] = await Promise.all([service.call('attachments.addFile', { ownerId }), service.call('attachments.addFile', { ownerId })]);
    if (!a.added || !b.added) throw new Error('not added');
    expect(a.id).not.toBe(b.id);
    const byName = new Map([a, b].map((info) => [info.name, info]));
    expect(byName.get('first.pdf')).toMatchObject({ size: first.length, sha256: sha256(first), mime: 'application/pdf' });
    expect(byName.get('second.jpg')).toMatchObject({ size: second.length, sha256: sha256(second), mime: 'image/jpeg' });
    expect((await decrypted(byName.get('first.pdf')!.id)).equals(first)).toBe(true);
    expect((await decrypted(byName.get('second.jpg')!.id)).equals(second)).toBe(true);
  });

  it('an owner that does not exist is refused before the dialog opens', async () => {
    answers.push(await fileOf('x.txt', Buffer.from('x')));
    await expectAppError(service.call('attachments.addFile', { ownerId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' }), 'VALIDATION_FAILED');
    expect(answers).toHaveLength(1);
    answers.length = 0;
  });
});
