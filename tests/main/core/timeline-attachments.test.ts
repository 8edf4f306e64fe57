import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CasekeepService } from '../../../src/main/core/service/service';
import { openService } from '../../helpers/open-service';
import { tinyPng } from '../../helpers/media-files';
import { filesContaining } from '../../helpers/temp';
import { expectAppError } from '../../helpers/expect-error';

let service: CasekeepService;
let folder: string;
beforeAll(async () => {
  ({ service, folder } = await openService());
});

describe('case timeline', () => {
  it('orders incidents, testimonies and status changes by date, keeping uncertain dates as ranges', async () => {
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'Timeline' } });
    const person = await service.call('records.create', {
      kind: 'person',
      data: {
        caseIds: [kase.id],
        names: [{ value: 'Нұрлан', script: 'Cyrl' }],
        statusHistory: [
          { status: 'detained', date: { precision: 'month', earliest: '2018-03-01', latest: '2018-03-31' } },
          { status: 'released', date: { precision: 'about', earliest: '2019-01-01', latest: '2021-12-31', text: 'about 2020' } },
        ],
      },
    });
    const source = await service.call('records.create', { kind: 'source', data: { caseIds: [kase.id] } });
    const incident = await service.call('records.create', {
      kind: 'incident',
      data: { caseIds: [kase.id], title: 'Detention', type: 'reeducation_camp_internment', date: { precision: 'range', earliest: '2018-03-01', latest: '2019-06-30' }, involved: [{ personId: person.id, role: 'victim' }] },
    });
    const testimony = await service.call('records.create', { kind: 'testimony', data: { caseIds: [kase.id], sourceId: source.id, interviewDate: '2019-02-14', language: 'ru' } });
    await service.call('testimonies.saveDraft', { data: { caseIds: [kase.id], transcript: 'draft stays off the timeline' } });

    const items = await service.call('cases.timeline', { caseId: kase.id });
    expect(items.map((i) => [i.kind, i.recordId, i.date.earliest, i.date.latest])).toEqual([
      ['status', person.id, '2018-03-01', '2018-03-31'],
      ['incident', incident.id, '2018-03-01', '2019-06-30'],
      ['status', person.id, '2019-01-01', '2021-12-31'],
      ['testimony', testimony.id, '2019-02-14', '2019-02-14'],
    ]);
    expect(items[2]!.date.precision).toBe('about');
    const byPerson = await service.call('cases.timeline', { caseId: kase.id, personId: person.id });
    expect(byPerson.map((i) => i.kind)).toEqual(['status', 'incident', 'status']);
    const byType = await service.call('cases.timeline', { caseId: kase.id, types: ['reeducation_camp_internment'] });
    expect(byType.map((i) => i.recordId)).toEqual([incident.id]);
  });
  it('keeps "after", "before" and night dates, sorting each at its bound, and refuses a night of three days', async () => {
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'Bounds' } });
    const make = (title: string, date: Record<string, string>) =>
      service.call('records.create', { kind: 'incident', data: { caseIds: [kase.id], title, type: 'arbitrary_detention', date: date as never } });
    const after = await make('after', { precision: 'day', earliest: '2019-03-10', latest: '2019-03-10', qualifier: 'after' });
    const on = await make('on', { precision: 'day', earliest: '2019-03-10', latest: '2019-03-10' });
    const before = await make('before', { precision: 'day', earliest: '2019-03-10', latest: '2019-03-10', qualifier: 'before' });
    const night = await make('night', { precision: 'range', earliest: '2019-03-09', latest: '2019-03-10', qualifier: 'night' });
    const items = await service.call('cases.timeline', { caseId: kase.id });
    expect(items.map((i) => i.recordId)).toEqual([night.id, before.id, on.id, after.id]);
    expect(items.map((i) => i.date.qualifier)).toEqual(['night', 'before', undefined, 'after']);
    const error = await expectAppError(make('three nights', { precision: 'range', earliest: '2019-03-09', latest: '2019-03-12', qualifier: 'night' }), 'VALIDATION_FAILED');
    expect(error.fields).toEqual([expect.objectContaining({ path: 'data.date.latest', code: 'nightDays' })]);
    expect(await service.call('cases.timeline', { caseId: kase.id })).toHaveLength(4);
  });
});

