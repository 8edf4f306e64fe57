import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { copyFile, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AttachmentStore, MAX_OPEN_UPLOADS, UPLOAD_IDLE_MS } from '../../../../src/main/core/attachments/attachments';
import { CHUNK_BYTES } from '../../../../src/main/core/attachments/blob-format';
import { writeEncryptedBlob } from '../../../../src/main/core/attachments/blob-store';
import type { ChunkQueue } from '../../../../src/main/core/attachments/chunk-queue';
import { sql } from '../../../../src/main/core/db/sql';
import { CasekeepService } from '../../../../src/main/core/service/service';
import type { Vault } from '../../../../src/main/core/vault/vault';
import { expectAppError } from '../../../helpers/expect-error';
import { openService } from '../../../helpers/open-service';
import { tempFolder } from '../../../helpers/temp';

let service: CasekeepService;
let vault: Vault;
let store: AttachmentStore;
let ownerId: string;
let clock = Date.now();

beforeAll(async () => {
  ({ service } = await openService());
  vault = service.vault!;
  store = new AttachmentStore({ db: vault.db, folder: vault.folder, key: vault.keys.attachments, vaultId: vault.id, actor: async () => 'tester', now: () => clock });
  ownerId = (await service.call('records.create', { kind: 'case', data: { title: 'Files' } })).id;
});

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

async function readAll(id: string, copy: 'original' | 'working' = 'original', length = 300_000): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset = 0; ; ) {
    const { chunk, eof } = await store.read(id, copy, offset, length);
    const bytes = Buffer.from(chunk, 'base64');
    parts.push(bytes);
    offset += bytes.length;
    if (eof) return Buffer.concat(parts);
  }
}

async function stored(bytes: Buffer, name = 'file.bin'): Promise<string> {
  const { uploadId } = await store.begin({ ownerId, name, mime: 'application/octet-stream', size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += 200_000) await store.append(uploadId, b64(bytes.subarray(offset, offset + 200_000)));
  return (await store.finish(uploadId, false)).id;
}

describe('appends on one upload that overlap', () => {
  it('two at once: both return, the file holds them in call order, finish reports the right size and hash', async () => {
    const first = randomBytes(100_000);
    const second = randomBytes(70_000);
    const { uploadId } = await store.begin({ ownerId, name: 'two.bin', mime: 'application/octet-stream', size: first.length + second.length });
    const answers = await Promise.all([store.append(uploadId, b64(first)), store.append(uploadId, b64(second))]);
    expect(answers).toEqual([{ received: first.length }, { received: first.length + second.length }]);
    const whole = Buffer.concat([first, second]);
    const info = await store.finish(uploadId, false);
    expect(info).toMatchObject({ size: whole.length, sha256: sha256(whole) });
    expect((await readAll(info.id)).equals(whole)).toBe(true);
  });

  it('many at once, of odd sizes, and a finish called before they are done', async () => {
    const pieces = Array.from({ length: 40 }, (_, i) => randomBytes(1 + ((i * 7919) % 90_000)));
    const whole = Buffer.concat(pieces);
    const { uploadId } = await store.begin({ ownerId, name: 'many.bin', mime: 'application/octet-stream', size: whole.length });
    const appends = pieces.map((piece) => store.append(uploadId, b64(piece)));
    const finished = store.finish(uploadId, false);
    const answers = await Promise.all(appends);
    expect(answers.at(-1)).toEqual({ received: whole.length });
    const info = await finished;
    expect(info).toMatchObject({ size: whole.length, sha256: sha256(whole) });
    expect((await readAll(info.id)).equals(whole)).toBe(true);
  });

  it('refuses an append after finish was asked for, and a second finish', async () => {
    const { uploadId } = await store.begin({ ownerId, name: 'late.bin', mime: 'application/octet-stream', size: 3 });
    await store.append(uploadId, b64(Buffer.from('abc')));
    const finished = store.finish(uploadId, false);
    const late = store.append(uploadId, b64(Buffer.from('d')));
    const again = store.finish(uploadId, false);
    await expectAppError(late, 'CONFLICT');
    await expectAppError(again, 'CONFLICT');
    expect((await finished).size).toBe(3);
  });

  it('a finish after a chunk was lost on its way to the writer refuses and keeps nothing', async () => {
    const bytes = randomBytes(3 * CHUNK_BYTES);
    const { uploadId } = await store.begin({ ownerId, name: 'lost.bin', mime: 'application/octet-stream', size: bytes.length });
    // Fault injection at the seam: the queue drops the second chunk it is given.
    const queue = (store as unknown as { uploads: Map<string, { queue: ChunkQueue }> }).uploads.get(uploadId)!.queue;
    const push = queue.push.bind(queue);
    let pushes = 0;
    queue.push = (chunk) => ((pushes += 1) === 2 ? Promise.resolve() : push(chunk));
    for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) await store.append(uploadId, b64(bytes.subarray(offset, offset + CHUNK_BYTES)));
    const error = await expectAppError(store.finish(uploadId, false), 'VALIDATION_FAILED');
    expect(error.message).toMatch(/differs from the bytes that were sent/);
    expect((await readdir(join(vault.folder, 'attachments'))).filter((name) => name.startsWith(uploadId))).toEqual([]);
  });

  it('a finish with the sender’s own SHA-256 keeps the file only when it matches', async () => {
    const bytes = randomBytes(5000);
    const good = await store.begin({ ownerId, name: 'hashed.bin', mime: 'application/octet-stream', size: bytes.length });
    await store.append(good.uploadId, b64(bytes));
    expect((await store.finish(good.uploadId, false, undefined, sha256(bytes).toUpperCase())).sha256).toBe(sha256(bytes));
    const bad = await store.begin({ ownerId, name: 'hashed.bin', mime: 'application/octet-stream', size: bytes.length });
    await store.append(bad.uploadId, b64(bytes));
    const error = await expectAppError(store.finish(bad.uploadId, false, undefined, sha256(Buffer.from('other'))), 'VALIDATION_FAILED');
    expect(error.fields?.[0]?.path).toBe('sha256');
  });
});

