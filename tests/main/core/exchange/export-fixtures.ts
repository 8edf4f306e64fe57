import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll } from 'vitest';
import { createDecryptStream } from '../../../../src/main/core/crypto/age';
import { readBundle, type VerifiedBundle } from '../../../../src/main/core/exchange/bundle';
import { forgetOrgIdentitySecrets, loadOrgIdentitySecrets } from '../../../../src/main/core/exchange/identity';
import type { ProgressEvent } from '../../../../src/main/core/service/context';
import { CasekeepService } from '../../../../src/main/core/service/service';
import { tempFolder } from '../../../helpers/temp';

/*
 * Two real vaults for export tests: the sender, with a partner in its address book, and the
 * partner itself, whose key opens what the sender exports. Files go where the test says.
 */

/** The protected values, which must never appear in a partner's bundle. */
export const PROTECTED_NAME = 'Айгүл Қорғалған-Есім';
export const PROTECTED_PHONE = '+7 701 555 0199';
export const TRANSCRIPT_PHRASE = 'Әкемді 2018 жылы наурызда түнде алып кетті';
export const RISK_NOTE = 'Her brother is still held in Ghulja';
export const ID_NUMBER = 'KZ-N0987654';
export const VICTIM_NAME = 'Серік Әбілов';

export interface ExportVaults {
  sender: CasekeepService;
  partner: CasekeepService;
  partnerId: string;
  senderFolder: string;
  outFolder: string;
  progress: ProgressEvent[];
  /** Called with each progress event as it comes, inside the export. */
  hooks: { onProgress?: (event: ProgressEvent) => void };
  /** Where the next export goes; the save dialog's answer. */
  nextPath(name?: string): string;
  /** Set to null to answer as a cancelled save dialog. */
  answer: { path: string | null };
}

export async function exportVaults(): Promise<ExportVaults> {
  const senderFolder = await tempFolder('casekeep-export-sender-');
  const partnerFolder = await tempFolder('casekeep-export-partner-');
  const outFolder = await tempFolder('casekeep-export-out-');
  const progress: ProgressEvent[] = [];
  const answer: { path: string | null } = { path: null };
  const hooks: ExportVaults['hooks'] = {};
  let n = 0;
  const sender = new CasekeepService({
    folder: senderFolder,
    chooseSavePath: async () => (answer.path === null ? null : { path: answer.path, overwrite: false }),
    onProgress: (event) => {
      progress.push(event);
      hooks.onProgress?.(event);
    },
  });
  const partner = new CasekeepService({ folder: partnerFolder });
  await sender.call('vault.create', { passphrase: 'the sending organisation vault' });
  await partner.call('vault.create', { passphrase: 'the partner organisation vault' });
  afterAll(async () => {
    await sender.lock();
    await partner.lock();
  });
  await partner.call('identity.rename', { name: 'Partner Legal Aid' });
  const { card } = await partner.call('identity.cardText', {});
  const added = await sender.call('partners.add', { card });
  return {
    sender,
    partner,
    partnerId: added.id,
    senderFolder,
    outFolder,
    progress,
    hooks,
    answer,
    nextPath(name = 'bundle') {
      n += 1;
      answer.path = join(outFolder, `${n}-${name}.age`);
      return answer.path;
    },
  };
}

/** The X25519 secret key of a vault's organisation, for decrypting as that organisation. */
export async function orgSecret(service: CasekeepService): Promise<Uint8Array> {
  const secrets = await loadOrgIdentitySecrets(service.vault!.db);
  const key = new Uint8Array(secrets.x25519Secret);
  forgetOrgIdentitySecrets(secrets);
  return key;
}

/** The plaintext tar of an age file, decrypted with `identity`: what a partner with only `age` holds. */
export async function decryptToTar(path: string, identity: Uint8Array): Promise<Buffer> {
  const parts: Buffer[] = [];
  await pipeline(
    createReadStream(path),
    createDecryptStream({ identities: [identity] }),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        parts.push(chunk);
        done();
      },
    }),
  );
  return Buffer.concat(parts);
}

/** The bundle as the verifying reader gives it, with every attachment's bytes. */
export async function readVerified(path: string, identity: Uint8Array): Promise<{ bundle: VerifiedBundle; files: Map<string, Buffer> }> {
  const files = new Map<string, Buffer>();
  const bundle = await readBundle(path, {
    identities: [identity],
    async attachmentSink(att, bytes) {
      const parts: Buffer[] = [];
      for await (const chunk of bytes) parts.push(chunk as Buffer);
      files.set(att.sha256, Buffer.concat(parts));
    },
  });
  return { bundle, files };
}

