import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { encrypt } from '../../../../src/main/core/crypto/age';
import { randomBytes } from '../../../../src/main/core/crypto/random';
import { readBundle, type BundleAttachment } from '../../../../src/main/core/exchange/bundle';
import { checkEntryPath } from '../../../../src/main/core/exchange/bundle/entry-checks';
import { canonicalJson } from '../../../../src/main/core/store/canonical-json';
import { bundleParts, craftBundle, craftTar, encryptTar, makeParty, type CraftedEntry, type Party } from './bundle-fixtures';

/*
 * docs/security.md S24: archives our writer never makes, signed by a sender who means harm (a
 * signature says who sent it, not that it is well formed), each refused with its own reason and
 * with no byte handed to the sink for an entry that was never listed.
 */
let alice: Party;
let bob: Party;

beforeAll(async () => {
  alice = await makeParty('Sender');
  bob = await makeParty('Receiver');
});

async function refusal(file: Buffer, o: { maxBytes?: number } = {}) {
  const sunk: string[] = [];
  const error = await readBundle(Readable.from([file]), {
    identities: [bob.box.secretKey],
    ...o,
    async attachmentSink(att: BundleAttachment, bytes: Readable) {
      sunk.push(att.sha256);
      for await (const chunk of bytes) void chunk;
    },
  }).then(
    () => undefined,
    (e: unknown) => e as { code: string; details?: { reason?: string } },
  );
  return { code: error?.code, reason: error?.details?.reason, sunk };
}

function edited(edit: (entries: CraftedEntry[]) => CraftedEntry[]) {
  return craftBundle(alice, bob.box.publicKey, bundleParts(alice, bob.box.publicKey), { edit });
}

const isAttachment = (e: CraftedEntry) => e.header.name.startsWith('attachments/');

