import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium } from '../../../src/main/core/crypto/sodium';
import { sql } from '../../../src/main/core/db/sql';
import type { CasekeepService } from '../../../src/main/core/service/service';
import { draftIdentitySealer, identitySealer } from '../../../src/main/core/store/source-identity';
import { DRAFT_LIMITS } from '../../../src/shared/api/drafts';
import { auditEntries, failure } from '../../helpers/contract-calls';
import { openService } from '../../helpers/open-service';

let service: CasekeepService;
beforeAll(async () => {
  ({ service } = await openService());
});

const fails = (method: Parameters<CasekeepService['invoke']>[0], input: unknown) => failure(service, method, input);
const auditCount = () => auditEntries(service);

describe('drafts through the contract (docs/security.md S18)', () => {
  it('keeps a draft of a new record of every kind, replaced in place by later saves', async () => {
    for (const kind of ['case', 'person', 'source', 'testimony', 'incident'] as const) {
      const first = await service.call('drafts.save', { kind, data: { notes: `half-typed ${kind}` } });
      expect(first).toMatchObject({ kind, recordId: null });
      const second = await service.call('drafts.save', { kind, draftId: first.id, data: { notes: `half-typed ${kind}, more` } });
      expect(second.id).toBe(first.id);
      expect((await service.call('drafts.get', { draftId: first.id })).draft).toMatchObject({ kind, recordId: null, data: { notes: `half-typed ${kind}, more` } });
    }
    const caseId = '0190a000-0000-7000-8000-00000000000c';
    const inCase = await service.call('drafts.save', { kind: 'person', data: { caseIds: [caseId], notes: 'in a case' } });
    const people = await service.call('drafts.list', { kind: 'person', newOnly: true });
    // A list carries no data, only what a form needs to find its own draft.
    expect(people[0]).toEqual({ id: inCase.id, kind: 'person', recordId: null, updatedAt: inCase.updatedAt, caseIds: [caseId] });
    expect(people.map((d) => d.caseIds)).toContainEqual([]);
    expect(people.every((d) => !('data' in d))).toBe(true);
  });

  it('keeps an edit of a finished record as its draft, leaving the record as it was saved', async () => {
    const person = await service.call('records.create', { kind: 'person', data: { names: [{ value: 'Гүлнар', script: 'Cyrl' }] } });
    const before = await auditCount();
    const draft = await service.call('drafts.save', { kind: 'person', recordId: person.id, data: { names: [{ value: 'Гүлнар Серікқызы' }] } });
    const again = await service.call('drafts.save', { kind: 'person', recordId: person.id, data: { names: [{ value: 'Гүлнар Серікқызы Ә' }] } });
    // One draft per record, and no audit entry per keystroke.
    expect(again.id).toBe(draft.id);
    expect(await auditCount()).toBe(before);
    expect((await service.call('records.get', { id: person.id })).label).toBe('Гүлнар');
    expect((await service.call('drafts.get', { recordId: person.id })).draft).toMatchObject({ id: draft.id, recordId: person.id, data: { names: [{ value: 'Гүлнар Серікқызы Ә' }] } });

    await service.call('drafts.discard', { id: draft.id });
    expect((await service.call('drafts.get', { recordId: person.id })).draft).toBeNull();
    // A late autosave of a discarded new-record draft does not bring it back.
    const fresh = await service.call('drafts.save', { kind: 'incident', data: { title: 'x' } });
    await service.call('drafts.discard', { id: fresh.id });
    expect((await fails('drafts.save', { kind: 'incident', draftId: fresh.id, data: { title: 'xy' } })).code).toBe('NOT_FOUND');
  });

  it('refuses a draft for a record of another kind, a missing record, or a record in the trash', async () => {
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'Drafts case' } });
    expect((await fails('drafts.save', { kind: 'person', recordId: kase.id, data: {} })).code).toBe('VALIDATION_FAILED');
    expect((await fails('drafts.save', { kind: 'case', recordId: '0190a000-0000-7000-8000-000000000000', data: {} })).code).toBe('NOT_FOUND');
    await service.call('records.delete', { id: kase.id });
    expect((await fails('drafts.save', { kind: 'case', recordId: kase.id, data: {} })).code).toBe('CONFLICT');
    expect((await fails('drafts.save', { kind: 'case', recordId: kase.id, draftId: kase.id, data: {} })).code).toBe('VALIDATION_FAILED');
    expect((await fails('drafts.save', { kind: 'vault', data: {} })).code).toBe('VALIDATION_FAILED');
  });

  it('bounds a draft: size, depth, width and only JSON values, refused with a clear message', async () => {
    const tooBig = { text: 'x'.repeat(DRAFT_LIMITS.bytes) };
    let deep: unknown = 'bottom';
    for (let i = 0; i < DRAFT_LIMITS.depth + 1; i++) deep = { deeper: deep };
    const wide = Object.fromEntries(Array.from({ length: DRAFT_LIMITS.width + 1 }, (_, i) => [`k${i}`, i]));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const [data, message] of [
      [tooBig, /at most 2 MB/],
      [deep, /levels deep/],
      [wide, /at most 5000 entries/],
      [cyclic, /levels deep/],
      [{ when: new Date() }, /plain objects/],
      [{ n: Number.NaN }, /finite numbers/],
    ] as const) {
      const error = await fails('drafts.save', { kind: 'person', data });
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.fields?.[0]?.message).toMatch(message);
    }
    // Just under the limit is kept, multi-byte text counted in UTF-8 bytes.
    const nearly = { text: 'ә'.repeat(DRAFT_LIMITS.bytes / 2 - 100) };
    const saved = await service.call('drafts.save', { kind: 'person', data: nearly });
    const kept = (await service.call('drafts.get', { draftId: saved.id })).draft?.data as { text: string };
    expect(kept.text.length).toBe(nearly.text.length);
    expect((await fails('drafts.save', { kind: 'person', data: { text: 'ә'.repeat(DRAFT_LIMITS.bytes / 2 + 1) } })).code).toBe('VALIDATION_FAILED');
    await service.call('drafts.discard', { id: saved.id });
  });

  it('destroys a record’s draft with the record', async () => {
    const incident = await service.call('records.create', { kind: 'incident', data: { title: 'Searched at home', type: 'arbitrary_detention' } });
    const draft = await service.call('drafts.save', { kind: 'incident', recordId: incident.id, data: { title: 'Searched at home at night' } });
    await service.call('records.delete', { id: incident.id });
    // In the trash, the draft waits with its record.
    expect((await service.call('drafts.get', { draftId: draft.id })).draft).not.toBeNull();
    await service.call('trash.purge', { id: incident.id, confirm: true });
    expect((await service.call('drafts.get', { draftId: draft.id })).draft).toBeNull();
    expect((await service.call('drafts.get', { recordId: incident.id })).draft).toBeNull();
  });

  it('needs an unlocked vault', async () => {
    const other = new (service.constructor as typeof CasekeepService)({ folder: '/nonexistent-casekeep-folder' });
    expect((await other.invoke('drafts.list', {})).ok).toBe(false);
  });
});

