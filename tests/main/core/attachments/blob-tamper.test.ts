import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CHUNK_BYTES,
  HEADER_BYTES,
  RECORD_BYTES,
  blobPrefix,
} from '../../../../src/main/core/attachments/blob-format';
import { openDecryptedBlob, writeEncryptedBlob } from '../../../../src/main/core/attachments/blob-store';
import { loadSodium, type Sodium } from '../../../../src/main/core/crypto/sodium';
import type { ErrorCode } from '../../../../src/shared/errors';
import { expectAppError } from '../../../helpers/expect-error';
import { tempFolder } from '../../../helpers/temp';

const key = randomBytes(32);
let sodium: Sodium;
let folder: string;
/** A valid blob of four records: three full ones and a short final one. */
let intact: Buffer;
let plaintext: Buffer;

beforeAll(async () => {
  sodium = await loadSodium();
  folder = await tempFolder();
  plaintext = randomBytes(3 * CHUNK_BYTES + 1000);
  await writeEncryptedBlob(key, once(plaintext), join(folder, 'intact'));
  intact = await readFile(join(folder, 'intact'));
  expect(intact.length).toBe(HEADER_BYTES + 3 * RECORD_BYTES + 1000 + 17);
});

async function* once(data: Uint8Array): AsyncGenerator<Uint8Array> {
  yield data;
}

async function readAll(path: string, withKey: Uint8Array = key): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of openDecryptedBlob(withKey, path)) parts.push(chunk);
  return Buffer.concat(parts);
}

let counter = 0;
async function expectRefused(bytes: Uint8Array, reason: string, code: ErrorCode = 'VAULT_CORRUPT'): Promise<void> {
  const path = join(folder, `case-${(counter += 1)}`);
  await writeFile(path, bytes);
  const error = await expectAppError(readAll(path), code);
  expect(error.details?.reason).toBe(reason);
}

/** A blob built record by record with the raw libsodium API, for streams our writer never makes. */
function craft(records: { plaintext: Uint8Array; tag: number; ad?: Uint8Array | null }[]): Buffer {
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  const parts = [Buffer.from(blobPrefix()), Buffer.from(header)];
  for (const record of records) {
    const ad = record.ad === undefined ? blobPrefix() : record.ad;
    parts.push(Buffer.from(sodium.crypto_secretstream_xchacha20poly1305_push(state, record.plaintext, ad, record.tag)));
  }
  return Buffer.concat(parts);
}

const recordStart = (index: number): number => HEADER_BYTES + index * RECORD_BYTES;

