import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import { loadSodium } from '../../../../src/main/core/crypto/sodium';
import { findHeaderEnd } from '../../../../src/main/core/crypto/age/header';
import { createDecryptStream, encrypt } from '../../../../src/main/core/crypto/age/index';
import { throughTransform } from './stream-helpers';

/**
 * docs/security.md S21: a changed age file is refused wherever it was changed, and the reader
 * never passes on plaintext it has not authenticated: a failure in chunk k releases at most the
 * k chunks before it.
 */
const CHUNK = 64 * 1024;
const SEALED = CHUNK + 16;

let plaintext: Buffer;
let file: Buffer;
let identity: Uint8Array;
let payloadStart = 0;
let chunkCount = 0;

/** The first chunk index a byte offset falls into (-1 for the header and nonce). */
function chunkOf(offset: number): number {
  return offset < payloadStart ? -1 : Math.floor((offset - payloadStart) / SEALED);
}

async function open(bytes: Buffer, piece = 50_000): Promise<{ out: Buffer; error?: unknown }> {
  return throughTransform(createDecryptStream({ identities: [identity] }), bytes, piece);
}

/** Refused with a bundle error, and what came out is a true prefix of the plaintext of at most `chunks` chunks. */
function expectRefused(result: { out: Buffer; error?: unknown }, chunks: number): void {
  expect(result.error).toBeInstanceOf(AppError);
  expect(['BUNDLE_INVALID', 'BUNDLE_NOT_FOR_US']).toContain((result.error as AppError).code);
  expect(result.out.length).toBeLessThanOrEqual(Math.max(0, chunks) * CHUNK);
  expect(result.out.equals(plaintext.subarray(0, result.out.length))).toBe(true);
}

function reason(result: { error?: unknown }): unknown {
  return (result.error as AppError).details?.['reason'] ?? (result.error as AppError).code;
}

beforeAll(async () => {
  const sodium = await loadSodium();
  const mine = sodium.crypto_box_keypair();
  identity = mine.privateKey;
  plaintext = randomBytes(3 * CHUNK + 1000);
  file = Buffer.from(await encrypt(plaintext, { recipients: [sodium.crypto_box_keypair().publicKey, mine.publicKey] }));
  payloadStart = findHeaderEnd(file).end + 16;
  chunkCount = Math.ceil((file.length - payloadStart) / SEALED);
  expect(chunkCount).toBe(4);
  const clean = await open(file);
  expect(clean.error).toBeUndefined();
  expect(clean.out.equals(plaintext)).toBe(true);
});

