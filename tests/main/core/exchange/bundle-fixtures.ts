import { Readable } from 'node:stream';
import * as tar from 'tar-stream';
import { v7 as uuidv7 } from 'uuid';
import { encrypt, x25519Recipient } from '../../../../src/main/core/crypto/age';
import { sha256Hex } from '../../../../src/main/core/crypto/hash';
import { randomBytes } from '../../../../src/main/core/crypto/random';
import { generateSigningKeyPair, generateX25519KeyPair, signDetached, type KeyPair } from '../../../../src/main/core/crypto/signing';
import type { BundleAttachment, BundleRecord, BundleSender } from '../../../../src/main/core/exchange/bundle-types';
import type { BundleAudit, BundleAuditEntry, BundleInput, BundleManifest } from '../../../../src/main/core/exchange/bundle';
import { checksumsText } from '../../../../src/main/core/exchange/bundle/manifest-checks';
import { fingerprint } from '../../../../src/main/core/exchange/fingerprint';
import { canonicalJson } from '../../../../src/main/core/store/canonical-json';
import { entryHash, GENESIS_HASH } from '../../../../src/main/core/store/audit-log';

export interface Party {
  box: KeyPair;
  sign: KeyPair;
  sender: BundleSender;
}

export async function makeParty(name: string): Promise<Party> {
  const box = await generateX25519KeyPair();
  const sign = await generateSigningKeyPair();
  const sender: BundleSender = {
    vaultId: uuidv7(),
    name,
    recipient: x25519Recipient(box.publicKey),
    signingKey: Buffer.from(sign.publicKey).toString('base64').replace(/=+$/, ''),
    fingerprint: fingerprint(box.publicKey, sign.publicKey),
  };
  return { box, sign, sender };
}

const NOW = '2026-12-03T12:00:00.000Z';

export function makeRecord(caseId: string, origin: string, text: string): BundleRecord {
  return {
    id: uuidv7(),
    kind: 'testimony',
    data: { caseIds: [caseId], transcript: text, language: 'kk' },
    caseIds: [caseId],
    createdAt: NOW,
    updatedAt: NOW,
    origin,
    deletedAt: null,
    redacted: ['data.interviewer'],
    version: sha256Hex(text),
    ancestors: [],
  };
}

/** A valid excerpt: entries 1..n of a chain, keeping only `keep` of them. */
export function makeAudit(records: BundleRecord[], extra = 3): BundleAudit {
  const all: BundleAuditEntry[] = [];
  let prev = GENESIS_HASH;
  const events = [...records.map((r) => ({ id: r.id, kind: r.kind })), ...Array.from({ length: extra }, () => ({ id: uuidv7(), kind: 'case' }))];
  events.forEach((event, index) => {
    const changes = [{ field: 'transcript', hash: sha256Hex(`v${index}`) }];
    const row = { at: NOW, actor: 'field-worker', action: 'record.create', record_kind: event.kind, record_id: event.id, changes: canonicalJson(changes) };
    const hash = entryHash(prev, row);
    all.push({ seq: index + 1, at: NOW, actor: row.actor, action: row.action, recordKind: event.kind, recordId: event.id, changes, prevHash: prev, hash });
    prev = hash;
  });
  const ids = new Set(records.map((r) => r.id));
  return { head: { entries: all.length, hash: prev }, entries: all.filter((e) => e.recordId !== null && ids.has(e.recordId)) };
}

export interface AttachmentBytes {
  description: BundleAttachment;
  bytes: Buffer;
}

export function makeAttachment(ownerId: string, origin: string, bytes: Buffer, name = 'recording.m4a'): AttachmentBytes {
  return {
    bytes,
    description: { id: uuidv7(), ownerId, name, mime: 'audio/mp4', size: bytes.length, sha256: sha256Hex(bytes), createdAt: NOW, origin },
  };
}

export function makeInput(sender: Party, o: { records?: number; attachments?: AttachmentBytes[] } = {}): BundleInput & { caseId: string } {
  const caseId = uuidv7();
  const records = Array.from({ length: o.records ?? 3 }, (_, i) => makeRecord(caseId, sender.sender.vaultId, `Показание ${i} — شاهد ${i}`));
  const attachments = (o.attachments ?? [makeAttachment(records[0]!.id, sender.sender.vaultId, Buffer.from(randomBytes(100_000)))]).map((a) => ({
    ...a.description,
    open: async () => Readable.from([a.bytes]),
  }));
  return {
    caseId,
    sender: sender.sender,
    profile: 'default',
    sequence: 1,
    previous: null,
    createdAt: NOW,
    records,
    attachments,
    audit: makeAudit(records),
    summaries: [{ caseId, title: 'Дело № 1', html: '<!doctype html><meta charset="utf-8"><title>Дело</title><p>Показания</p>' }],
  };
}

