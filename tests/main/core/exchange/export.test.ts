import { readdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { x25519Recipient } from '../../../../src/main/core/crypto/age';
import { sha256Hex } from '../../../../src/main/core/crypto/hash';
import { generateX25519KeyPair } from '../../../../src/main/core/crypto/signing';
import { entryHash } from '../../../../src/main/core/store/audit-log';
import { sizeOf } from '../../../helpers/temp';
import {
  attach,
  decryptToTar,
  exportVaults,
  ID_NUMBER,
  orgSecret,
  PROTECTED_NAME,
  PROTECTED_PHONE,
  readVerified,
  RISK_NOTE,
  seedCase,
  TRANSCRIPT_PHRASE,
  VICTIM_NAME,
  type Casefile,
  type ExportVaults,
} from './export-fixtures';

let vaults: ExportVaults;
let file: Casefile;
let partnerKey: Uint8Array;
let ownKey: Uint8Array;

beforeAll(async () => {
  vaults = await exportVaults();
  file = await seedCase(vaults.sender);
  partnerKey = await orgSecret(vaults.partner);
  ownKey = await orgSecret(vaults.sender);
}, 60_000);

const contains = (tar: Buffer, text: string) => tar.includes(Buffer.from(text, 'utf8'));

async function exportsAudited(): Promise<Array<{ notes: Record<string, string | undefined> }>> {
  const entries = await vaults.sender.call('audit.list', { limit: 1000 });
  return entries.filter((e) => e.action === 'export').map((e) => ({ notes: Object.fromEntries(e.changes.map((c) => [c.field, c.note])) }));
}

describe('export redaction (docs/security.md S21)', () => {
  it('partner profile: a custom field marked sensitive stays home, removed or not; an open one travels', async () => {
    const l = (en: string) => ({ en, ru: en, kk: en, ug: en });
    const open = await vaults.sender.call('fields.create', { kind: 'person', key: 'school', type: 'text', labels: l('School') });
    const secret = await vaults.sender.call('fields.create', { kind: 'person', key: 'informant', type: 'text', labels: l('Informant'), sensitive: true });
    const kase = await vaults.sender.call('records.create', { kind: 'case', data: { title: 'Custom fields case' } });
    const person = await vaults.sender.call('records.create', {
      kind: 'person',
      data: { caseIds: [kase.id], names: [{ value: 'Custom Person', script: 'Latn' }], custom: { [open.id]: 'OPEN-SCHOOL-VALUE', [secret.id]: 'SENSITIVE-INFORMANT-VALUE' } },
    });
    // A removed sensitive field's value is still sensitive.
    await vaults.sender.call('fields.remove', { id: secret.id });
    const path = vaults.nextPath('custom');
    await vaults.sender.call('exports.create', { caseIds: [kase.id], recipients: [vaults.partnerId] });
    const tar = await decryptToTar(path, partnerKey);
    expect(contains(tar, 'SENSITIVE-INFORMANT-VALUE')).toBe(false);
    expect(contains(tar, 'OPEN-SCHOOL-VALUE')).toBe(true);
    const { bundle } = await readVerified(path, partnerKey);
    expect(bundle.records.find((r) => r.id === person.id)!.redacted).toEqual(expect.arrayContaining([`custom.${secret.id}`]));
    const full = vaults.nextPath('custom-full');
    await vaults.sender.call('exports.create', { caseIds: [kase.id], recipients: [vaults.partnerId], profile: 'full' });
    expect(contains(await decryptToTar(full, partnerKey), 'SENSITIVE-INFORMANT-VALUE')).toBe(true);
  });

  it('partner profile: no protected name, contact, statement without consent, risk note or ID number in the decrypted archive', async () => {
    const path = vaults.nextPath('partner');
    const result = await vaults.sender.call('exports.create', { caseIds: [file.caseId], recipients: [vaults.partnerId] });
    expect(result).toMatchObject({ saved: true, path, profile: 'partner' });
    const tar = await decryptToTar(path, partnerKey);
    for (const secret of [PROTECTED_NAME, PROTECTED_PHONE, TRANSCRIPT_PHRASE, RISK_NOTE, ID_NUMBER, 'RECORDING-OF-THE-SOURCE']) {
      expect(contains(tar, secret), secret).toBe(false);
    }
    expect(contains(tar, VICTIM_NAME)).toBe(true);
    expect(contains(tar, '%PDF-1.4 a letter from the court')).toBe(true);

    const { bundle } = await readVerified(path, partnerKey);
    const testimony = bundle.records.find((r) => r.id === file.testimonyId)!;
    expect(testimony.redacted).toEqual(expect.arrayContaining(['transcript', 'translations', 'summary', 'place', 'personLinks.0.quote', 'attachments']));
    expect(testimony.data).toMatchObject({ interviewDate: '2019-05-02', language: 'kk', sourceId: file.sourceId });
    const source = bundle.records.find((r) => r.id === file.sourceId)!;
    expect(source.redacted).toEqual(expect.arrayContaining(['identity', 'riskNotes']));
    expect(source.identity).toBeUndefined();
    expect(source.pseudonym).toMatch(/^S-\d{4}$/);
    expect(bundle.records.find((r) => r.id === file.personId)!.redacted).toEqual(['idNumbers']);
    expect(bundle.attachments.map((a) => a.id)).toEqual([file.caseFileId]);
    expect(result.saved && result.withheldAttachments).toBe(1);
  });

  it('partner profile: a source who consented to sharing with this partner has her words sent, never her identity', async () => {
    const consenting = await seedCase(vaults.sender, [vaults.partnerId]);
    const path = vaults.nextPath('consented');
    await vaults.sender.call('exports.create', { caseIds: [consenting.caseId], recipients: [vaults.partnerId] });
    const tar = await decryptToTar(path, partnerKey);
    expect(contains(tar, TRANSCRIPT_PHRASE)).toBe(true);
    expect(contains(tar, 'RECORDING-OF-THE-SOURCE')).toBe(true);
    expect(contains(tar, PROTECTED_NAME)).toBe(false);
    expect(contains(tar, RISK_NOTE)).toBe(false);

    // The same case also to a recipient outside the address book: nobody consented to that reader.
    const stranger = x25519Recipient((await generateX25519KeyPair()).publicKey);
    const both = vaults.nextPath('stranger');
    await vaults.sender.call('exports.create', { caseIds: [consenting.caseId], recipients: [vaults.partnerId, stranger] });
    const strangerTar = await decryptToTar(both, partnerKey);
    expect(contains(strangerTar, TRANSCRIPT_PHRASE)).toBe(false);
    expect(contains(strangerTar, 'RECORDING-OF-THE-SOURCE')).toBe(false);
  });

  it('full profile: every field but the identity, and the choice is in the audit log', async () => {
    const before = (await exportsAudited()).length;
    const path = vaults.nextPath('full');
    await vaults.sender.call('exports.create', { caseIds: [file.caseId], recipients: [vaults.partnerId], profile: 'full' });
    const tar = await decryptToTar(path, partnerKey);
    for (const present of [TRANSCRIPT_PHRASE, RISK_NOTE, ID_NUMBER, 'RECORDING-OF-THE-SOURCE']) expect(contains(tar, present), present).toBe(true);
    expect(contains(tar, PROTECTED_NAME)).toBe(false);
    expect(contains(tar, PROTECTED_PHONE)).toBe(false);
    const audited = await exportsAudited();
    expect(audited).toHaveLength(before + 1);
    expect(audited.at(0)?.notes).toMatchObject({ profile: 'full', recipients: vaults.partnerId });
  });

  it('archive of the whole vault to our own key: every live record and file, identities included, nothing from the trash', async () => {
    const path = vaults.nextPath('archive');
    const result = await vaults.sender.call('exports.create', { all: true, recipients: ['self'], profile: 'archive' });
    const tar = await decryptToTar(path, ownKey);
    expect(contains(tar, PROTECTED_NAME)).toBe(true);
    expect(contains(tar, 'Foreign Source Realname')).toBe(true);
    expect(contains(tar, 'Deleted Person Trashname')).toBe(false);
    expect(contains(tar, 'TRASHED-ATTACHMENT-BYTES')).toBe(false);
    const { bundle } = await readVerified(path, ownKey);
    const live = await vaults.sender.vault!.db.all<{ id: string }>({ text: 'SELECT id FROM records WHERE deleted_at IS NULL AND draft = 0', values: [] });
    expect(bundle.records.map((r) => r.id).sort()).toEqual(live.map((r) => r.id).sort());
    const files = await vaults.sender.vault!.db.all<{ id: string }>({ text: 'SELECT id FROM attachments WHERE deleted_at IS NULL', values: [] });
    expect(bundle.attachments.map((a) => a.id).sort()).toEqual(files.map((f) => f.id).sort());
    expect(bundle.records.find((r) => r.id === file.sourceId)?.identity).toEqual({ realName: PROTECTED_NAME, phone: PROTECTED_PHONE });
    expect(result.saved && result.profile).toBe('archive');
    // The partner's key does not open it.
    await expect(decryptToTar(path, partnerKey)).rejects.toMatchObject({ code: 'BUNDLE_NOT_FOR_US' });
  });

  it('refuses an archive to anyone but ourselves, and an unknown partner id, writing nothing', async () => {
    const path = vaults.nextPath('refused');
    const archive = await vaults.sender.invoke('exports.create', { all: true, recipients: [vaults.partnerId], profile: 'archive' });
    expect(archive).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const unknown = await vaults.sender.invoke('exports.create', { caseIds: [file.caseId], recipients: ['01900000-0000-7000-8000-0000000000ff'] });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const trashed = await vaults.sender.invoke('exports.create', { recordIds: [file.trashedPersonId], recipients: ['self'] });
    expect(trashed).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sizeOf(path)).toBeUndefined();
  });
});

