import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ABYTES,
  CHUNK_BYTES,
  HEADER_BYTES,
  NONCE_PREFIX_BYTES,
  RECORD_BYTES,
  buildBlobHeader,
  recordAd,
  recordNonce,
  type BlobBinding,
} from '../../../../src/main/core/attachments/blob-format';
import { openBlobReader, openDecryptedBlob, writeEncryptedBlob } from '../../../../src/main/core/attachments/blob-store';
import { loadSodium, type Sodium } from '../../../../src/main/core/crypto/sodium';
import type { ErrorCode } from '../../../../src/shared/errors';
import { expectAppError } from '../../../helpers/expect-error';
import { tempFolder } from '../../../helpers/temp';

const key = randomBytes(32);
const binding: BlobBinding = { vaultId: randomUUID(), attachmentId: randomUUID(), copy: 'original' };
let sodium: Sodium;
let folder: string;
/** A valid blob of four records: three full ones and a short final one. */
let intact: Buffer;
let plaintext: Buffer;

beforeAll(async () => {
  sodium = await loadSodium();
  folder = await tempFolder();
  plaintext = randomBytes(3 * CHUNK_BYTES + 1000);
  await writeEncryptedBlob(key, binding, once(plaintext), join(folder, 'intact'));
  intact = await readFile(join(folder, 'intact'));
  expect(intact.length).toBe(HEADER_BYTES + 3 * RECORD_BYTES + 1000 + ABYTES);
});

async function* once(data: Uint8Array): AsyncGenerator<Uint8Array> {
  yield data;
}

async function readAll(path: string, withKey: Uint8Array = key, as: BlobBinding = binding): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of openDecryptedBlob(withKey, as, path)) parts.push(chunk);
  return Buffer.concat(parts);
}

let counter = 0;
async function expectRefused(bytes: Uint8Array, reason: string, code: ErrorCode = 'VAULT_CORRUPT', as: BlobBinding = binding): Promise<void> {
  const path = join(folder, `case-${(counter += 1)}`);
  await writeFile(path, bytes);
  const error = await expectAppError(readAll(path, key, as), code);
  expect(error.details?.reason).toBe(reason);
}

const M = false;
const F = true;

/**
 * A blob built record by record with libsodium's AEAD, for files our writer never makes: each
 * record sealed at `index` (default: its place) with `final` and optionally other associated data.
 */
function craft(records: { plaintext: Uint8Array; final: boolean; index?: number; ad?: Uint8Array | null }[], as: BlobBinding = binding): Buffer {
  const header = buildBlobHeader(as, randomBytes(NONCE_PREFIX_BYTES));
  const parts = [Buffer.from(header)];
  records.forEach((record, place) => {
    const index = record.index ?? place;
    const ad = record.ad === undefined ? recordAd(header, index, record.final) : record.ad;
    parts.push(Buffer.from(sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(record.plaintext, ad, null, recordNonce(header, index), key)));
  });
  return Buffer.concat(parts);
}

const recordStart = (index: number): number => HEADER_BYTES + index * RECORD_BYTES;