/** One entry of a hand-made archive: a file by default, or any header tar-stream can write. */
export interface CraftedEntry {
  header: Partial<tar.Header> & { name: string };
  body?: Buffer;
}

/** A tar built entry by entry with tar-stream, for archives our writer would never make. */
export async function craftTar(entries: CraftedEntry[], trailing?: Buffer): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const collected = (async () => {
    for await (const chunk of pack as AsyncIterable<Buffer>) chunks.push(chunk);
  })();
  for (const entry of entries) {
    await new Promise<void>((resolve, reject) => {
      pack.entry({ mtime: new Date(NOW), mode: 0o644, ...entry.header }, entry.body ?? Buffer.alloc(0), (error) => (error ? reject(error) : resolve()));
    });
  }
  pack.finalize();
  await collected;
  return Buffer.concat(trailing ? [...chunks, trailing] : chunks);
}

export interface CraftedBundle {
  manifest: BundleManifest;
  files: Map<string, Buffer>;
}

/**
 * The parts of a valid bundle, as plain values a test can change before craftBundle signs and
 * packs them: how a hostile signer (a partner gone bad) would make one.
 */
export function bundleParts(party: Party, recipient: Uint8Array): CraftedBundle {
  const caseId = uuidv7();
  const record = makeRecord(caseId, party.sender.vaultId, 'text');
  const attachment = makeAttachment(record.id, party.sender.vaultId, Buffer.from('attachment bytes'));
  const files = new Map<string, Buffer>([
    ['README.txt', Buffer.from('read me\n')],
    [`records/${record.id}.json`, Buffer.from(canonicalJson(record))],
    ['audit.json', Buffer.from(canonicalJson(makeAudit([record])))],
    [`summary/${caseId}.html`, Buffer.from('<p>summary</p>')],
    [`attachments/${attachment.description.sha256}`, attachment.bytes],
  ]);
  const audit = JSON.parse(files.get('audit.json')!.toString()) as BundleAudit;
  const manifest: BundleManifest = {
    format: 'casekeep-bundle',
    version: 1,
    bundleId: uuidv7(),
    createdAt: NOW,
    sender: party.sender,
    recipients: [x25519Recipient(recipient)],
    profile: 'default',
    sequence: 1,
    previous: null,
    audit: audit.head,
    attachments: [attachment.description],
    entries: [],
  };
  return { manifest, files };
}

/** Lists every file in the manifest (and SHA256SUMS), signs, packs and encrypts to `recipient`. */
export async function craftBundle(
  party: Party,
  recipient: Uint8Array,
  parts: CraftedBundle,
  o: { edit?(entries: CraftedEntry[]): CraftedEntry[]; manifestBytes?(bytes: Buffer): Buffer; list?: boolean; trailing?: Buffer } = {},
): Promise<Buffer> {
  const manifest = { ...parts.manifest };
  if (o.list !== false) {
    const entries = [...parts.files].map(([path, body]) => ({ path, size: body.length, sha256: sha256Hex(body) }));
    const sums = Buffer.from(checksumsText(entries));
    parts.files.set('SHA256SUMS', sums);
    manifest.entries = [...entries, { path: 'SHA256SUMS', size: sums.length, sha256: sha256Hex(sums) }];
  }
  let manifestBytes: Buffer = Buffer.from(canonicalJson(manifest));
  if (o.manifestBytes) manifestBytes = o.manifestBytes(manifestBytes);
  const signature = Buffer.from(await signDetached(manifestBytes, party.sign.secretKey));
  let entries: CraftedEntry[] = [
    { header: { name: 'manifest.json' }, body: manifestBytes },
    { header: { name: 'manifest.sig' }, body: signature },
    ...[...parts.files].map(([name, body]) => ({ header: { name }, body })),
  ];
  if (o.edit) entries = o.edit(entries);
  return encryptTar(await craftTar(entries, o.trailing), recipient);
}

export async function encryptTar(bytes: Buffer, recipient: Uint8Array): Promise<Buffer> {
  return Buffer.from(await encrypt(bytes, { recipients: [recipient] }));
}