describe('crafted bundles', () => {
  it('accepts the untouched crafted bundle, so each refusal below is the edit alone', async () => {
    const result = await refusal(await edited((entries) => entries));
    expect(result).toEqual({ code: undefined, reason: undefined, sunk: [expect.any(String)] });
  });

  it.each([
    ['../escape.json', 'entry-path'],
    ['records/../../etc/passwd', 'entry-path'],
    ['/etc/passwd', 'entry-path'],
    ['records\\evil.json', 'entry-path'],
    ['C:/Windows/evil', 'entry-path'],
    ['./README.txt', 'entry-path'],
    ['records//x.json', 'entry-path'],
  ])('refuses an entry named %s (%s)', async (name, reason) => {
    const result = await refusal(await edited((entries) => [...entries.slice(0, 3), { header: { name }, body: Buffer.from('{}') }, ...entries.slice(3)]));
    expect(result).toMatchObject({ code: 'BUNDLE_INVALID', reason, sunk: [] });
  });

  it('refuses a NUL or a control character in a name', () => {
    for (const name of ['records/a\0b.json', 'README.txt\n', 'a\u007fb']) {
      expect(() => checkEntryPath(name)).toThrow(expect.objectContaining({ details: expect.objectContaining({ reason: 'entry-path' }) }));
    }
  });

  it.each([
    ['symlink', { type: 'symlink', linkname: '/etc/passwd' }],
    ['hard link', { type: 'link', linkname: 'README.txt' }],
    ['folder', { type: 'directory' }],
    ['character device', { type: 'character-device', devmajor: 1, devminor: 3 }],
    ['FIFO', { type: 'fifo' }],
  ] as const)('refuses a %s, even under a listed name', async (_what, header) => {
    const result = await refusal(
      await edited((entries) => entries.map((e) => (e.header.name === 'README.txt' ? { header: { name: 'README.txt', ...header } } : e))),
    );
    expect(result).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'entry-type', sunk: [] });
  });

  it('refuses an extended (pax) header that renames an entry', async () => {
    const result = await refusal(
      await edited((entries) => entries.map((e) => (e.header.name === 'README.txt' ? { header: { name: 'README.txt', pax: { path: 'README.txt', comment: 'x' } }, body: e.body } : e))),
    );
    expect(result).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'entry-type' });
  });

  it('refuses an entry the manifest does not list, and calls no sink for it', async () => {
    const stranger = Buffer.from(randomBytes(1000));
    const name = `attachments/${'ab'.repeat(32)}`;
    const result = await refusal(await edited((entries) => [...entries.filter((e) => !isAttachment(e)), { header: { name }, body: stranger }, ...entries.filter(isAttachment)]));
    expect(result).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'entry-unknown', sunk: [] });
  });

  it('refuses a listed entry that is missing', async () => {
    const result = await refusal(await edited((entries) => entries.filter((e) => e.header.name !== 'audit.json')));
    expect(result).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'entry-missing' });
  });

  it('refuses a duplicate entry, and a second manifest', async () => {
    const readme = (entries: CraftedEntry[]) => entries.find((e) => e.header.name === 'README.txt')!;
    expect(await refusal(await edited((entries) => [...entries, readme(entries)]))).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'entry-duplicate' });
    expect(await refusal(await edited((entries) => [...entries, entries[0]!]))).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'entry-duplicate' });
  });

  it('refuses an entry larger than the manifest says, before the sink sees a byte', async () => {
    const result = await refusal(await edited((entries) => entries.map((e) => (isAttachment(e) ? { header: e.header, body: Buffer.concat([e.body!, Buffer.from('more')]) } : e))));
    expect(result).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'entry-size', sunk: [] });
  });

  it('refuses an attachment whose bytes are not the listed hash', async () => {
    const result = await refusal(await edited((entries) => entries.map((e) => (isAttachment(e) ? { header: e.header, body: Buffer.from(e.body!.map((b) => b ^ 1)) } : e))));
    expect(result).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'entry-hash' });
  });

  it('refuses a record whose bytes are not the listed hash, before any attachment reaches the sink', async () => {
    const result = await refusal(
      await edited((entries) => entries.map((e) => (e.header.name.startsWith('records/') ? { header: e.header, body: Buffer.from(e.body!.toString().replace('text', 'txet')) } : e))),
    );
    expect(result).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'entry-hash', sunk: [] });
  });

  it('refuses a zip-bomb-like manifest that promises more bytes than allowed, before reading on', async () => {
    const parts = bundleParts(alice, bob.box.publicKey);
    const [att] = parts.manifest.attachments;
    const huge = 300 * 1024 ** 4;
    parts.manifest.attachments = [{ ...att!, size: huge }];
    const file = await craftBundle(alice, bob.box.publicKey, parts, {
      manifestBytes: (bytes) => {
        const manifest = JSON.parse(bytes.toString()) as { entries: Array<{ path: string; size: number }> };
        for (const entry of manifest.entries) if (entry.path.startsWith('attachments/')) entry.size = huge;
        return Buffer.from(canonicalJson(manifest));
      },
    });
    expect(await refusal(file)).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'too-large', sunk: [] });
    // A lower bound the caller sets is kept too.
    expect(await refusal(await edited((entries) => entries), { maxBytes: 4096 })).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'too-large', sunk: [] });
  });

  it('refuses a plain archive of great size before the manifest without reading it all', async () => {
    const result = await refusal(await encryptTar(await craftTar([{ header: { name: 'manifest.json' }, body: Buffer.alloc(8192) }]), bob.box.publicKey), { maxBytes: 4096 });
    expect(result).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'too-large' });
  });

  it('refuses an archive that goes on after its last entry', async () => {
    const parts = bundleParts(alice, bob.box.publicKey);
    const result = await refusal(await craftBundle(alice, bob.box.publicKey, parts, { trailing: Buffer.alloc(1024) }));
    expect(result).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'archive-end' });
  });

  it('refuses a manifest that is not first, not signed, or signed by another key', async () => {
    expect(await refusal(await edited((entries) => [entries[2]!, ...entries.slice(0, 2), ...entries.slice(3)]))).toMatchObject({ reason: 'manifest-position' });
    expect(await refusal(await edited((entries) => [entries[0]!, ...entries.slice(2)]))).toMatchObject({ reason: 'manifest-position' });
    const badSig = await edited((entries) => [entries[0]!, { header: { name: 'manifest.sig' }, body: Buffer.from(entries[1]!.body!.map((b, i) => (i === 0 ? b ^ 1 : b))) }, ...entries.slice(2)]);
    expect(await refusal(badSig)).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'signature', sunk: [] });
    const otherSigner = await craftBundle(bob, bob.box.publicKey, bundleParts(alice, bob.box.publicKey));
    expect(await refusal(otherSigner)).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'signature', sunk: [] });
  });

  it('refuses a sender whose fingerprint is not the one of its keys', async () => {
    const parts = bundleParts(alice, bob.box.publicKey);
    parts.manifest.sender = { ...parts.manifest.sender, fingerprint: '00000 00000 00000 00000 00000 00000' };
    expect(await refusal(await craftBundle(alice, bob.box.publicKey, parts))).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'sender' });
  });

  it('refuses a manifest of a newer format version with BUNDLE_TOO_NEW, and of another format or shape as invalid', async () => {
    const version = (v: unknown) => (bytes: Buffer) => Buffer.from(canonicalJson({ ...(JSON.parse(bytes.toString()) as object), version: v }));
    const newer = await craftBundle(alice, bob.box.publicKey, bundleParts(alice, bob.box.publicKey), { manifestBytes: version(2) });
    expect(await refusal(newer)).toMatchObject({ code: 'BUNDLE_TOO_NEW', sunk: [] });
    const stranger = await craftBundle(alice, bob.box.publicKey, bundleParts(alice, bob.box.publicKey), { manifestBytes: (b) => Buffer.from(b.toString().replace('casekeep-bundle', 'other-format')) });
    expect(await refusal(stranger)).toMatchObject({ reason: 'manifest-format' });
    const extraField = await craftBundle(alice, bob.box.publicKey, bundleParts(alice, bob.box.publicKey), { manifestBytes: (b) => Buffer.from(canonicalJson({ ...(JSON.parse(b.toString()) as object), surprise: 1 })) });
    expect(await refusal(extraField)).toMatchObject({ reason: 'manifest-json' });
    const notJson = await craftBundle(alice, bob.box.publicKey, bundleParts(alice, bob.box.publicKey), { manifestBytes: () => Buffer.from('{not json') });
    expect(await refusal(notJson)).toMatchObject({ reason: 'manifest-json' });
  });

  it('refuses a record that is not a strict BundleRecord, or sits under another id', async () => {
    const parts = bundleParts(alice, bob.box.publicKey);
    const [path, body] = [...parts.files].find(([p]) => p.startsWith('records/'))!;
    parts.files.set(path, Buffer.from(canonicalJson({ ...(JSON.parse(body.toString()) as object), extra: true })));
    expect(await refusal(await craftBundle(alice, bob.box.publicKey, parts))).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'record', sunk: [] });
    const moved = bundleParts(alice, bob.box.publicKey);
    const [p2, b2] = [...moved.files].find(([p]) => p.startsWith('records/'))!;
    moved.files.delete(p2);
    moved.files.set('records/0192a000-0000-7000-8000-0000000000ff.json', b2);
    expect(await refusal(await craftBundle(alice, bob.box.publicKey, moved))).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'record' });
  });

  it('refuses an audit excerpt with an edited entry or another head than the signed one', async () => {
    const parts = bundleParts(alice, bob.box.publicKey);
    const audit = JSON.parse(parts.files.get('audit.json')!.toString()) as { entries: Array<{ actor: string }> };
    audit.entries[0]!.actor = 'someone else';
    parts.files.set('audit.json', Buffer.from(canonicalJson(audit)));
    expect(await refusal(await craftBundle(alice, bob.box.publicKey, parts))).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'audit' });
    const head = bundleParts(alice, bob.box.publicKey);
    head.manifest.audit = { ...head.manifest.audit, entries: head.manifest.audit.entries + 1 };
    expect(await refusal(await craftBundle(alice, bob.box.publicKey, head))).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'audit' });
  });

  it('refuses plain garbage, an age file of garbage, and an age file of an empty archive', async () => {
    const garbage = Buffer.from(randomBytes(5000));
    expect((await refusal(garbage)).code).toBe('BUNDLE_INVALID');
    expect(await refusal(Buffer.from(await encrypt(garbage, { recipients: [bob.box.publicKey] })))).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'archive' });
    expect(await refusal(Buffer.from(await encrypt(Buffer.alloc(0), { recipients: [bob.box.publicKey] })))).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'manifest-position' });
    expect(await refusal(Buffer.from(await encrypt(Buffer.alloc(1024), { recipients: [bob.box.publicKey] })))).toMatchObject({ code: 'BUNDLE_INVALID', reason: 'manifest-position' });
  });
});
