import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { PassThrough, Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar-stream';
import { AppError } from '../../../../shared/errors';
import { createDecryptStream } from '../../crypto/age';
import { createSha256, sha256Hex } from '../../crypto/hash';
import type { BundleAttachment, BundleRecord } from '../bundle-types';
import { parseAudit, parseRecord, utf8 } from './content-checks';
import { checkEntryPath, checkEntryType } from './entry-checks';
import {
  AUDIT_PATH,
  bundleInvalid,
  MANIFEST_PATH,
  MAX_BUNDLE_BYTES,
  MAX_MANIFEST_BYTES,
  SIGNATURE_BYTES,
  SIGNATURE_PATH,
  TAR_BLOCK,
  tarEntryBytes,
} from './format';
import { checkManifest, checkSignature, parseManifest } from './manifest-checks';
import type { BundleAudit, BundleManifest, BundleManifestEntry, ReadBundleOptions, VerifiedBundle } from './types';

/** Reads an entry whose size is already known to be within bounds. */
async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

interface Verified {
  manifest: BundleManifest;
  manifestBytes: Uint8Array;
  signingKey: Uint8Array;
  entries: Map<string, BundleManifestEntry>;
  firstDescription: Map<string, BundleAttachment>;
  /** The exact size of the archive the manifest implies. */
  total: number;
}

/**
 * Checks the archive entry by entry as it streams (docs/export-format.md "Reading"). Nothing it
 * gathers is handed out before `finish` has seen every entry the manifest lists and no other.
 */
class BundleChecker {
  private index = 0;
  /** Where the next entry's header must start: an extended (pax, GNU long name) header would move it. */
  private offset = 0;
  private verified: Verified | undefined;
  private manifestBytes: Uint8Array | undefined;
  private readonly seen = new Set<string>([MANIFEST_PATH, SIGNATURE_PATH]);
  readonly records: BundleRecord[] = [];
  readonly summaries: Array<{ caseId: string; html: string }> = [];
  audit: BundleAudit | undefined;
  private readonly files = new Map<string, Uint8Array>();
  /** Errors this checker (or the caller's sink) raised: reported as they are. */
  readonly raised = new Set<unknown>();
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly o: ReadBundleOptions,
    private readonly maxBytes: number,
  ) {}

  /** How many plaintext bytes the archive may still have: the cap until the manifest says exactly. */
  get allowed(): number {
    return this.verified?.total ?? this.maxBytes;
  }

  get manifestKnown(): boolean {
    return this.verified !== undefined;
  }

  onEntry(header: tar.Header & { byteOffset?: number }, stream: Readable): Promise<void> {
    const run = this.entry(header, stream).catch((error: unknown) => {
      this.raised.add(error);
      throw error;
    });
    this.running = run.catch(() => undefined);
    return run;
  }

  /** Resolves once no entry (and no sink) is still at work, so a rejection leaves nothing running. */
  idle(): Promise<void> {
    return this.running;
  }

  private async entry(header: tar.Header & { byteOffset?: number }, stream: Readable): Promise<void> {
    const index = this.index++;
    checkEntryType(header);
    checkEntryPath(header.name);
    if (header.pax || header.byteOffset !== this.offset + TAR_BLOCK) {
      throw bundleInvalid('entry-type', 'the archive uses extended (pax or GNU) headers, which bundles never have.', { entry: header.name });
    }
    const size = header.size ?? 0;
    this.offset += tarEntryBytes(size);

    if (index === 0) {
      if (header.name !== MANIFEST_PATH) throw bundleInvalid('manifest-position', `the first entry is ${header.name}, not ${MANIFEST_PATH}.`);
      if (size > MAX_MANIFEST_BYTES) throw bundleInvalid('manifest-size', 'the manifest is larger than a manifest may be.');
      this.manifestBytes = await readAll(stream);
      this.keep(MANIFEST_PATH, this.manifestBytes);
      return;
    }
    if (index === 1) {
      if (header.name !== SIGNATURE_PATH) throw bundleInvalid('manifest-position', `the second entry is ${header.name}, not ${SIGNATURE_PATH}.`);
      if (size !== SIGNATURE_BYTES) throw bundleInvalid('signature', `${SIGNATURE_PATH} is not ${SIGNATURE_BYTES} bytes.`);
      const signature = await readAll(stream);
      this.verify(this.manifestBytes!, signature);
      this.keep(SIGNATURE_PATH, signature);
      return;
    }

    const v = this.verified!;
    if (this.seen.has(header.name)) throw bundleInvalid('entry-duplicate', `${header.name} is in the archive twice.`, { entry: header.name });
    const expected = v.entries.get(header.name);
    if (!expected) throw bundleInvalid('entry-unknown', `${header.name} is not in the manifest.`, { entry: header.name });
    if (size !== expected.size) throw bundleInvalid('entry-size', `${header.name} is ${size} bytes, the manifest says ${expected.size}.`, { entry: header.name });
    this.seen.add(header.name);

    if (header.name.startsWith('attachments/')) {
      await this.sink(v.firstDescription.get(expected.sha256)!, expected, stream);
      return;
    }
    const bytes = await readAll(stream);
    if (sha256Hex(bytes) !== expected.sha256) throw bundleInvalid('entry-hash', `${header.name} does not match its hash in the manifest.`, { entry: header.name });
    if (header.name.startsWith('records/')) this.records.push(parseRecord(bytes, header.name));
    else if (header.name.startsWith('summary/')) this.summaries.push({ caseId: header.name.slice('summary/'.length, -'.html'.length), html: utf8(bytes, 'summary', header.name) });
    else if (header.name === AUDIT_PATH) this.audit = parseAudit(bytes, v.manifest.audit);
    // README.txt and SHA256SUMS are for people; their hashes are all that matters here.
    this.keep(header.name, bytes);
  }

  private keep(path: string, bytes: Uint8Array): void {
    if (this.o.keepFiles) this.files.set(path, bytes);
  }

  private verify(manifestBytes: Uint8Array, signature: Uint8Array): void {
    const manifest = parseManifest(manifestBytes);
    const signingKey = checkSignature(manifest, manifestBytes, signature);
    const total = checkManifest(manifest, this.maxBytes, manifestBytes.length);
    const firstDescription = new Map<string, BundleAttachment>();
    for (const att of manifest.attachments) if (!firstDescription.has(att.sha256)) firstDescription.set(att.sha256, att);
    this.verified = { manifest, manifestBytes, signingKey, entries: new Map(manifest.entries.map((e) => [e.path, e])), firstDescription, total };
  }

  /**
   * Hands an attachment's bytes to the caller's sink while hashing them; a sink that stops
   * reading early still has the rest hashed, so the check never depends on the sink.
   */
  private async sink(att: BundleAttachment, expected: BundleManifestEntry, stream: Readable): Promise<void> {
    const hash = createSha256();
    const bytes = new PassThrough();
    let sinkDone = false;
    const sinking = this.o.attachmentSink(att, bytes).then(() => {
      sinkDone = true;
      bytes.resume();
    });
    const pumping = (async () => {
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          hash.update(chunk);
          if (!sinkDone && !bytes.write(chunk)) await new Promise<void>((resolve) => bytes.once('drain', resolve));
        }
      } catch (error) {
        bytes.destroy(error as Error);
        throw error;
      }
      if (hash.digestHex() !== expected.sha256) {
        const error = bundleInvalid('entry-hash', `${expected.path} does not match its hash in the manifest.`, { entry: expected.path });
        bytes.destroy(error);
        throw error;
      }
      bytes.end();
    })();
    const [pumped, sunk] = await Promise.allSettled([pumping, sinking]);
    if (pumped.status === 'rejected') throw pumped.reason;
    if (sunk.status === 'rejected') throw sunk.reason;
  }

  finish(): VerifiedBundle {
    const v = this.verified;
    if (!v) throw bundleInvalid('manifest-position', 'the archive holds no signed manifest.');
    for (const path of v.entries.keys()) {
      if (!this.seen.has(path)) throw bundleInvalid('entry-missing', `${path} is in the manifest but not in the archive.`, { entry: path });
    }
    return {
      manifest: v.manifest,
      manifestSha256: sha256Hex(v.manifestBytes),
      signingKey: v.signingKey,
      records: this.records,
      attachments: v.manifest.attachments,
      audit: this.audit!,
      summaries: this.summaries,
      ...(this.o.keepFiles ? { files: this.files } : {}),
    };
  }
}

