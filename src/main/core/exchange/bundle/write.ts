import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable, Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar-stream';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { AppError } from '../../../../shared/errors';
import { createEncryptStream, x25519Recipient } from '../../crypto/age';
import { createSha256, sha256Hex } from '../../crypto/hash';
import { randomHex } from '../../crypto/random';
import { signDetached } from '../../crypto/signing';
import { syncFolder } from '../../fs/atomic-write';
import { canonicalJson } from '../../store/canonical-json';
import {
  attachmentPath,
  AUDIT_PATH,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  CHECKSUMS_PATH,
  MANIFEST_PATH,
  README_PATH,
  recordPath,
  SIGNATURE_PATH,
  summaryPath,
  tarBytes,
} from './format';
import { readmeText } from './readme';
import { auditSchema, manifestSchema, recordSchema, summarySchema } from './schema';
import type { BundleAttachmentSource, BundleInput, BundleManifest, BundleManifestEntry, WriteBundleOptions, WrittenBundle } from './types';

const encoder = new TextEncoder();

type EntryHeader = Partial<tar.Header> & { name: string };

interface TextEntry {
  path: string;
  bytes: Uint8Array;
}

/** The writer checks its own output against the reader's schemas, so what it writes is always readable. */
function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('INTERNAL', `The bundle's ${what} is not valid at ${issue?.path.join('.') || '(top)'}: ${issue?.message ?? 'unknown'}.`);
  }
  return parsed.data;
}

function textEntry(path: string, text: string): TextEntry {
  return { path, bytes: encoder.encode(text) };
}

function describe(entry: TextEntry): BundleManifestEntry {
  return { path: entry.path, size: entry.bytes.length, sha256: sha256Hex(entry.bytes) };
}

/** One tar entry per distinct hash (dedup); descriptions that share a hash must agree on the size. */
function distinctAttachments(attachments: BundleAttachmentSource[]): BundleAttachmentSource[] {
  const byHash = new Map<string, BundleAttachmentSource>();
  for (const att of attachments) {
    const seen = byHash.get(att.sha256);
    if (seen && seen.size !== att.size) throw new AppError('INTERNAL', `Two attachments with hash ${att.sha256} differ in size.`);
    if (!seen) byHash.set(att.sha256, att);
  }
  return [...byHash.values()];
}

function signingPublicKey(secretKey: Uint8Array): Uint8Array {
  if (!(secretKey instanceof Uint8Array) || secretKey.length !== 64) throw new AppError('INTERNAL', 'An Ed25519 secret key must be exactly 64 bytes.');
  // libsodium's secret key is seed ‖ public key.
  return secretKey.subarray(32);
}

interface Plan {
  manifest: BundleManifest;
  manifestBytes: Uint8Array;
  texts: TextEntry[];
  attachments: BundleAttachmentSource[];
}

/** Everything but the attachments' bytes, in tar order (docs/export-format.md "Order"). */
function plan(input: BundleInput, o: WriteBundleOptions): Plan {
  const signingKey = signingPublicKey(o.signingSecretKey);
  if (Buffer.from(signingKey).toString('base64').replace(/=+$/, '') !== input.sender.signingKey) {
    throw new AppError('INTERNAL', 'The signing key does not belong to the sender the bundle names.');
  }
  const bundleId = uuidv7();
  const attachments = distinctAttachments(input.attachments);
  const records = input.records.map((record) => textEntry(recordPath(record.id), canonicalJson(checked(recordSchema, record, `record ${record.id}`))));
  if (new Set(records.map((r) => r.path)).size !== records.length) throw new AppError('INTERNAL', 'A record is in the bundle twice.');
  const summaries = input.summaries.map((s) => textEntry(summaryPath(s.caseId), checked(summarySchema, s, `summary of ${s.caseId}`).html));
  if (new Set(summaries.map((s) => s.path)).size !== summaries.length) throw new AppError('INTERNAL', 'A case has two summaries.');
  const audit = textEntry(AUDIT_PATH, canonicalJson(checked(auditSchema, input.audit, 'audit excerpt')));
  const readme = textEntry(
    README_PATH,
    readmeText({
      sender: input.sender,
      signingKey,
      bundleId,
      createdAt: input.createdAt,
      profile: input.profile,
      records: records.length,
      attachments: input.attachments.length,
      summaries: input.summaries.map(({ caseId, title }) => ({ caseId, title })),
    }),
  );
  const listed = [readme, ...records, audit, ...summaries].map(describe);
  const attachmentEntries = attachments.map((a) => ({ path: attachmentPath(a.sha256), size: a.size, sha256: a.sha256 }));
  const checksums = textEntry(CHECKSUMS_PATH, [...listed, ...attachmentEntries].map((e) => `${e.sha256}  ${e.path}\n`).join(''));
  const texts = [readme, checksums, ...records, audit, ...summaries];
  const manifest = checked(
    manifestSchema,
    {
      format: BUNDLE_FORMAT,
      version: BUNDLE_FORMAT_VERSION,
      bundleId,
      createdAt: input.createdAt,
      sender: input.sender,
      recipients: o.recipients.map(x25519Recipient),
      profile: input.profile,
      sequence: input.sequence,
      previous: input.previous,
      audit: input.audit.head,
      attachments: input.attachments.map(({ id, ownerId, name, mime, size, sha256, createdAt, origin }) => ({ id, ownerId, name, mime, size, sha256, createdAt, origin })),
      entries: [listed[0]!, describe(checksums), ...listed.slice(1), ...attachmentEntries],
    },
    'manifest',
  );
  return { manifest, manifestBytes: encoder.encode(canonicalJson(manifest)), texts, attachments };
}