describe('bounds on uploads', () => {
  it(`refuses a ${MAX_OPEN_UPLOADS + 1}th open upload, and drops uploads left idle`, async () => {
    const open = [];
    for (let i = 0; i < MAX_OPEN_UPLOADS; i += 1) open.push((await store.begin({ ownerId, name: `${i}.bin`, mime: 'application/octet-stream', size: 10 })).uploadId);
    const error = await expectAppError(store.begin({ ownerId, name: 'one-more.bin', mime: 'application/octet-stream', size: 10 }), 'CONFLICT');
    expect(error.details).toMatchObject({ reason: 'too-many-uploads', limit: MAX_OPEN_UPLOADS });
    await store.append(open[0]!, b64(Buffer.from('keep')));
    clock += UPLOAD_IDLE_MS / 2;
    await store.append(open[1]!, b64(Buffer.from('keep')));
    clock += UPLOAD_IDLE_MS / 2 + 1;
    // Every upload but the one touched half a limit ago is now idle too long and goes.
    await store.begin({ ownerId, name: 'after-idle.bin', mime: 'application/octet-stream', size: 10 });
    await expectAppError(store.append(open[0]!, b64(Buffer.from('x'))), 'NOT_FOUND');
    await store.append(open[1]!, b64(Buffer.from('x')));
    await store.cancelAll();
  });

  it('refuses more bytes than announced', async () => {
    const { uploadId } = await store.begin({ ownerId, name: 'long.bin', mime: 'application/octet-stream', size: 3 });
    await expectAppError(store.append(uploadId, b64(Buffer.from('toolong'))), 'VALIDATION_FAILED');
    await expectAppError(store.finish(uploadId, false), 'NOT_FOUND');
  });
});