describe('age: tampering', () => {
  it('a flipped bit in every header byte and nonce byte is refused, with nothing released', async () => {
    for (let at = 0; at < payloadStart; at += 1) {
      const copy = Buffer.from(file);
      copy[at] = (copy[at] as number) ^ 0x01;
      expectRefused(await open(copy), 0);
    }
  });

  it('a flipped byte at the start, middle and tag of each chunk is refused after the chunks before it', async () => {
    for (let chunk = 0; chunk < chunkCount; chunk += 1) {
      const start = payloadStart + chunk * SEALED;
      const end = Math.min(file.length, start + SEALED);
      for (const at of [start, start + 1, Math.floor((start + end) / 2), end - 17, end - 16, end - 1]) {
        const copy = Buffer.from(file);
        copy[at] = (copy[at] as number) ^ 0x80;
        const result = await open(copy);
        expectRefused(result, chunk);
        expect(result.out.length).toBe(chunk * CHUNK);
      }
    }
  });

  it('a random change anywhere is refused (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), fc.integer({ min: 256, max: 100_000 }), async (position, mask, piece) => {
        const at = position % file.length;
        const copy = Buffer.from(file);
        copy[at] = (copy[at] as number) ^ mask;
        expectRefused(await open(copy, piece), chunkOf(at));
      }),
      { numRuns: 150 },
    );
  });

  it('truncation at every chunk boundary and around it is refused', async () => {
    const lengths = new Set<number>([0, 1, 21, 22, payloadStart - 17, payloadStart - 16, payloadStart - 1, payloadStart]);
    for (let chunk = 0; chunk <= chunkCount; chunk += 1) {
      const boundary = payloadStart + chunk * SEALED;
      for (const delta of [-17, -16, -15, -1, 0, 1, 15, 16, 17]) lengths.add(boundary + delta);
    }
    for (const length of [...lengths].filter((n) => n >= 0 && n < file.length)) {
      const result = await open(file.subarray(0, length));
      expectRefused(result, chunkCount - 1);
      expect(result.out.length).toBeLessThan(plaintext.length);
    }
  });

  it('truncation at random lengths is refused (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (cut) => {
        const result = await open(file.subarray(0, cut % file.length));
        expectRefused(result, chunkCount - 1);
      }),
      { numRuns: 100 },
    );
  });

  it('bytes appended after the final chunk are refused', async () => {
    for (const extra of [1, 15, 16, 17, SEALED - 1000, SEALED, SEALED + 1]) {
      expectRefused(await open(Buffer.concat([file, randomBytes(extra)])), chunkCount);
    }
    const lastChunk = file.subarray(payloadStart + (chunkCount - 1) * SEALED);
    expectRefused(await open(Buffer.concat([file, lastChunk])), chunkCount);
  });

  it('after a full final chunk, even one extra byte is refused as trailing data', async () => {
    const sodium = await loadSodium();
    const mine = sodium.crypto_box_keypair();
    const exact = randomBytes(2 * CHUNK);
    const sealed = Buffer.from(await encrypt(exact, { recipients: [mine.publicKey] }));
    const result = await throughTransform(createDecryptStream({ identities: [mine.privateKey] }), Buffer.concat([sealed, Buffer.of(0)]));
    expect(reason(result)).toBe('trailing-data');
  });

  it('swapped, repeated and missing chunks are refused', async () => {
    const header = file.subarray(0, payloadStart);
    const chunks = Array.from({ length: chunkCount }, (_, k) => file.subarray(payloadStart + k * SEALED, payloadStart + (k + 1) * SEALED));
    const [c0, c1, c2, c3] = chunks as [Buffer, Buffer, Buffer, Buffer];
    const variants: Array<[Buffer[], number]> = [
      [[c1, c0, c2, c3], 0],
      [[c0, c2, c1, c3], 1],
      [[c0, c1, c3, c2], 2],
      [[c0, c0, c1, c2, c3], 1],
      [[c0, c1, c3], 2],
      [[c0, c1, c2], 3],
      [[c3], 0],
    ];
    for (const [order, releasable] of variants) {
      const result = await open(Buffer.concat([header, ...order]));
      expectRefused(result, releasable);
    }
  });

  it('a file from the same key with a different header (spliced) is refused', async () => {
    const again = Buffer.from(await encrypt(plaintext, { recipients: [(await loadSodium()).crypto_scalarmult_base(identity)] }));
    const otherStart = findHeaderEnd(again).end;
    // Our header and nonce with the other file's payload: same key, different payload key.
    expectRefused(await open(Buffer.concat([file.subarray(0, payloadStart), again.subarray(otherStart + 16)])), 0);
  });

  it('edited stanzas are refused: reordered, removed, added, retyped', async () => {
    const text = file.subarray(0, findHeaderEnd(file).end).toString('latin1');
    const rest = file.subarray(findHeaderEnd(file).end);
    const lines = text.split('\n');
    // version, stanza A (2 lines), stanza B (2 lines), MAC line, ''
    const [version, a1, a2, b1, b2, mac] = lines as [string, string, string, string, string, string];
    const edits = [
      [version, b1, b2, a1, a2, mac],
      [version, b1, b2, mac],
      [version, a1, a2, mac],
      [version, a1, a2, b1, b2, '-> grease', '', mac],
      [version, a1, a2, b1.replace('X25519', 'x25519'), b2, mac],
      [version, a1, a2, b1, b2, b2, mac],
      [version, a1, a2, `${b1} extra`, b2, mac],
      [version, a1, a2, b1, `${b2}A`, mac],
    ];
    for (const edit of edits) {
      const result = await open(Buffer.concat([Buffer.from(`${edit.join('\n')}\n`, 'latin1'), rest]));
      expectRefused(result, 0);
      expect(result.out.length).toBe(0);
    }
  });
});
