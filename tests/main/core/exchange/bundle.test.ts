import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSha256, sha256Hex } from '../../../../src/main/core/crypto/hash';
import { randomBytes } from '../../../../src/main/core/crypto/random';
import { readBundle, writeBundle, type BundleAttachment } from '../../../../src/main/core/exchange/bundle';
import { tempFolder } from '../../../helpers/temp';
import { makeAttachment, makeInput, makeParty, type Party } from './bundle-fixtures';

let alice: Party;
let bob: Party;
let folder: string;

beforeAll(async () => {
  alice = await makeParty('Правозащитный центр');
  bob = await makeParty('Partner abroad');
  folder = await tempFolder();
});

function collectingSink() {
  const got = new Map<string, Buffer>();
  return {
    got,
    async attachmentSink(att: BundleAttachment, bytes: Readable) {
      const chunks: Buffer[] = [];
      for await (const chunk of bytes as AsyncIterable<Buffer>) chunks.push(chunk);
      got.set(att.sha256, Buffer.concat(chunks));
    },
  };
}

describe('writeBundle and readBundle', () => {
  it('round-trips records, deduplicated attachments, the audit excerpt and summaries, signed by the sender', async () => {
    const shared = Buffer.from(randomBytes(200_000));
    const other = Buffer.from(randomBytes(70_000));
    const owner = '0192a000-0000-7000-8000-000000000009';
    const input = makeInput(alice, {
      records: 4,
      attachments: [makeAttachment(owner, alice.sender.vaultId, shared), makeAttachment(owner, alice.sender.vaultId, shared, 'copy.m4a'), makeAttachment(owner, alice.sender.vaultId, other), makeAttachment(owner, alice.sender.vaultId, Buffer.alloc(0), 'empty')],
    });
    const out = join(folder, 'round-trip.ckb');
    const progress: Array<[number, number]> = [];
    const written = await writeBundle(out, input, { recipients: [bob.box.publicKey], signingSecretKey: alice.sign.secretKey, onProgress: (done, total) => progress.push([done, total]) });

    expect(written.bytes).toBe((await readFile(out)).length);
    expect(progress.at(-1)![0]).toBe(progress.at(-1)![1]);
    expect(progress.every(([done], i) => i === 0 || done >= progress[i - 1]![0])).toBe(true);
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const sink = collectingSink();
    const readProgress: number[] = [];
    const bundle = await readBundle(out, { identities: [bob.box.secretKey], attachmentSink: sink.attachmentSink, onProgress: (done) => readProgress.push(done) });
    expect(readProgress.at(-1)).toBe(written.bytes);
    expect(bundle.manifestSha256).toBe(written.manifestSha256);
    expect(bundle.manifest.bundleId).toBe(written.bundleId);
    expect(Buffer.from(bundle.signingKey)).toEqual(Buffer.from(alice.sign.publicKey));
    expect(bundle.manifest.sender).toEqual(alice.sender);
    expect(bundle.manifest.recipients).toEqual([bob.sender.recipient]);
    expect(bundle.records).toEqual(input.records);
    expect(bundle.attachments).toHaveLength(4);
    expect(bundle.audit).toEqual(input.audit);
    expect(bundle.summaries).toEqual([{ caseId: input.caseId, html: input.summaries[0]!.html }]);
    // One entry per hash: the copy travels once.
    expect(sink.got.size).toBe(3);
    expect(sink.got.get(sha256Hex(shared))).toEqual(shared);
    expect(sink.got.get(sha256Hex(other))).toEqual(other);
    expect(bundle.manifest.entries.filter((e) => e.path.startsWith('attachments/'))).toHaveLength(3);
  });

  it('opens with a passphrase instead of a key', async () => {
    const out = join(folder, 'passphrase.ckb');
    await writeBundle(out, makeInput(alice), { recipients: [], passphrase: 'correct horse battery staple', signingSecretKey: alice.sign.secretKey });
    const bundle = await readBundle(Readable.from([await readFile(out)]), { identities: [], passphrase: 'correct horse battery staple', attachmentSink: collectingSink().attachmentSink });
    expect(bundle.records).toHaveLength(3);
  });

  it('refuses a reader who is not a recipient, calling no sink', async () => {
    const out = join(folder, 'not-for-us.ckb');
    await writeBundle(out, makeInput(alice), { recipients: [bob.box.publicKey], signingSecretKey: alice.sign.secretKey });
    const sink = collectingSink();
    await expect(readBundle(out, { identities: [alice.box.secretKey], attachmentSink: sink.attachmentSink })).rejects.toMatchObject({ code: 'BUNDLE_NOT_FOR_US' });
    expect(sink.got.size).toBe(0);
  });

  it('leaves no file and no temporary file when an attachment does not match its hash or an attachment cannot be read', async () => {
    const input = makeInput(alice);
    const out = join(folder, 'failed.ckb');
    const bad = { ...input, attachments: input.attachments.map((a) => ({ ...a, open: async () => Readable.from([Buffer.from(randomBytes(a.size))]) })) };
    await expect(writeBundle(out, bad, { recipients: [bob.box.publicKey], signingSecretKey: alice.sign.secretKey })).rejects.toMatchObject({ code: 'VAULT_CORRUPT' });
    const broken = {
      ...input,
      attachments: input.attachments.map((a) => ({
        ...a,
        open: async () =>
          new Readable({
            read() {
              this.destroy(new Error('disk gone'));
            },
          }),
      })),
    };
    await expect(writeBundle(out, broken, { recipients: [bob.box.publicKey], signingSecretKey: alice.sign.secretKey })).rejects.toThrow('disk gone');
    const names = await readdir(folder);
    expect(names.filter((name) => name.startsWith('failed') || name.startsWith('.failed'))).toEqual([]);
  });

  it('keeps an existing file when a new bundle to the same name fails', async () => {
    const out = join(folder, 'kept.ckb');
    await writeFile(out, 'old bundle');
    const input = makeInput(alice);
    const bad = { ...input, attachments: input.attachments.map((a) => ({ ...a, size: a.size + 1 })) };
    await expect(writeBundle(out, bad, { recipients: [bob.box.publicKey], signingSecretKey: alice.sign.secretKey })).rejects.toMatchObject({ code: 'VAULT_CORRUPT' });
    expect(await readFile(out, 'utf8')).toBe('old bundle');
  });

  it('streams 256 MiB of attachments through writer and reader with memory far below their size', async () => {
    const size = 128 * 1024 * 1024;
    const block = Buffer.from(randomBytes(60_000));
    const chunks = function* () {
      for (let sent = 0; sent < size; sent += block.length) yield block.subarray(0, Math.min(block.length, size - sent));
    };
    const hash = createSha256();
    for (const chunk of chunks()) hash.update(chunk);
    const sha256 = hash.digestHex();
    const owner = '0192a000-0000-7000-8000-000000000009';
    const files = [0, 1].map((i) => {
      const description = { ...makeAttachment(owner, alice.sender.vaultId, Buffer.alloc(0), `big-${i}`).description, size, sha256 };
      return { ...description, open: async () => Readable.from(chunks()) };
    });
    // The same bytes twice would travel once: make the second one different.
    const second = createSha256();
    for (const chunk of chunks()) second.update(Buffer.from(chunk.map((b) => b ^ 0xff)));
    files[1] = { ...files[1]!, sha256: second.digestHex(), open: async () => Readable.from((function* () { for (const chunk of chunks()) yield Buffer.from(chunk.map((b) => b ^ 0xff)); })()) };
    const input = { ...makeInput(alice), attachments: files };
    const out = join(folder, 'big.ckb');
    const before = process.memoryUsage().rss;
    let peak = 0;
    const sample = () => (peak = Math.max(peak, process.memoryUsage().rss - before));
    await writeBundle(out, input, { recipients: [bob.box.publicKey], signingSecretKey: alice.sign.secretKey, onProgress: sample });
    let received = 0;
    await readBundle(out, {
      identities: [bob.box.secretKey],
      async attachmentSink(_att, bytes) {
        for await (const chunk of bytes as AsyncIterable<Buffer>) {
          received += chunk.length;
          sample();
        }
      },
    });
    expect(received).toBe(2 * size);
    // Half of the whole leaves room for garbage not yet collected; a writer or reader that held the files would pass it.
    expect(peak).toBeLessThan(size);
    await rm(out);
  }, 300_000);

  it('refuses to sign as a sender whose key it does not hold', async () => {
    await expect(writeBundle(join(folder, 'x.ckb'), makeInput(alice), { recipients: [bob.box.publicKey], signingSecretKey: bob.sign.secretKey })).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