describe('attachments through the contract', () => {
  async function upload(ownerId: string, name: string, mime: string, bytes: Buffer, stripMetadata = false) {
    const { uploadId } = await service.call('attachments.begin', { ownerId, name, mime, size: bytes.length });
    for (let offset = 0; offset < bytes.length; offset += 256 * 1024) {
      await service.call('attachments.append', { uploadId, chunk: bytes.subarray(offset, offset + 256 * 1024).toString('base64') });
    }
    return service.call('attachments.finish', { uploadId, stripMetadata });
  }

  async function download(id: string, copy: 'original' | 'working' = 'original'): Promise<Buffer> {
    const parts: Buffer[] = [];
    for (let offset = 0; ; ) {
      const { chunk, eof } = await service.call('attachments.read', { id, copy, offset, length: 300_000 });
      const bytes = Buffer.from(chunk, 'base64');
      parts.push(bytes);
      offset += bytes.length;
      if (eof) break;
    }
    return Buffer.concat(parts);
  }

  it('stores a file encrypted with its SHA-256, reads it back identical, and keeps its text off the disk', async () => {
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'With documents' } });
    const canary = 'ATTACHMENT-CANARY-Шыңжаң-2019';
    const bytes = Buffer.concat([Buffer.from(`${canary}\n`), Buffer.alloc(700_000, 'x'), Buffer.from(canary)]);
    const info = await upload(kase.id, 'scan.txt', 'text/plain', bytes);
    expect(info).toMatchObject({ size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), workingSha256: null });
    expect((await download(info.id)).equals(bytes)).toBe(true);
    expect(await service.call('attachments.list', { ownerId: kase.id })).toEqual([info]);
    expect((await service.call('cases.list', {})).items.find((c) => c.id === kase.id)?.counts.attachment).toBe(1);
    expect(await filesContaining(folder, canary)).toEqual([]);
    const log = await service.call('audit.list', { recordId: info.id });
    // The log holds a keyed hash of the file's name, size and SHA-256, not the name (docs/security.md S29).
    expect(log[0]).toMatchObject({ action: 'attach', changes: [{ field: 'file', hash: expect.stringMatching(/^[0-9a-f]{64}$/) }] });
  });

  it('refuses an upload that is shorter or longer than announced and keeps nothing', async () => {
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'Bad uploads' } });
    const short = await service.call('attachments.begin', { ownerId: kase.id, name: 'a.bin', size: 10 });
    await service.call('attachments.append', { uploadId: short.uploadId, chunk: Buffer.alloc(5).toString('base64') });
    expect((await service.invoke('attachments.finish', { uploadId: short.uploadId })).ok).toBe(false);
    const long = await service.call('attachments.begin', { ownerId: kase.id, name: 'b.bin', size: 3 });
    expect((await service.invoke('attachments.append', { uploadId: long.uploadId, chunk: Buffer.alloc(5).toString('base64') })).ok).toBe(false);
    expect((await service.invoke('attachments.begin', { ownerId: kase.id, name: '../../etc/passwd', size: 1 })).ok).toBe(false);
    // The declared size is bounded by the contract (64 GiB).
    expect((await service.invoke('attachments.begin', { ownerId: kase.id, name: 'huge.bin', size: 64 * 1024 ** 3 + 1 })).ok).toBe(false);
    expect(await service.call('attachments.list', { ownerId: kase.id })).toEqual([]);
  });

  const blobFiles = async (id: string): Promise<string[]> =>
    (await readdir(join(folder, 'attachments'))).filter((name) => name.startsWith(id)).sort();

  it('deletes to the trash, restores, and purges both encrypted files', async () => {
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'Trash for files' } });
    const info = await upload(kase.id, 'photo.png', 'image/png', tinyPng(), true);
    expect(info.workingSha256).not.toBeNull();
    expect(await blobFiles(info.id)).toEqual([`${info.id}.ckb`, `${info.id}.work.ckb`]);
    await service.call('attachments.delete', { id: info.id });
    expect(await service.call('attachments.list', { ownerId: kase.id })).toEqual([]);
    expect((await service.call('trash.list', {})).items.find((t) => t.id === info.id)?.kind).toBe('attachment');
    await service.call('trash.restore', { id: info.id });
    expect((await service.call('attachments.list', { ownerId: kase.id })).map((a) => a.id)).toEqual([info.id]);
    await service.call('attachments.delete', { id: info.id });
    await service.call('trash.purge', { id: info.id, confirm: true });
    expect((await service.invoke('attachments.read', { id: info.id })).ok).toBe(false);
    expect(await blobFiles(info.id)).toEqual([]);
    // The row (its file name is case text) is gone from the WAL as well: checkpointed and truncated.
    expect((await stat(join(folder, 'casekeep.db-wal')).catch(() => ({ size: 0 }))).size).toBe(0);
  });

  it('purging a record removes the encrypted files of the attachments it owned', async () => {
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'Owner to purge' } });
    const photo = await upload(kase.id, 'photo.png', 'image/png', tinyPng(), true);
    const scan = await upload(kase.id, 'scan.bin', 'application/octet-stream', Buffer.alloc(200_000, 7));
    expect([...(await blobFiles(photo.id)), ...(await blobFiles(scan.id))]).toHaveLength(3);
    await service.call('records.delete', { id: kase.id });
    await service.call('trash.purge', { id: kase.id, confirm: true });
    expect([...(await blobFiles(photo.id)), ...(await blobFiles(scan.id))]).toEqual([]);
  });
});