describe('S33: blob files bound to their attachment and vault', () => {
  it('two blob files swapped on disk: both are refused, neither served as the other', async () => {
    const a = await stored(Buffer.from('statement of witness A'));
    const b = await stored(Buffer.from('statement of witness B'));
    const pa = store.blobPaths(a).original;
    const pb = store.blobPaths(b).original;
    await rename(pa, `${pa}.swap`);
    await rename(pb, pa);
    await rename(`${pa}.swap`, pb);
    for (const id of [a, b]) {
      expect((await expectAppError(store.read(id, 'original', 0, 1000), 'VAULT_CORRUPT')).details?.reason).toBe('wrong-attachment');
      const streamed = (async () => {
        for await (const _ of store.stream(id, 'original')) void _;
      })();
      expect((await expectAppError(streamed, 'VAULT_CORRUPT')).details?.reason).toBe('wrong-attachment');
    }
  });

  it('a blob with the same attachment id from another vault is refused, even under the same key', async () => {
    const id = await stored(Buffer.from('the real file'));
    const other = await tempFolder();
    await writeEncryptedBlob(vault.keys.attachments, { vaultId: randomUUID(), attachmentId: id, copy: 'original' }, (async function* () {
      yield Buffer.from('the real file');
    })(), join(other, 'blob'));
    await copyFile(join(other, 'blob'), store.blobPaths(id).original);
    expect((await expectAppError(store.read(id, 'original', 0, 100), 'VAULT_CORRUPT')).details?.reason).toBe('wrong-vault');
  });
});

describe('reads: seekable, and the whole checked against the recorded SHA-256', () => {
  it('any range comes back right, a front-to-back read in small pieces too', async () => {
    const bytes = randomBytes(5 * CHUNK_BYTES + 123);
    const id = await stored(bytes);
    for (const [offset, length] of [[0, 10], [CHUNK_BYTES - 5, 10], [3 * CHUNK_BYTES + 7, 2 * CHUNK_BYTES], [bytes.length - 1, 100], [bytes.length, 5]] as const) {
      const { chunk, eof } = await store.read(id, 'original', offset, length);
      expect(Buffer.from(chunk, 'base64').equals(bytes.subarray(offset, offset + length))).toBe(true);
      expect(eof).toBe(offset + length >= bytes.length);
    }
    expect((await readAll(id, 'original', 10_007)).equals(bytes)).toBe(true);
    const empty = await stored(Buffer.alloc(0));
    expect(await store.read(empty, 'original', 0, 10)).toEqual({ chunk: '', eof: true });
  });

  it('a recorded hash that does not match: the read reaching the end is refused, front to back or skipping', async () => {
    const bytes = randomBytes(2 * CHUNK_BYTES + 50);
    const id = await stored(bytes);
    await vault.db.run(sql`UPDATE attachments SET sha256 = ${sha256(Buffer.from('something else'))} WHERE id = ${id}`);
    // Front to back: the pieces before the end come back; the last one is withheld.
    expect((await store.read(id, 'original', 0, CHUNK_BYTES)).eof).toBe(false);
    expect((await expectAppError(store.read(id, 'original', CHUNK_BYTES, 2 * CHUNK_BYTES), 'VAULT_CORRUPT')).details?.reason).toBe('hash-mismatch');
    // Straight to the end, with no read before it: the whole file is checked there.
    expect((await expectAppError(store.read(id, 'original', bytes.length - 10, 10), 'VAULT_CORRUPT')).details?.reason).toBe('hash-mismatch');
    // A stream yields all but the last chunk, then fails.
    const seen: Uint8Array[] = [];
    const streamed = (async () => {
      for await (const chunk of store.stream(id, 'original')) seen.push(chunk);
    })();
    expect((await expectAppError(streamed, 'VAULT_CORRUPT')).details?.reason).toBe('hash-mismatch');
    expect(Buffer.concat(seen).equals(bytes.subarray(0, 2 * CHUNK_BYTES))).toBe(true);
  });

  it('a blob cut at a record boundary is refused even by a read in its middle (the size is recorded)', async () => {
    const bytes = randomBytes(3 * CHUNK_BYTES + 10);
    const id = await stored(bytes);
    const path = store.blobPaths(id).original;
    const whole = await readFile(path);
    await writeFile(path, whole.subarray(0, whole.length - (10 + 16)));
    expect((await expectAppError(store.read(id, 'original', 0, 10), 'VAULT_CORRUPT')).details?.reason).toBe('size-mismatch');
  });
});