describe('S22: the blob reader requires TAG_FINAL exactly at the end', () => {
  it('reads the intact blob and a crafted one that follows the format', async () => {
    expect((await readAll(join(folder, 'intact'))).equals(plaintext)).toBe(true);
    const { TAG_MESSAGE, TAG_FINAL } = tags();
    const full = randomBytes(CHUNK_BYTES);
    const path = join(folder, 'crafted-valid');
    await writeFile(path, craft([{ plaintext: full, tag: TAG_MESSAGE }, { plaintext: Buffer.from('end'), tag: TAG_FINAL }]));
    expect((await readAll(path)).equals(Buffer.concat([full, Buffer.from('end')]))).toBe(true);
  });

  it.each([0, 1, 2, 3])('refuses truncation at the boundary before record %i', async (index) => {
    await expectRefused(intact.subarray(0, recordStart(index)), index === 0 ? 'truncated' : 'missing-final');
  });

  it.each([1, 16, 17, 18, 1000, RECORD_BYTES - 1])('refuses truncation %i bytes into each record', async (offset) => {
    for (let index = 0; index < 4; index += 1) {
      const end = recordStart(index) + offset;
      if (end >= intact.length) continue;
      await expectRefused(intact.subarray(0, end), offset < 17 ? 'truncated' : 'undecryptable');
    }
  });

  it.each([0, 1, 3, 4, 20, HEADER_BYTES - 1])('refuses a file cut to %i bytes, inside its header', async (length) => {
    await expectRefused(intact.subarray(0, length), 'truncated');
  });

  it('refuses the last byte cut off', async () => {
    await expectRefused(intact.subarray(0, intact.length - 1), 'undecryptable');
  });

  it('refuses a final tag in the middle of the stream', async () => {
    const { TAG_MESSAGE, TAG_FINAL } = tags();
    const stream = craft([
      { plaintext: randomBytes(CHUNK_BYTES), tag: TAG_MESSAGE },
      { plaintext: randomBytes(CHUNK_BYTES), tag: TAG_FINAL },
      { plaintext: randomBytes(500), tag: TAG_FINAL },
    ]);
    await expectRefused(stream, 'final-not-at-end');
  });

  it('refuses a stream that never says final, even one that ends on a record boundary', async () => {
    const { TAG_MESSAGE } = tags();
    await expectRefused(craft([{ plaintext: randomBytes(CHUNK_BYTES), tag: TAG_MESSAGE }]), 'missing-final');
    await expectRefused(
      craft([
        { plaintext: randomBytes(CHUNK_BYTES), tag: TAG_MESSAGE },
        { plaintext: randomBytes(10), tag: TAG_MESSAGE },
      ]),
      'missing-final',
    );
    await expectRefused(craft([]), 'truncated');
  });

  it('refuses tags this version never writes, and records without the format as associated data', async () => {
    const { TAG_FINAL } = tags();
    for (const tag of [sodium.crypto_secretstream_xchacha20poly1305_TAG_PUSH, sodium.crypto_secretstream_xchacha20poly1305_TAG_REKEY]) {
      await expectRefused(
        craft([
          { plaintext: randomBytes(CHUNK_BYTES), tag },
          { plaintext: randomBytes(10), tag: TAG_FINAL },
        ]),
        'unexpected-tag',
      );
    }
    await expectRefused(craft([{ plaintext: Buffer.from('x'), tag: TAG_FINAL, ad: null }]), 'undecryptable');
  });

  it('refuses a short record in the middle (records have a fixed size)', async () => {
    const { TAG_MESSAGE, TAG_FINAL } = tags();
    const stream = craft([
      { plaintext: randomBytes(100), tag: TAG_MESSAGE },
      { plaintext: randomBytes(CHUNK_BYTES), tag: TAG_FINAL },
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
    await writeEncryptedBlob(key, once(randomBytes(2 * CHUNK_BYTES)), path);
    await expectRefused(Buffer.concat([await readFile(path), Buffer.of(1)]), 'final-not-at-end');
  });

  it('refuses a genuine record appended after the final one', async () => {
    const { TAG_FINAL } = tags();
    const stream = craft([
      { plaintext: randomBytes(CHUNK_BYTES), tag: TAG_FINAL },
      { plaintext: randomBytes(10), tag: TAG_FINAL },
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
    await writeEncryptedBlob(key, once(randomBytes(3 * CHUNK_BYTES + 1000)), other);
    const foreign = (await readFile(other)).subarray(recordStart(1), recordStart(2));
    await expectRefused(Buffer.concat([intact.subarray(0, recordStart(1)), foreign, intact.subarray(recordStart(2))]), 'undecryptable');
  });

  it('refuses a flipped bit anywhere after the format prefix', async () => {
    const positions = [4, 10, HEADER_BYTES - 1, HEADER_BYTES, recordStart(1) - 1, recordStart(1) + 5000, recordStart(2) + 16, intact.length - 1];
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
    for (const version of [0, 2, 255]) {
      const other = Buffer.from(intact);
      other[3] = version;
      await expectRefused(other, 'unknown-version', version > 1 ? 'VAULT_TOO_NEW' : 'VAULT_CORRUPT');
    }
  });

  it('yields nothing past the damage and never yields the plaintext of a bad record', async () => {
    const damaged = Buffer.from(intact);
    damaged[recordStart(2) + 100] = (damaged[recordStart(2) + 100] ?? 0) ^ 1;
    const path = join(folder, 'partial');
    await writeFile(path, damaged);
    const seen: Uint8Array[] = [];
    const error = await expectAppError(
      (async () => {
        for await (const chunk of openDecryptedBlob(key, path)) seen.push(chunk);
      })(),
      'VAULT_CORRUPT',
    );
    expect(error.details?.reason).toBe('undecryptable');
    expect(Buffer.concat(seen).equals(plaintext.subarray(0, 2 * CHUNK_BYTES))).toBe(true);
  });
});

function tags(): { TAG_MESSAGE: number; TAG_FINAL: number } {
  return {
    TAG_MESSAGE: sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
    TAG_FINAL: sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL,
  };
}