/** Uploads `bytes` as an attachment of `ownerId` through the contract. */
export async function attach(service: CasekeepService, ownerId: string, name: string, bytes: Buffer, mime = 'application/octet-stream'): Promise<string> {
  const { uploadId } = await service.call('attachments.begin', { ownerId, name, mime, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += 512 * 1024) {
    await service.call('attachments.append', { uploadId, chunk: bytes.subarray(offset, offset + 512 * 1024).toString('base64') });
  }
  return (await service.call('attachments.finish', { uploadId })).id;
}

export interface Casefile {
  caseId: string;
  otherCaseId: string;
  personId: string;
  sourceId: string;
  testimonyId: string;
  incidentId: string;
  trashedPersonId: string;
  foreignSourceId: string;
  caseFileId: string;
  recordingId: string;
  recording: Buffer;
}

/** One case with a victim, a source with a protected identity, her testimony and its recording. */
export async function seedCase(service: CasekeepService, consentPartnerIds: string[] = []): Promise<Casefile> {
  const kase = await service.call('records.create', { kind: 'case', data: { title: 'Family of Серік Әбілов <script>x</script>', reference: 'AL-2019-014' } });
  const other = await service.call('records.create', { kind: 'case', data: { title: 'An unrelated case' } });
  const person = await service.call('records.create', {
    kind: 'person',
    data: { caseIds: [kase.id], names: [{ value: VICTIM_NAME, script: 'Cyrl' }, { value: 'ئابلەت', script: 'Arab' }], idNumbers: [{ type: 'passport', value: ID_NUMBER }] },
  });
  const trashed = await service.call('records.create', { kind: 'person', data: { caseIds: [kase.id], names: [{ value: 'Deleted Person Trashname', script: 'Latn' }] } });
  await service.call('records.delete', { id: trashed.id });
  const consents = [
    { use: 'record' as const, granted: true, date: '2019-05-02', how: 'oral' as const },
    ...(consentPartnerIds.length > 0 ? [{ use: 'share_partners' as const, granted: true, date: '2019-05-02', how: 'written' as const, partnerIds: consentPartnerIds }] : []),
  ];
  const source = await service.call('records.create', {
    kind: 'source',
    data: { caseIds: [kase.id], relationToVictim: 'daughter', riskNotes: RISK_NOTE, consents },
    identity: { realName: PROTECTED_NAME, phone: PROTECTED_PHONE },
  });
  // A source filed only in the other case, whose testimony is in this one: it must come along.
  const foreign = await service.call('records.create', { kind: 'source', data: { caseIds: [other.id], consents: [] }, identity: { realName: 'Foreign Source Realname' } });
  const incident = await service.call('records.create', {
    kind: 'incident',
    data: { caseIds: [kase.id], title: 'Taken at night', type: 'arbitrary_detention', date: { precision: 'month', earliest: '2018-03-01', latest: '2018-03-31' }, involved: [{ personId: person.id, role: 'victim' }] },
  });
  const testimony = await service.call('records.create', {
    kind: 'testimony',
    data: { caseIds: [kase.id], sourceId: source.id, interviewDate: '2019-05-02', language: 'kk', transcript: TRANSCRIPT_PHRASE, personLinks: [{ personId: person.id, quote: 'Әкемді' }], incidentLinks: [{ incidentId: incident.id }] },
  });
  await service.call('records.create', { kind: 'testimony', data: { caseIds: [kase.id], sourceId: foreign.id, interviewDate: '2020-01-10', language: 'ru', transcript: 'Короткий рассказ.' } });
  await service.call('records.create', { kind: 'person', data: { caseIds: [other.id], names: [{ value: 'Other Case Person', script: 'Latn' }] } });
  const recording = Buffer.from(`RECORDING-OF-THE-SOURCE ${'voice '.repeat(50_000)}`);
  const recordingId = await attach(service, testimony.id, 'interview.m4a', recording, 'audio/mp4');
  const caseFileId = await attach(service, kase.id, 'court-letter.pdf', Buffer.from('%PDF-1.4 a letter from the court'), 'application/pdf');
  const trashedFile = await attach(service, kase.id, 'trashed.txt', Buffer.from('TRASHED-ATTACHMENT-BYTES'));
  await service.call('attachments.delete', { id: trashedFile });
  return {
    caseId: kase.id,
    otherCaseId: other.id,
    personId: person.id,
    sourceId: source.id,
    testimonyId: testimony.id,
    incidentId: incident.id,
    trashedPersonId: trashed.id,
    foreignSourceId: foreign.id,
    caseFileId,
    recordingId,
    recording,
  };
}