describe('S22: the blob reader requires the final flag exactly at the end', () => {
  it('reads the intact blob and a crafted one that follows the format', async () => {
    expect((await readAll(join(folder, 'intact'))).equals(plaintext)).toBe(true);
    const full = randomBytes(CHUNK_BYTES);
    const path = join(folder, 'crafted-valid');
    await writeFile(path, craft([{ plaintext: full, final: M }, { plaintext: Buffer.from('end'), final: F }]));
    expect((await readAll(path)).equals(Buffer.concat([full, Buffer.from('end')]))).toBe(true);
  });

  it.each([0, 1, 2, 3])('refuses truncation at the boundary before record %i', async (index) => {
    await expectRefused(intact.subarray(0, recordStart(index)), index === 0 ? 'truncated' : 'missing-final');
  });

  it.each([1, 16, 17, 18, 1000, RECORD_BYTES - 1])('refuses truncation %i bytes into each record', async (offset) => {
    for (let index = 0; index < 4; index += 1) {
      const end = recordStart(index) + offset;
      if (end >= intact.length) continue;
      await expectRefused(intact.subarray(0, end), offset < ABYTES ? 'truncated' : 'undecryptable');
    }
  });

  it.each([0, 1, 3, 4, 20, HEADER_BYTES - 1])('refuses a file cut to %i bytes, inside its header', async (length) => {
    await expectRefused(intact.subarray(0, length), 'truncated');
  });

  it('refuses the last byte cut off', async () => {
    await expectRefused(intact.subarray(0, intact.length - 1), 'undecryptable');
  });

  it('refuses a final record in the middle of the file', async () => {
    const stream = craft([
      { plaintext: randomBytes(CHUNK_BYTES), final: M },
      { plaintext: randomBytes(CHUNK_BYTES), final: F },
      { plaintext: randomBytes(500), final: F },
    ]);
    await expectRefused(stream, 'final-not-at-end');
  });

  it('refuses a file that never says final, even one that ends on a record boundary', async () => {
    await expectRefused(craft([{ plaintext: randomBytes(CHUNK_BYTES), final: M }]), 'missing-final');
    await expectRefused(
      craft([
        { plaintext: randomBytes(CHUNK_BYTES), final: M },
        { plaintext: randomBytes(10), final: M },
      ]),
      'missing-final',
    );
    await expectRefused(craft([{ plaintext: Buffer.alloc(0), final: M }]), 'missing-final');
    await expectRefused(craft([]), 'truncated');
  });

  it('refuses records sealed at another index or without the format as associated data', async () => {
    await expectRefused(craft([{ plaintext: randomBytes(CHUNK_BYTES), final: M, index: 1 }, { plaintext: randomBytes(10), final: F, index: 0 }]), 'undecryptable');
    await expectRefused(craft([{ plaintext: Buffer.from('x'), final: F, ad: null }]), 'undecryptable');
    await expectRefused(craft([{ plaintext: Buffer.from('x'), final: F, ad: Buffer.from('CKB') }]), 'undecryptable');
  });

  it('refuses a short record in the middle (records have a fixed size)', async () => {
    const stream = craft([
      { plaintext: randomBytes(100), final: M },
      { plaintext: randomBytes(CHUNK_BYTES), final: F },
    ]);
    await expectRefused(stream, 'undecryptable');
  });

  it.each([
    ['one byte', Buffer.of(0)],
    ['a tag-sized run', randomBytes(17)],
    ['a full record of noise', randomBytes(RECORD_BYTES)],
  ])('refuses %s appended after the final record', async (_name, extra) => {
    await expectRefused(Buffer.concat([intact, extra]), 'undecryptable');
  });

  it('refuses bytes appended after a final record that fills a whole chunk', async () => {
    const path = join(folder, 'two-chunks');
    await writeEncryptedBlob(key, binding, once(randomBytes(2 * CHUNK_BYTES)), path);
    const whole = await readFile(path);
    await expectRefused(Buffer.concat([whole, Buffer.of(1)]), 'truncated');
    await expectRefused(Buffer.concat([whole, randomBytes(ABYTES + 1)]), 'final-not-at-end');
  });

  it('refuses a genuine record appended after the final one', async () => {
    const stream = craft([
      { plaintext: randomBytes(CHUNK_BYTES), final: F },
      { plaintext: randomBytes(10), final: F },
    ]);
    await expectRefused(stream, 'final-not-at-end');
  });

  it('refuses swapped and repeated records', async () => {
    const record = (i: number): Buffer => intact.subarray(recordStart(i), recordStart(i + 1));
    const head = intact.subarray(0, HEADER_BYTES);
    const tail = intact.subarray(recordStart(3));
    await expectRefused(Buffer.concat([head, record(1), record(0), record(2), tail]), 'undecryptable');
    await expectRefused(Buffer.concat([head, record(0), record(2), record(1), tail]), 'undecryptable');
    await expectRefused(Buffer.concat([head, record(0), record(0), record(1), record(2), tail]), 'undecryptable');
    await expectRefused(Buffer.concat([head, record(0), record(2), tail]), 'undecryptable');
  });

  it('refuses a record spliced in from another blob under the same key', async () => {
    const other = join(folder, 'other');
    await writeEncryptedBlob(key, binding, once(randomBytes(3 * CHUNK_BYTES + 1000)), other);
    const foreign = (await readFile(other)).subarray(recordStart(1), recordStart(2));
    await expectRefused(Buffer.concat([intact.subarray(0, recordStart(1)), foreign, intact.subarray(recordStart(2))]), 'undecryptable');
  });

  it('refuses a flipped bit in the nonce prefix or any record', async () => {
    const positions = [4, 10, 4 + NONCE_PREFIX_BYTES - 1, HEADER_BYTES, recordStart(1) - 1, recordStart(1) + 5000, recordStart(2) + 16, intact.length - 1];
    for (const position of positions) {
      for (const bit of [0, 7]) {
        const damaged = Buffer.from(intact);
        damaged[position] = (damaged[position] ?? 0) ^ (1 << bit);
        await expectRefused(damaged, 'undecryptable');
      }
    }
  });

  it('refuses a wrong key', async () => {
    const error = await expectAppError(readAll(join(folder, 'intact'), randomBytes(32)), 'VAULT_CORRUPT');
    expect(error.details?.reason).toBe('undecryptable');
    expect(error.message).toMatch(/key is wrong/);
  });

  it('refuses a bad magic and fails closed on an unknown version', async () => {
    const badMagic = Buffer.from(intact);
    badMagic[0] = 0x50;
    await expectRefused(badMagic, 'bad-magic');
    await expectRefused(Buffer.from('%PDF-1.7\n'), 'bad-magic');
    for (const version of [0, 3, 255]) {
      const other = Buffer.from(intact);
      other[3] = version;
      await expectRefused(other, 'unknown-version', version > 2 ? 'VAULT_TOO_NEW' : 'VAULT_CORRUPT');
    }
    // Version 1 (secretstream, nothing bound in) is refused by name, not read.
    const v1 = Buffer.concat([Buffer.from('CKB'), Buffer.of(1), randomBytes(24 + 1000)]);
    await expectRefused(v1, 'old-format');
  });

  it('yields nothing past the damage and never yields the plaintext of a bad record', async () => {
    const damaged = Buffer.from(intact);
    damaged[recordStart(2) + 100] = (damaged[recordStart(2) + 100] ?? 0) ^ 1;
    const path = join(folder, 'partial');
    await writeFile(path, damaged);
    const seen: Uint8Array[] = [];
    const error = await expectAppError(
      (async () => {
        for await (const chunk of openDecryptedBlob(key, binding, path)) seen.push(chunk);
      })(),
      'VAULT_CORRUPT',
    );
    expect(error.details?.reason).toBe('undecryptable');
    expect(Buffer.concat(seen).equals(plaintext.subarray(0, 2 * CHUNK_BYTES))).toBe(true);
  });
});