describe('export selection', () => {
  it('a case comes with its people, sources, testimonies, incidents and files, and the source of each testimony', async () => {
    const path = vaults.nextPath('selection');
    await vaults.sender.call('exports.create', { caseIds: [file.caseId], recipients: ['self'], profile: 'full' });
    const { bundle, files } = await readVerified(path, ownKey);
    const ids = new Set(bundle.records.map((r) => r.id));
    for (const id of [file.caseId, file.personId, file.sourceId, file.testimonyId, file.incidentId, file.foreignSourceId]) expect(ids.has(id), id).toBe(true);
    expect(ids.has(file.trashedPersonId)).toBe(false);
    expect(ids.has(file.otherCaseId)).toBe(false);
    expect(bundle.records.some((r) => (r.data as { names?: Array<{ value: string }> }).names?.[0]?.value === 'Other Case Person')).toBe(false);
    expect(bundle.records.filter((r) => r.kind === 'testimony')).toHaveLength(2);
    expect(bundle.attachments.map((a) => a.id).sort()).toEqual([file.caseFileId, file.recordingId].sort());
    expect(files.get(sha256Hex(file.recording))?.equals(file.recording)).toBe(true);
    expect(bundle.summaries.map((s) => s.caseId)).toEqual([file.caseId]);
    const html = bundle.summaries[0]!.html;
    expect(html).not.toContain('<script>x</script>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('court-letter.pdf');
  });

  it('single records go with their files, a testimony with its source', async () => {
    const path = vaults.nextPath('single');
    await vaults.sender.call('exports.create', { recordIds: [file.testimonyId], recipients: ['self'] });
    const { bundle } = await readVerified(path, ownKey);
    expect(bundle.records.map((r) => r.id).sort()).toEqual([file.testimonyId, file.sourceId].sort());
    expect(bundle.attachments.map((a) => a.id)).toEqual([file.recordingId]);
  });
});

describe('chain of custody in an export (docs/security.md S30)', () => {
  it('carries the audit entries of the exported records, each verifiable, and the sealed head in the signed manifest', async () => {
    const path = vaults.nextPath('audit');
    const entriesBefore = (await vaults.sender.call('audit.verify', {})).entries;
    await vaults.sender.call('exports.create', { caseIds: [file.caseId], recipients: [vaults.partnerId] });
    const { bundle } = await readVerified(path, partnerKey);
    expect(bundle.manifest.audit.entries).toBeGreaterThanOrEqual(entriesBefore);
    expect(bundle.audit.head).toEqual(bundle.manifest.audit);
    const exported = new Set([...bundle.records.map((r) => r.id), ...bundle.attachments.map((a) => a.id)]);
    expect(bundle.audit.entries.length).toBeGreaterThan(0);
    for (const entry of bundle.audit.entries) {
      expect(exported.has(entry.recordId!)).toBe(true);
      const row = { at: entry.at, actor: entry.actor, action: entry.action, record_kind: entry.recordKind, record_id: entry.recordId, changes: JSON.stringify(entry.changes) };
      expect(entryHash(entry.prevHash, row)).toBe(entry.hash);
    }
    expect(bundle.audit.entries.some((e) => e.recordId === file.testimonyId && e.action === 'create')).toBe(true);
    // The head matches the vault's own log at that point.
    const report = await vaults.sender.call('audit.list', { limit: 1, beforeSeq: bundle.manifest.audit.entries + 1 });
    expect(report[0]?.hash).toBe(bundle.manifest.audit.hash);
  });
});

describe('export as a long call', () => {
  it('reports progress up to the whole', async () => {
    vaults.progress.length = 0;
    vaults.nextPath('progress');
    await vaults.sender.call('exports.create', { caseIds: [file.caseId], recipients: ['self'], profile: 'full' });
    const events = vaults.progress.filter((e) => e.method === 'exports.create');
    expect(events.length).toBeGreaterThan(1);
    const last = events.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(events.every((e, i) => i === 0 || e.done >= events[i - 1]!.done)).toBe(true);
  });

  it('a cancelled save dialog writes nothing', async () => {
    vaults.answer.path = null;
    expect(await vaults.sender.call('exports.create', { caseIds: [file.caseId], recipients: ['self'] })).toEqual({ saved: false });
  });

  it('other calls are answered while a large export runs', async () => {
    const big = await seedCase(vaults.sender);
    await attach(vaults.sender, big.caseId, 'another-large-scan.tiff', Buffer.alloc(8 * 1024 * 1024, 9));
    vaults.nextPath('concurrent');
    const order: string[] = [];
    let asked: Promise<unknown> | undefined;
    vaults.hooks.onProgress = (event) => {
      if (!asked && event.method === 'exports.create' && event.done > 0) {
        asked = vaults.sender.call('records.get', { id: big.personId }).then(() => order.push('read'));
      }
    };
    await vaults.sender.call('exports.create', { caseIds: [big.caseId], recipients: ['self'], profile: 'full' }).then(() => order.push('export'));
    delete vaults.hooks.onProgress;
    await asked;
    expect(order).toEqual(['read', 'export']);
  });

  it('a lock during the export stops it and leaves no file, not even a temporary one', async () => {
    // Large enough that the lock comes while this file is still being read.
    const big = await seedCase(vaults.sender);
    await attach(vaults.sender, big.caseId, 'large-scan.tiff', Buffer.alloc(8 * 1024 * 1024, 7));
    const path = vaults.nextPath('locked');
    let locked: Promise<void> | undefined;
    vaults.hooks.onProgress = (event) => {
      if (!locked && event.method === 'exports.create' && event.done > 0) locked = vaults.sender.lock();
    };
    const result = await vaults.sender.invoke('exports.create', { caseIds: [big.caseId], recipients: ['self'], profile: 'full' });
    delete vaults.hooks.onProgress;
    await locked;
    expect(locked, 'the export ended before the lock could be asked for').toBeDefined();
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    // Stopped where the lock found it, not run to the end and thrown away.
    const last = vaults.progress.filter((e) => e.method === 'exports.create').at(-1)!;
    expect(last.done).toBeLessThan(last.total);
    expect(await sizeOf(path)).toBeUndefined();
    expect((await readdir(vaults.outFolder)).filter((name) => name.includes('locked'))).toEqual([]);
    await vaults.sender.call('vault.unlock', { passphrase: 'the sending organisation vault' });
  });
  it('a lock as the file is finished takes the finished file away: every bundle on disk is one the log names', async () => {
    const path = vaults.nextPath('locked-at-end');
    let locked: Promise<void> | undefined;
    vaults.hooks.onProgress = (event) => {
      if (!locked && event.method === 'exports.create' && event.total > 0 && event.done === event.total) locked = vaults.sender.lock();
    };
    const result = await vaults.sender.invoke('exports.create', { caseIds: [file.caseId], recipients: ['self'] });
    delete vaults.hooks.onProgress;
    await locked;
    expect(locked).toBeDefined();
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect(await sizeOf(path)).toBeUndefined();
    expect((await readdir(vaults.outFolder)).filter((name) => name.includes('locked-at-end'))).toEqual([]);
    await vaults.sender.call('vault.unlock', { passphrase: 'the sending organisation vault' });
  });
});
