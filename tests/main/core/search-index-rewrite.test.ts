import { describe, expect, it } from 'vitest';
import { Rng } from '../../../tools/seed/rng';
import { openService } from '../../helpers/open-service';

/*
 * The search index runs with FTS5 secure-delete (docs/security.md S29). SQLite 3.51.3 then loses
 * the delete of a row that is deleted and inserted again under the same rowid in one transaction,
 * which is how every update re-indexes a record, once documents are long and other rows have been
 * deleted (moved to the trash) in between: the old tokens stay,
 * PRAGMA integrity_check reports a checksum mismatch on a healthy vault (docs/security.md S14
 * would call it damaged), and searches find words the record no longer holds.
 */
describe('the search index after many rewrites of long records', () => {
  it('passes integrity_check and finds no word a record no longer holds', async () => {
    const { service } = await openService();
    const rng = new Rng(4);
    const words = ['Үрімжі', 'лагерь', 'detention', 'شىنجاڭ', '乌鲁木齐', 'қамау', 'witness'];
    const text = (n: number) => Array.from({ length: n }, (_, i) => `${rng.pick(words)}${rng.chance(0.2) ? i : ''}`).join(' ');
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'Rewritten often' } });
    const person = (notes: string) => ({ caseIds: [kase.id], names: [{ value: 'Aigerim', script: 'Latn' as const }], notes });
    const ids: string[] = [];
    const problems: string[] = [];
    for (let i = 0; i < 300; i += 1) {
      const notes = text(rng.chance(0.1) ? 5000 : 60);
      if (ids.length < 3 || rng.chance(0.3)) ids.push((await service.call('records.create', { kind: 'person', data: person(notes) })).id);
      else if (rng.chance(0.2)) await service.call('records.delete', { id: ids.splice(rng.int(0, ids.length - 1), 1)[0] as string });
      else await service.call('records.update', { kind: 'person', id: rng.pick(ids), data: person(notes) });
      // The damage can come and go as FTS5 merges segments: look at it along the way.
      if (i % 25 === 24) problems.push(...((await service.vault?.checkIntegrity())?.problems ?? ['no vault']));
    }
    expect(problems).toEqual([]);
    // One word that only an overwritten version held.
    const target = ids[ids.length - 1] as string;
    await service.call('records.update', { kind: 'person', id: target, data: person(`${text(5000)} vanishingword`) });
    await service.call('records.update', { kind: 'person', id: target, data: person(text(5000)) });

    expect((await service.vault?.checkIntegrity())?.problems).toEqual([]);
    expect(await service.call('search.query', { text: 'vanishingword' })).toEqual([]);
  });
});
