import { beforeAll, describe, expect, it } from 'vitest';
import type { CasekeepService } from '../../../src/main/core/service/service';
import type { TrashItem } from '../../../src/shared/domain/views';
import { failure } from '../../helpers/contract-calls';
import { tinyPng } from '../../helpers/media-files';
import { openService } from '../../helpers/open-service';

let service: CasekeepService;
beforeAll(async () => {
  ({ service } = await openService());
});

async function attach(ownerId: string, name: string): Promise<string> {
  const bytes = tinyPng();
  const { uploadId } = await service.call('attachments.begin', { ownerId, name, mime: 'image/png', size: bytes.length });
  await service.call('attachments.append', { uploadId, chunk: bytes.toString('base64') });
  return (await service.call('attachments.finish', { uploadId, stripMetadata: false })).id;
}

const newestFirst = (a: TrashItem, b: TrashItem) => b.deletedAt.localeCompare(a.deletedAt) || b.id.localeCompare(a.id);

describe('trash pages', () => {
  it('merges deleted records and attachments newest first, a page at a time, with the whole count', async () => {
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'Kept, with files' } });
    // Records and attachments deleted in turn, so a page that read only one table would be out of order.
    for (let n = 0; n < 7; n += 1) {
      const person = await service.call('records.create', { kind: 'person', data: { caseIds: [kase.id], names: [{ value: `Person ${n}`, script: 'Latn' }] } });
      await service.call('records.delete', { id: person.id });
      const file = await attach(kase.id, `photo-${n}.png`);
      await service.call('attachments.delete', { id: file });
    }

    const first = await service.call('trash.list', { limit: 5 });
    expect(first.total).toBe(14);
    expect(first.items).toHaveLength(5);
    const pages: TrashItem[] = [...first.items];
    for (let offset = 5; offset < first.total; offset += 5) {
      const page = await service.call('trash.list', { limit: 5, offset });
      expect(page.total).toBe(14);
      pages.push(...page.items);
    }
    expect(pages).toHaveLength(14);
    expect(new Set(pages.map((item) => item.id)).size).toBe(14);
    expect(pages).toEqual([...pages].sort(newestFirst));
    expect(pages.filter((item) => item.kind === 'attachment').map((item) => item.label)).toEqual(
      ['photo-6.png', 'photo-5.png', 'photo-4.png', 'photo-3.png', 'photo-2.png', 'photo-1.png', 'photo-0.png'],
    );
    expect(pages.filter((item) => item.kind === 'person')).toHaveLength(7);
    expect(pages[0]).toMatchObject({ kind: 'attachment', label: 'photo-6.png' });

    // Past the end: nothing, and the count is still the whole trash.
    expect(await service.call('trash.list', { offset: 14 })).toEqual({ items: [], total: 14 });
    // The default page is 100.
    expect((await service.call('trash.list', {})).items).toEqual(pages);
  });

  it('refuses a page larger than 500, a negative offset and unknown fields', async () => {
    for (const input of [{ limit: 501 }, { limit: 0 }, { offset: -1 }, { limit: 1.5 }, { cursor: 'x' }]) {
      expect((await failure(service, 'trash.list', input)).code).toBe('VALIDATION_FAILED');
    }
    expect((await service.call('trash.list', { limit: 500 })).total).toBeGreaterThan(0);
  });
});