/** Counts the archive's bytes as they pass, for progress and to check the planned size. */
function counter(onBytes: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      onBytes(chunk.length);
      callback(null, chunk);
    },
  });
}

/** Writes to the open temporary file; the handle stays open for the fsync that follows. */
function fileSink(handle: FileHandle, onBytes: (n: number) => void): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      (async () => {
        // A write may take less than the whole chunk; go on until all of it is in the file.
        for (let offset = 0; offset < chunk.length; ) offset += (await handle.write(chunk, offset)).bytesWritten;
        onBytes(chunk.length);
      })().then(() => callback(), callback);
    },
  });
}

function addBuffer(pack: tar.Pack, header: EntryHeader, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    pack.entry(header, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), (error) => (error ? reject(error) : resolve()));
  });
}

/** Streams one attachment into the tar, checking that its bytes are the ones its hash names. */
async function addAttachment(pack: tar.Pack, header: EntryHeader, att: BundleAttachmentSource): Promise<void> {
  let settle!: (error?: Error | null) => void;
  const finished = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
  // Awaited below on success; on failure the pack's own error is the one reported.
  finished.catch(() => undefined);
  const entry = pack.entry(header, (error) => settle(error));
  // Its failures reach `finished` and the pack; unheard, streamx would throw them at the process.
  entry.on('error', () => undefined);
  const hash = createSha256();
  let size = 0;
  const source = await att.open();
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > att.size) break;
      hash.update(chunk);
      if (!entry.write(chunk)) await new Promise<void>((resolve) => entry.once('drain', resolve));
    }
  } finally {
    source.destroy();
  }
  if (size !== att.size || hash.digestHex() !== att.sha256) {
    const error = new AppError('VAULT_CORRUPT', `The stored file ${att.id} does not match its recorded size and hash; no bundle was written.`);
    entry.destroy(error);
    throw error;
  }
  entry.end(null);
  await finished;
}

/**
 * Writes a bundle: a tar of the planned entries, age-encrypted, to a temporary name beside `out`,
 * flushed and renamed (docs/security.md S19). Memory holds the records and one attachment chunk
 * at a time, never the attachments. Any failure removes the temporary file.
 */
export async function writeBundle(out: string, input: BundleInput, o: WriteBundleOptions): Promise<WrittenBundle> {
  const { manifest, manifestBytes, texts, attachments } = plan(input, o);
  const signature = await signDetached(manifestBytes, o.signingSecretKey);
  const total = tarBytes([manifestBytes.length, signature.length, ...manifest.entries.map((e) => e.size)]);
  const mtime = new Date(input.createdAt);
  const header = (name: string, size: number): EntryHeader => ({ name, size, mode: 0o644, mtime, type: 'file', uid: 0, gid: 0, uname: '', gname: '' });

  const encrypt = await createEncryptStream({ recipients: o.recipients, ...(o.passphrase !== undefined ? { passphrase: o.passphrase } : {}) });
  const temp = join(dirname(out), `.${basename(out)}.${randomHex(6)}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  let renamed = false;
  try {
    const pack = tar.pack();
    let done = 0;
    let bytes = 0;
    const written = pipeline(
      // tar-stream's streams are streamx streams; Node's pipeline tracks their end only through a Node Readable.
      Readable.from(pack as AsyncIterable<Buffer>, { objectMode: false }),
      counter((n) => {
        done += n;
        o.onProgress?.(done, total);
      }),
      encrypt,
      fileSink(handle, (n) => (bytes += n)),
    );
    const produced = (async () => {
      await addBuffer(pack, header(MANIFEST_PATH, manifestBytes.length), manifestBytes);
      await addBuffer(pack, header(SIGNATURE_PATH, signature.length), signature);
      for (const entry of texts) await addBuffer(pack, header(entry.path, entry.bytes.length), entry.bytes);
      for (const att of attachments) await addAttachment(pack, header(attachmentPath(att.sha256), att.size), att);
      pack.finalize();
    })().catch((error: unknown) => {
      pack.destroy(error as Error);
      throw error;
    });
    const [producing, writing] = await Promise.allSettled([produced, written]);
    if (producing.status === 'rejected') throw producing.reason;
    if (writing.status === 'rejected') throw writing.reason;
    if (done !== total) throw new AppError('INTERNAL', `The archive came out at ${done} bytes, not the planned ${total}.`);
    await handle.sync();
    await handle.close();
    await rename(temp, out);
    renamed = true;
    await syncFolder(dirname(out));
    return { bytes, manifestSha256: sha256Hex(manifestBytes), bundleId: manifest.bundleId };
  } finally {
    await handle.close().catch(() => undefined);
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}