describe('S33: a blob opens only as the attachment, vault and copy it was written for', () => {
  const other: BlobBinding = { ...binding, attachmentId: randomUUID() };

  it('names a file of another attachment, another vault or the other copy', async () => {
    await expectRefused(intact, 'wrong-attachment', 'VAULT_CORRUPT', other);
    await expectRefused(intact, 'wrong-vault', 'VAULT_CORRUPT', { ...binding, vaultId: randomUUID() });
    await expectRefused(intact, 'wrong-copy', 'VAULT_CORRUPT', { ...binding, copy: 'working' });
  });

  it('refuses a file whose header was rewritten to claim another id: the ids are in every record', async () => {
    const claimed = Buffer.from(intact);
    claimed.set(buildBlobHeader(other, intact.subarray(4, 4 + NONCE_PREFIX_BYTES)));
    await expectRefused(claimed, 'undecryptable', 'VAULT_CORRUPT', other);
    const elsewhere: BlobBinding = { ...binding, vaultId: randomUUID() };
    const moved = Buffer.from(intact);
    moved.set(buildBlobHeader(elsewhere, intact.subarray(4, 4 + NONCE_PREFIX_BYTES)));
    await expectRefused(moved, 'undecryptable', 'VAULT_CORRUPT', elsewhere);
    const copy = Buffer.from(intact);
    copy.set(buildBlobHeader({ ...binding, copy: 'working' }, intact.subarray(4, 4 + NONCE_PREFIX_BYTES)));
    await expectRefused(copy, 'undecryptable', 'VAULT_CORRUPT', { ...binding, copy: 'working' });
  });
});

describe('seekable reads', () => {
  it('opens any chunk on its own, in any order, with the same bytes as a full read', async () => {
    const reader = await openBlobReader(key, binding, join(folder, 'intact'));
    try {
      expect(reader.layout).toEqual({ records: 4, lastRecordBytes: 1000 + ABYTES, plaintextBytes: plaintext.length });
      for (const index of [3, 1, 0, 2, 1]) {
        const chunk = await reader.readChunk(index);
        expect(Buffer.from(chunk).equals(plaintext.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES))).toBe(true);
      }
    } finally {
      await reader.close();
    }
  });

  it('refuses the last chunk of a file cut at a record boundary, and a chunk moved to another place', async () => {
    const path = join(folder, 'cut-for-seek');
    await writeFile(path, intact.subarray(0, recordStart(3)));
    const reader = await openBlobReader(key, binding, path);
    try {
      expect(Buffer.from(await reader.readChunk(0)).equals(plaintext.subarray(0, CHUNK_BYTES))).toBe(true);
      expect((await expectAppError(reader.readChunk(2), 'VAULT_CORRUPT')).details?.reason).toBe('missing-final');
    } finally {
      await reader.close();
    }
    const swapped = join(folder, 'swapped-for-seek');
    const record = (i: number): Buffer => intact.subarray(recordStart(i), recordStart(i + 1));
    await writeFile(swapped, Buffer.concat([intact.subarray(0, HEADER_BYTES), record(0), record(2), record(1), intact.subarray(recordStart(3))]));
    const shuffled = await openBlobReader(key, binding, swapped);
    try {
      expect(Buffer.from(await shuffled.readChunk(0)).equals(plaintext.subarray(0, CHUNK_BYTES))).toBe(true);
      expect((await expectAppError(shuffled.readChunk(1), 'VAULT_CORRUPT')).details?.reason).toBe('undecryptable');
      expect((await expectAppError(shuffled.readChunk(2), 'VAULT_CORRUPT')).details?.reason).toBe('undecryptable');
    } finally {
      await shuffled.close();
    }
  });
});
