import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from '../../../../src/main/core/crypto/random';
import { readBundle, writeBundle, type BundleAttachment } from '../../../../src/main/core/exchange/bundle';
import { tempFolder } from '../../../helpers/temp';
import { makeAttachment, makeInput, makeParty, type Party } from './bundle-fixtures';

/*
 * docs/security.md S21: a flipped byte anywhere in the file and a cut at any length are refused,
 * and the sink never gets bytes of an age chunk that did not authenticate.
 */
let alice: Party;
let bob: Party;
let file: Buffer;
let attachment: Buffer;

beforeAll(async () => {
  alice = await makeParty('Sender');
  bob = await makeParty('Receiver');
  attachment = Buffer.from(randomBytes(300_000));
  const input = makeInput(alice, { attachments: [makeAttachment('0192a000-0000-7000-8000-000000000009', alice.sender.vaultId, attachment)] });
  const out = join(await tempFolder(), 'b.ckb');
  await writeBundle(out, input, { recipients: [bob.box.publicKey], signingSecretKey: alice.sign.secretKey });
  file = await readFile(out);
});

async function attempt(bytes: Buffer) {
  let received = Buffer.alloc(0);
  const error = await readBundle(Readable.from([bytes]), {
    identities: [bob.box.secretKey],
    async attachmentSink(_att: BundleAttachment, stream: Readable) {
      for await (const chunk of stream as AsyncIterable<Buffer>) received = Buffer.concat([received, chunk]);
    },
  }).then(
    () => undefined,
    (e: unknown) => e as { code?: string },
  );
  return { code: error?.code, received };
}

/** What the sink got is always a prefix of the real bytes: nothing unauthenticated. */
function onlyGenuine(received: Buffer): boolean {
  return attachment.subarray(0, received.length).equals(received);
}

describe('a tampered or truncated bundle', () => {
  it('opens untouched', async () => {
    expect((await attempt(file)).code).toBeUndefined();
  });

  it('is refused with a byte flipped at each of many positions: header, every chunk, the last bytes', async () => {
    const headerEnd = file.indexOf('\n---') + 50;
    const positions = new Set<number>([0, 5, 30, 60, headerEnd - 20, headerEnd, headerEnd + 1, file.length - 1, file.length - 17, file.length - 100]);
    for (let p = headerEnd + 100; p < file.length; p += 65_536 + 16) positions.add(p);
    for (let i = 0; i < 20; i += 1) positions.add(Math.floor(Math.random() * file.length));
    for (const position of positions) {
      const copy = Buffer.from(file);
      copy[position]! ^= 0x01;
      const result = await attempt(copy);
      expect(result.code, `byte ${position}`).toMatch(/^BUNDLE_(INVALID|NOT_FOR_US)$/);
      expect(onlyGenuine(result.received), `byte ${position}`).toBe(true);
    }
  });

  it('is refused cut at many lengths, and with bytes appended', async () => {
    const lengths = new Set<number>([0, 1, 20, 100, file.length - 1, file.length - 16, file.length - 17]);
    for (let n = 200; n < file.length; n += 65_536 + 16) {
      lengths.add(n);
      lengths.add(n + 1);
    }
    for (let i = 0; i < 15; i += 1) lengths.add(Math.floor(Math.random() * file.length));
    for (const length of lengths) {
      const result = await attempt(file.subarray(0, length));
      expect(result.code, `length ${length}`).toBe('BUNDLE_INVALID');
      expect(onlyGenuine(result.received), `length ${length}`).toBe(true);
    }
    expect((await attempt(Buffer.concat([file, Buffer.from([0])]))).code).toBe('BUNDLE_INVALID');
  });
});
