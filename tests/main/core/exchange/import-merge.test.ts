import { readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CasekeepService } from '../../../../src/main/core/service/service';
import { importsFor } from '../../../../src/main/core/exchange/import/registry';
import { identifier, sql } from '../../../../src/main/core/db/sql';
import { AppError } from '../../../../src/shared/errors';
import { openService } from '../../../helpers/open-service';
import { bundleFrom, conflictsView, dumpTables, importMemory, memoryReader, recordsView } from './exchange-vaults';

/*
 * Imports between real vaults (SQLCipher in temp folders, real attachment encryption), from the
 * point where a bundle has been verified: merging by id, twice, both ways, conflicts, attachments.
 */

let a: CasekeepService;
let b: CasekeepService;
let c: CasekeepService;
let bFolder: string;

beforeAll(async () => {
  ({ service: a } = await openService());
  ({ service: b, folder: bFolder } = await openService());
  ({ service: c } = await openService());
});

async function newCase(service: CasekeepService, title: string) {
  return service.call('records.create', { kind: 'case', data: { title } });
}

async function edit(service: CasekeepService, id: string, title: string) {
  return service.call('records.update', { kind: 'case', id, data: { title } });
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('import between vaults', () => {
  it('brings new records in whole, searchable and audited as imported', async () => {
    const kase = await newCase(a, 'Family of Ерлан Жақып');
    await a.call('records.create', { kind: 'person', data: { caseIds: [kase.id], names: [{ value: 'Ерлан Жақып', script: 'Cyrl' }] } });
    const result = await importMemory(b, await bundleFrom(a, 'Vault A'));
    expect(result.counts.new).toBeGreaterThanOrEqual(2);
    expect(await recordsView(b)).toEqual(await recordsView(a));
    const hits = await b.call('search.query', { text: 'Жақып' });
    expect(JSON.stringify(hits)).toContain(kase.id);
    const audit = await b.call('audit.list', { recordId: kase.id });
    expect(JSON.stringify(audit)).toContain('imported from Vault A');
  });

  it('changes nothing when the same bundle comes twice', async () => {
    await newCase(a, 'Twice');
    const bundle = await bundleFrom(a, 'Vault A');
    await importMemory(b, bundle);
    const before = await dumpTables(b);
    const again = await importMemory(b, bundle);
    expect(again.counts.new + again.counts['fast-forward'] + again.counts.conflict).toBe(0);
    expect(await dumpTables(b)).toEqual(before);
  });

  it('fast-forwards a record only the sender changed, and keeps a local edit against an older bundle', async () => {
    const kase = await newCase(a, 'Version one');
    const old = await bundleFrom(a, 'Vault A');
    await importMemory(b, old);
    await edit(a, kase.id, 'Version two');
    const ff = await importMemory(b, await bundleFrom(a, 'Vault A'));
    expect(ff.counts['fast-forward']).toBe(1);
    expect((await b.call('records.get', { id: kase.id })).label).toBe('Version two');
    await edit(b, kase.id, 'Version three, typed in B');
    const replay = await importMemory(b, old);
    expect(replay.counts.unchanged).toBeGreaterThan(0);
    expect((await b.call('records.get', { id: kase.id })).label).toBe('Version three, typed in B');
  });

  it('keeps both sides of a record changed in both vaults, on both vaults, until a person resolves it', async () => {
    const kase = await newCase(a, 'Before the split');
    await importMemory(b, await bundleFrom(a, 'Vault A'));
    await edit(a, kase.id, 'As A wrote it');
    await edit(b, kase.id, 'As B wrote it');
    const intoA = await importMemory(a, await bundleFrom(b, 'Vault B'));
    expect(intoA.counts.conflict).toBe(1);
    await importMemory(b, await bundleFrom(a, 'Vault A'));
    const sides = (await a.call('conflicts.list', {})).find((x) => x.recordId === kase.id)!;
    expect(sides.sides.map((s) => s.label).sort()).toEqual(['As A wrote it', 'As B wrote it']);
    expect(await conflictsView(b)).toEqual(await conflictsView(a));
    expect(await recordsView(b)).toEqual(await recordsView(a));

    const chosen = sides.sides.find((s) => s.label === 'As B wrote it')!;
    const resolved = await a.call('conflicts.resolve', { recordId: kase.id, choose: { version: chosen.version } });
    expect(resolved.label).toBe('As B wrote it');
    expect((await a.call('conflicts.list', {})).some((x) => x.recordId === kase.id)).toBe(false);
    const back = await importMemory(b, await bundleFrom(a, 'Vault A'));
    expect(back.counts['fast-forward']).toBeGreaterThanOrEqual(1);
    expect((await b.call('conflicts.list', {})).some((x) => x.recordId === kase.id)).toBe(false);
    expect(await recordsView(b)).toEqual(await recordsView(a));
  });

  it('ends with the same records on three vaults exchanging both ways in any order', async () => {
    const one = await newCase(c, 'Made in C');
    await importMemory(a, await bundleFrom(c, 'Vault C'));
    await edit(a, one.id, 'Changed in A');
    await edit(c, one.id, 'Changed in C');
    const fromA = await bundleFrom(a, 'Vault A');
    const fromB = await bundleFrom(b, 'Vault B');
    const fromC = await bundleFrom(c, 'Vault C');
    await importMemory(b, fromC);
    await importMemory(b, fromA);
    await importMemory(a, fromC);
    await importMemory(a, fromB);
    await importMemory(c, fromB);
    await importMemory(c, fromA);
    for (const final of [await bundleFrom(a, 'Vault A'), await bundleFrom(b, 'Vault B'), await bundleFrom(c, 'Vault C')]) {
      for (const [service, name] of [[a, 'A'], [b, 'B'], [c, 'C']] as const) {
        if (final.bundle.sender.name !== `Vault ${name}`) await importMemory(service, final);
      }
    }
    const view = await recordsView(a);
    expect(await recordsView(b)).toEqual(view);
    expect(await recordsView(c)).toEqual(view);
    expect(await conflictsView(b)).toEqual(await conflictsView(a));
    expect(await conflictsView(c)).toEqual(await conflictsView(a));
  });

  it('carries a trashed record as trashed, and out of search', async () => {
    const kase = await newCase(a, 'Trashed elsewhere Ғалым');
    await importMemory(b, await bundleFrom(a, 'Vault A'));
    await a.call('records.delete', { id: kase.id });
    await importMemory(b, await bundleFrom(a, 'Vault A'));
    expect((await b.call('records.get', { id: kase.id })).deletedAt).not.toBeNull();
    expect(JSON.stringify(await b.call('search.query', { text: 'Ғалым' }))).not.toContain(kase.id);
  });

  it('stores an attachment once, encrypted and readable, and not again when it comes back', async () => {
    const kase = await newCase(a, 'With a file');
    const bytes = Buffer.from('interview recording, not really audio '.repeat(5000));
    const { uploadId } = await a.call('attachments.begin', { ownerId: kase.id, name: 'interview.m4a', mime: 'audio/mp4', size: bytes.length });
    await a.call('attachments.append', { uploadId, chunk: bytes.toString('base64') });
    const info = await a.call('attachments.finish', { uploadId, sha256: sha256(bytes) });
    const bundle = await bundleFrom(a, 'Vault A');
    const first = await importMemory(b, bundle);
    expect(first.attachmentsAdded).toBe(1);
    const [got] = await b.call('attachments.list', { ownerId: kase.id });
    expect(got).toMatchObject({ id: info.id, sha256: sha256(bytes), size: bytes.length });
    const files = await readdir(`${bFolder}/attachments`);
    const again = await importsFor(b.vault!).preview('/x/bundle.age', memoryReader(bundle));
    expect(again.attachments).toMatchObject({ new: 0, known: 1 });
    await importsFor(b.vault!).apply(again.token, true);
    expect(await readdir(`${bFolder}/attachments`)).toEqual(files);
    expect((await readdir(bFolder)).filter((n) => n.startsWith('.import-'))).toEqual([]);
  });

  it('refuses to apply a bundle from a signer outside the address book unless accepted', async () => {
    await newCase(a, 'From a stranger');
    const imports = importsFor(b.vault!);
    const preview = await imports.preview('/x/bundle.age', memoryReader(await bundleFrom(a, 'Vault A')));
    expect(preview.signer.partner).toBeNull();
    const before = await dumpTables(b);
    const refused = await imports.apply(preview.token, false).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).details).toMatchObject({ reason: 'unknown-signer', fingerprint: 'fp-Vault A' });
    expect(await dumpTables(b)).toEqual(before);
    expect(await imports.cancel(preview.token)).toEqual({ cancelled: true });
    expect((await readdir(bFolder)).filter((n) => n.startsWith('.import-'))).toEqual([]);
  });

  it('discards what the sink received when the reader refuses the bundle afterwards', async () => {
    const kase = await newCase(a, 'Tampered on the way');
    const bytes = Buffer.from('a second file');
    const { uploadId } = await a.call('attachments.begin', { ownerId: kase.id, name: 'note.txt', mime: 'text/plain', size: bytes.length });
    await a.call('attachments.append', { uploadId, chunk: bytes.toString('base64') });
    await a.call('attachments.finish', { uploadId });
    const before = await dumpTables(b);
    const failure = new AppError('BUNDLE_INVALID', 'A flipped byte.', { details: { reason: 'hash-mismatch' } });
    await expect(importsFor(b.vault!).preview('/x/bundle.age', memoryReader(await bundleFrom(a, 'Vault A'), failure))).rejects.toThrow('A flipped byte.');
    expect((await readdir(bFolder)).filter((n) => n.startsWith('.import-'))).toEqual([]);
    expect(await dumpTables(b)).toEqual(before);
  });

  it('refuses a record that does not pass this vault’s schema, whole, before writing', async () => {
    const memory = await bundleFrom(a, 'Vault A');
    (memory.bundle.records[0]!.data as Record<string, unknown>).unexpected = 'field';
    const before = await dumpTables(b);
    await expect(importsFor(b.vault!).preview('/x/bundle.age', memoryReader(memory))).rejects.toMatchObject({ code: 'BUNDLE_INVALID' });
    expect(await dumpTables(b)).toEqual(before);
  });

  it('says when a bundle repeats an earlier number or skips some', async () => {
    const first = await bundleFrom(c, 'Vault C');
    await importMemory(b, first);
    const replay = await importsFor(b.vault!).preview('/x/bundle.age', memoryReader(first));
    expect(replay.standing.kind).toBe('replay');
    await importsFor(b.vault!).cancel(replay.token);
    await bundleFrom(c, 'Vault C');
    const third = await bundleFrom(c, 'Vault C');
    const gap = await importsFor(b.vault!).preview('/x/bundle.age', memoryReader(third));
    expect(gap.standing).toMatchObject({ kind: 'gap', missing: 1 });
    await importsFor(b.vault!).cancel(gap.token);
  });

  it('destroys what the lineage kept of a record when it is deleted forever, and does not bring it back (docs/security.md S29)', async () => {
    const title = 'Удалить навсегда Қуанышбек';
    const kase = await newCase(a, title);
    await importMemory(b, await bundleFrom(a, 'Vault A'));
    // A conflict, so that the lineage holds the full content of two sides.
    await edit(a, kase.id, `${title}, A`);
    await edit(b, kase.id, `${title}, B`);
    await importMemory(b, await bundleFrom(a, 'Vault A'));
    await b.call('records.delete', { id: kase.id });
    await b.call('trash.purge', { id: kase.id, confirm: true });
    const db = b.vault!.db;
    const tables = (await db.all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'table'`)).map((t) => t.name);
    for (const table of tables) {
      const rows = await db.all(sql`SELECT * FROM ${identifier(table, tables)}`);
      expect(JSON.stringify(rows), table).not.toContain('Қуанышбек');
    }
    const again = await importsFor(b.vault!).preview('/x/bundle.age', memoryReader(await bundleFrom(a, 'Vault A')));
    expect(again.records.find((r) => r.id === kase.id)?.outcome).toBe('skipped');
    expect(again.warnings).toContainEqual({ code: 'destroyed-here', recordId: kase.id });
    await importsFor(b.vault!).apply(again.token, true);
    await expect(b.call('records.get', { id: kase.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('resolves a conflict with edited data into a version both vaults then share', async () => {
    const kase = await newCase(a, 'To be merged by hand');
    await importMemory(b, await bundleFrom(a, 'Vault A'));
    await edit(a, kase.id, 'Hand A');
    await edit(b, kase.id, 'Hand B');
    await importMemory(a, await bundleFrom(b, 'Vault B'));
    await expect(a.call('conflicts.resolve', { recordId: kase.id, choose: { data: { title: '' } } })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const merged = await a.call('conflicts.resolve', { recordId: kase.id, choose: { data: { title: 'Hand A and B' } } });
    expect(merged.label).toBe('Hand A and B');
    await expect(a.call('conflicts.resolve', { recordId: kase.id, choose: { data: { title: 'again' } } })).rejects.toMatchObject({ code: 'CONFLICT' });
    const back = await importMemory(b, await bundleFrom(a, 'Vault A'));
    expect(back.counts['fast-forward']).toBeGreaterThanOrEqual(1);
    expect((await b.call('records.get', { id: kase.id })).label).toBe('Hand A and B');
    expect(JSON.stringify(await a.call('audit.list', { recordId: kase.id }))).toContain('conflict resolved: edited');
  });

  it('keeps its own values for the fields a redacted bundle left out, when it moves the record forward', async () => {
    const source = await a.call('records.create', { kind: 'source', data: { relationToVictim: 'sister', riskNotes: 'Known only to both offices' } });
    await importMemory(b, await bundleFrom(a, 'Vault A'));
    await a.call('records.update', { kind: 'source', id: source.id, data: { relationToVictim: 'elder sister', riskNotes: 'Known only to both offices' } });
    const redacted = await bundleFrom(a, 'Vault A');
    const record = redacted.bundle.records.find((r) => r.id === source.id)!;
    delete record.data.riskNotes;
    record.redacted = ['riskNotes'];
    const result = await importMemory(b, redacted);
    expect(result.counts['fast-forward']).toBeGreaterThanOrEqual(1);
    expect((await b.call('records.get', { id: source.id })).data).toMatchObject({ relationToVictim: 'elder sister', riskNotes: 'Known only to both offices' });
  });
});