function counter(onBytes: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        onBytes(chunk.length);
      } catch (error) {
        callback(error as Error);
        return;
      }
      callback(null, chunk);
    },
  });
}

/**
 * Decrypts and checks a bundle; resolves only when every entry, hash, size and the signature
 * checked out (docs/security.md S21, S24). Rejects with BUNDLE_NOT_FOR_US, BUNDLE_TOO_NEW or
 * BUNDLE_INVALID (`details.reason`), or with the sink's own error; by then no sink is running.
 */
export async function readBundle(input: Readable | string, o: ReadBundleOptions): Promise<VerifiedBundle> {
  const maxBytes = Math.min(o.maxBytes ?? MAX_BUNDLE_BYTES, MAX_BUNDLE_BYTES);
  const total =
    typeof input === 'string'
      ? await stat(input).then(
          (info) => info.size,
          () => {
            throw new AppError('IO_FAILED', 'The bundle file cannot be read.');
          },
        )
      : 0;
  const source = typeof input === 'string' ? createReadStream(input) : input;
  const checker = new BundleChecker(o, maxBytes);
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    checker.onEntry(header, stream as unknown as Readable).then(
      () => next(),
      (error: unknown) => next(error as Error),
    );
  });
  let read = 0;
  let plain = 0;
  try {
    await pipeline(
      source,
      counter((n) => {
        read += n;
        o.onProgress?.(read, total);
      }),
      createDecryptStream({ identities: o.identities, ...(o.passphrase !== undefined ? { passphrase: o.passphrase } : {}) }),
      counter((n) => {
        plain += n;
        if (plain > checker.allowed) {
          throw checker.manifestKnown
            ? bundleInvalid('archive-end', 'the archive goes on after its last entry.')
            : bundleInvalid('too-large', `the archive is larger than the ${maxBytes} bytes allowed.`);
        }
      }),
      extract,
    );
  } catch (error) {
    await checker.idle();
    if (error instanceof AppError || checker.raised.has(error)) throw error;
    throw bundleInvalid('archive', 'it is not a readable tar archive.');
  }
  await checker.idle();
  const verified = checker.finish();
  if (plain !== checker.allowed) throw bundleInvalid('archive-end', 'the archive does not end where the manifest says.');
  return verified;
}