interface RawDraft {
  id: string;
  data: string;
  secret: Uint8Array | null;
}

async function rawDraft(id: string): Promise<RawDraft | undefined> {
  return service.vault!.db.get<RawDraft>(sql`SELECT id, data, secret FROM drafts WHERE id = ${id}`);
}

function holds(bytes: Uint8Array | null, text: string): boolean {
  return bytes !== null && Buffer.from(bytes).includes(Buffer.from(text, 'utf8'));
}

describe('a source draft’s protected identity (docs/security.md S18)', () => {
  const realName = 'Ерлан Жақсылықов';
  const phone = '+7 701 555 0199';

  it('round-trips a typed identity, kept sealed outside the draft’s data and out of every list', async () => {
    const saved = await service.call('drafts.save', { kind: 'source', data: { relationToVictim: 'cousin' }, identity: { realName, phone } });
    expect(saved).not.toHaveProperty('identity');
    expect((await service.call('drafts.get', { draftId: saved.id })).draft).toMatchObject({ id: saved.id, data: { relationToVictim: 'cousin' }, identity: { realName, phone } });

    const raw = await rawDraft(saved.id);
    expect(raw?.data).not.toContain(realName);
    expect(raw?.data).not.toContain(phone);
    expect(raw?.secret).toBeInstanceOf(Uint8Array);
    expect(holds(raw!.secret, realName)).toBe(false);
    expect(holds(raw!.secret, phone)).toBe(false);
    // The list sends no data and no identity; the search index never saw it.
    const listed = await service.call('drafts.list', { kind: 'source' });
    expect(JSON.stringify(listed)).not.toContain(realName);
    expect(listed.every((item) => !('identity' in item))).toBe(true);
    expect(await service.call('search.query', { text: 'Ерлан' })).toEqual([]);

    // Each save replaces the identity; a save without one leaves none behind.
    await service.call('drafts.save', { kind: 'source', draftId: saved.id, data: { relationToVictim: 'cousin' }, identity: { realName: `${realName} ` } });
    expect((await service.call('drafts.get', { draftId: saved.id })).draft?.identity).toEqual({ realName: `${realName} ` });
    await service.call('drafts.save', { kind: 'source', draftId: saved.id, data: { relationToVictim: 'cousin' } });
    expect((await rawDraft(saved.id))?.secret).toBeNull();
    expect((await service.call('drafts.get', { draftId: saved.id })).draft).not.toHaveProperty('identity');
    await service.call('drafts.discard', { id: saved.id });
    expect(await rawDraft(saved.id)).toBeUndefined();
  });

  it('refuses an identity on a draft of anything but a source', async () => {
    expect((await fails('drafts.save', { kind: 'person', data: {}, identity: { realName } })).code).toBe('VALIDATION_FAILED');
    expect((await fails('drafts.save', { kind: 'source', data: {}, identity: { realName, extra: 'x' } })).code).toBe('VALIDATION_FAILED');
  });

  it('binds the sealed identity to its draft: copied to another draft or to a source, it does not open', async () => {
    const first = await service.call('drafts.save', { kind: 'source', data: { relationToVictim: 'neighbour' }, identity: { realName } });
    const second = await service.call('drafts.save', { kind: 'source', data: { relationToVictim: 'teacher' } });
    const sealed = (await rawDraft(first.id))!.secret!;
    await service.vault!.db.run(sql`UPDATE drafts SET secret = ${sealed} WHERE id = ${second.id}`);
    expect((await fails('drafts.get', { draftId: second.id })).code).toBe('VAULT_CORRUPT');

    // Nor is it a source's identity, under the source's id or the draft's.
    const source = await service.call('records.create', { kind: 'source', data: { relationToVictim: 'neighbour', consents: [] } });
    await service.vault!.db.run(sql`UPDATE records SET secret = ${sealed} WHERE id = ${source.id}`);
    expect((await fails('sources.revealIdentity', { id: source.id, reason: 'checking a replay' })).code).toBe('VAULT_CORRUPT');
    await service.call('drafts.discard', { id: first.id });
    await service.call('drafts.discard', { id: second.id });
  });

  it('seals a draft’s identity under another label than a source’s: the same id does not open it across', async () => {
    const sodium = await loadSodium();
    const key = sodium.randombytes_buf(32);
    const id = '0190a000-0000-7000-8000-0000000000d1';
    const asDraft = await draftIdentitySealer(key).seal(id, { realName });
    const asSource = await identitySealer(key).seal(id, { realName });
    expect(await draftIdentitySealer(key).open(id, asDraft)).toEqual({ realName });
    await expect(identitySealer(key).open(id, asDraft)).rejects.toMatchObject({ code: 'VAULT_CORRUPT' });
    await expect(draftIdentitySealer(key).open(id, asSource)).rejects.toMatchObject({ code: 'VAULT_CORRUPT' });
  });

  it('destroys the draft’s identity with the source it edits: saving it through sources.setIdentity, then purging', async () => {
    const source = await service.call('records.create', { kind: 'source', data: { relationToVictim: 'sister', consents: [] } });
    const draft = await service.call('drafts.save', { kind: 'source', recordId: source.id, data: { relationToVictim: 'sister' }, identity: { realName, phone } });
    expect((await service.call('drafts.get', { recordId: source.id })).draft?.identity).toEqual({ realName, phone });
    // The identity is the record's only once saved as today; the draft itself never wrote it.
    expect((await service.call('records.get', { id: source.id })).hasIdentity).toBe(false);
    await service.call('sources.setIdentity', { id: source.id, identity: { realName } });
    await service.call('records.delete', { id: source.id });
    await service.call('trash.purge', { id: source.id, confirm: true });
    expect(await rawDraft(draft.id)).toBeUndefined();
    const left = await service.vault!.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM drafts WHERE secret IS NOT NULL AND (record_id = ${source.id} OR id = ${draft.id})`);
    expect(left?.n).toBe(0);
    // Nothing typed into the identity reaches the audit log: it says that an identity was set.
    expect(JSON.stringify(await service.call('audit.list', {}))).not.toContain('Ерлан');
  });
});