describe('saving a plain copy', () => {
  it('writes the exact bytes, refuses the vault folder, and replaces a file only when told to', async () => {
    const bytes = randomBytes(CHUNK_BYTES + 99);
    const id = await stored(bytes, 'scan.pdf');
    const out = await tempFolder();
    const target = join(out, 'scan.pdf');
    expect(await store.saveCopy(id, 'working', { path: target, overwrite: false })).toEqual({ size: bytes.length, sha256: sha256(bytes) });
    expect((await readFile(target)).equals(bytes)).toBe(true);
    await expectAppError(store.saveCopy(id, 'original', { path: target, overwrite: false }), 'CONFLICT');
    await writeFile(target, 'older');
    await store.saveCopy(id, 'original', { path: target, overwrite: true });
    expect((await readFile(target)).equals(bytes)).toBe(true);
    await expectAppError(store.saveCopy(id, 'original', { path: join(vault.folder, 'casekeep.db'), overwrite: true }), 'FORBIDDEN');
    await expectAppError(store.saveCopy(id, 'original', { path: join(vault.folder, 'attachments', 'x'), overwrite: true }), 'FORBIDDEN');
    // A link to the vault folder is still the vault folder.
    const elsewhere = await tempFolder();
    await symlink(vault.folder, join(elsewhere, 'looks-harmless'));
    await expectAppError(store.saveCopy(id, 'original', { path: join(elsewhere, 'looks-harmless', 'x'), overwrite: true }), 'FORBIDDEN');
    expect(await readdir(out)).toEqual(['scan.pdf']);
    const log = await service.call('audit.list', { recordId: id });
    expect(log.map((entry) => entry.action)).toContain('save-copy');
  });

  it('a copy whose hash does not match leaves no file, not even a temporary one', async () => {
    const bytes = randomBytes(2 * CHUNK_BYTES);
    const id = await stored(bytes);
    await vault.db.run(sql`UPDATE attachments SET sha256 = ${sha256(Buffer.from('x'))} WHERE id = ${id}`);
    const out = await tempFolder();
    await expectAppError(store.saveCopy(id, 'original', { path: join(out, 'copy.bin'), overwrite: false }), 'VAULT_CORRUPT');
    expect(await readdir(out)).toEqual([]);
  });
});

describe('attachments.saveCopy through the contract', () => {
  it('asks the host for the path with the file name, saves nothing when the user cancels, and refuses without a host dialog', async () => {
    const folder = await tempFolder();
    const out = await tempFolder();
    const asked: string[] = [];
    let answer: string | null = null;
    const host = new CasekeepService({
      folder,
      chooseSavePath: async (name) => {
        asked.push(name);
        return answer === null ? null : { path: answer, overwrite: false };
      },
    });
    await host.call('vault.create', { passphrase: 'a vault for saving copies' });
    try {
      const kase = await host.call('records.create', { kind: 'case', data: { title: 'Copies' } });
      const bytes = randomBytes(150_000);
      const { uploadId } = await host.call('attachments.begin', { ownerId: kase.id, name: 'interview.m4a', mime: 'audio/mp4', size: bytes.length });
      await host.call('attachments.append', { uploadId, chunk: b64(bytes) });
      const info = await host.call('attachments.finish', { uploadId, sha256: sha256(bytes) });
      expect(await host.call('attachments.saveCopy', { id: info.id })).toEqual({ saved: false });
      expect(await readdir(out)).toEqual([]);
      answer = join(out, 'chosen.m4a');
      expect(await host.call('attachments.saveCopy', { id: info.id, copy: 'original' })).toEqual({ saved: true, size: bytes.length, sha256: info.sha256 });
      expect(asked).toEqual(['interview.m4a', 'interview.m4a']);
      expect((await readFile(answer)).equals(bytes)).toBe(true);
    } finally {
      await host.lock();
    }
    const refused = await service.invoke('attachments.saveCopy', { id: randomUUID() });
    expect(refused.ok === false && refused.error.code).toBe('FORBIDDEN');
  });
});
