import { beforeAll, describe, expect, it } from 'vitest';
import type { CasekeepService } from '../../../src/main/core/service/service';
import type { SearchHit } from '../../../src/shared/domain/views';
import { searchRecords } from '../../../src/main/core/store/search';
import { toMatchQuery } from '../../../src/main/core/store/search-text';
import { openService } from '../../helpers/open-service';

let service: CasekeepService;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ service } = await openService());
  const kase = await service.call('records.create', { kind: 'case', data: { title: 'Searchable case' } });
  const person = (names: Array<{ value: string; script: 'Cyrl' | 'Latn' | 'Arab' | 'Hans' }>) =>
    service.call('records.create', { kind: 'person', data: { caseIds: [kase.id], names } });
  ids.kazakh = (await person([{ value: 'Қайрат Жұмабекұлы', script: 'Cyrl' }, { value: 'Qairat Zhumabekuly', script: 'Latn' }])).id;
  ids.uyghur = (await person([{ value: 'ئابدۇرېھىم ھېيت', script: 'Arab' }, { value: 'Abdurehim Heyit', script: 'Latn' }])).id;
  ids.chinese = (await person([{ value: '王伟明', script: 'Hans' }, { value: 'Wang Weiming', script: 'Latn' }])).id;
  ids.french = (await person([{ value: 'Zoë Lefèvre', script: 'Latn' }])).id;
  const source = await service.call('records.create', { kind: 'source', data: { caseIds: [kase.id] }, identity: { realName: 'Secret Name' } });
  ids.source = source.id;
  ids.pseudonym = source.pseudonym!;
  ids.testimony = (
    await service.call('records.create', {
      kind: 'testimony',
      data: {
        caseIds: [kase.id],
        sourceId: source.id,
        interviewDate: '2019-04-01',
        language: 'kk',
        transcript: 'Інім Қарағандыда тұрды, содан кейін оны лагерьге әкетті. Ғимарат үлкен еді.',
        translations: [{ language: 'ru', text: 'Моего брата задержали в Кульдже и отправили в лагерь.' }],
      },
    })
  ).id;
  ids.incident = (await service.call('records.create', { kind: 'incident', data: { caseIds: [kase.id], title: 'Interrogation', type: 'interrogation', description: 'Held at the kanshousuo near Chapchal.' } })).id;
});

const find = (text: string, kinds?: SearchHit['kind'][]) => service.call('search.query', { text, ...(kinds ? { kinds } : {}) });
const idsOf = (hits: SearchHit[]) => hits.map((h) => h.id);

describe('full-text search', () => {
  it('finds Kazakh Cyrillic with its own letters, any case, and with suffixes', async () => {
    expect(idsOf(await find('қайрат'))).toContain(ids.kazakh);
    expect(idsOf(await find('ЖҰМАБЕКҰЛЫ'))).toContain(ids.kazakh);
    expect(idsOf(await find('Қараған'))).toContain(ids.testimony);
    expect(idsOf(await find('ғимарат'))).toContain(ids.testimony);
  });

  it('finds Russian in translations, with highlighted snippets', async () => {
    const hits = await find('Кульдже');
    expect(idsOf(hits)).toEqual([ids.testimony]);
    expect(hits[0]!.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toContain('кульдже');
  });

  it('finds Latin with and without diacritics', async () => {
    expect(idsOf(await find('Zoe Lefevre'))).toContain(ids.french);
    expect(idsOf(await find('Zoë'))).toContain(ids.french);
    expect(idsOf(await find('abdurehim'))).toContain(ids.uyghur);
  });

  it('finds Arabic-script Uyghur', async () => {
    expect(idsOf(await find('ئابدۇرېھىم'))).toContain(ids.uyghur);
    expect(idsOf(await find('ھېيت'))).toContain(ids.uyghur);
  });

  it('finds Chinese names by a substring', async () => {
    expect(idsOf(await find('伟明'))).toEqual([ids.chinese]);
    expect(idsOf(await find('王'))).toEqual([ids.chinese]);
    const [hit] = await find('伟明');
    expect(hit!.snippet.map((p) => p.text).join('')).toContain('王伟明');
  });

  it('finds sources by pseudonym but never by protected identity', async () => {
    expect(idsOf(await find(ids.pseudonym!))).toContain(ids.source);
    expect(await find('Secret')).toEqual([]);
  });

  it('supports OR, kind filters, and takes any typed text without FTS syntax errors', async () => {
    expect(idsOf(await find('Chapchal OR Кульдже')).sort()).toEqual([ids.incident, ids.testimony].sort());
    expect(idsOf(await find('Chapchal OR Кульдже', ['incident']))).toEqual([ids.incident]);
    for (const odd of ['"', 'AND', 'NEAR(', '*', '-', ')(', 'a"b', "'; DROP TABLE records; --", '^', '   ']) {
      await expect(find(odd)).resolves.toBeInstanceOf(Array);
    }
    expect(toMatchQuery('a OR b c')).toBe('"a"* OR "b"* AND "c"*');
  });

  it('drops deleted records from results and brings them back on restore', async () => {
    await service.call('records.delete', { id: ids.incident! });
    expect(idsOf(await find('Chapchal'))).toEqual([]);
    await service.call('trash.restore', { id: ids.incident! });
    expect(idsOf(await find('Chapchal'))).toEqual([ids.incident]);
  });

  it('pages through the ranked list with offset, each hit once, snippets on every page', async () => {
    for (let i = 0; i < 5; i++) {
      await service.call('records.create', { kind: 'incident', data: { title: `Paged ${i}`, type: 'interrogation', description: `Questioned at Tekes ${'Tekes '.repeat(i)}` } });
    }
    const whole = await service.call('search.query', { text: 'Tekes', limit: 10 });
    expect(whole).toHaveLength(5);
    const pages = [];
    for (const offset of [0, 2, 4]) pages.push(...(await service.call('search.query', { text: 'Tekes', limit: 2, offset })));
    expect(pages).toEqual(whole);
    expect(pages.every((hit) => hit.snippet.some((part) => part.hit && part.text === 'Tekes'))).toBe(true);
    expect(await service.call('search.query', { text: 'Tekes', limit: 2, offset: 6 })).toEqual([]);
  });

  it('pages records of equal score in one stable order: each once, none skipped', async () => {
    const made = new Set<string>();
    for (let i = 0; i < 150; i++) {
      made.add((await service.call('records.create', { kind: 'incident', data: { title: 'Tied', type: 'interrogation', description: 'Kept at Ghulja' } })).id);
    }
    const whole = idsOf(await service.call('search.query', { text: 'Tied', limit: 150 }));
    const pages: string[] = [];
    for (let offset = 0; offset < 150; offset += 7) pages.push(...idsOf(await service.call('search.query', { text: 'Tied', limit: 7, offset })));
    expect(new Set(pages)).toEqual(made);
    expect(pages).toEqual(whole);
  });

  it('ranks a bounded window of the newest matches, and a record named by the words before any that only mention them', async () => {
    const named = await service.call('records.create', { kind: 'person', data: { names: [{ value: 'Tursunay Bakirova', script: 'Latn' }] } });
    const mentions: string[] = [];
    for (let i = 0; i < 12; i++) {
      const made = await service.call('records.create', { kind: 'incident', data: { title: `Visit ${i}`, type: 'interrogation', description: `Tursunay was asked about ${'her brother '.repeat(i)}` } });
      mentions.push(made.id);
    }
    const db = service.vault!.db;
    const hits = await searchRecords(db, 'Tursunay', { limit: 20, window: 5 });
    // The person was written first, so no window of the newest mentions would reach it.
    expect(hits[0]!.id).toBe(named.id);
    expect(new Set(idsOf(hits.slice(1)))).toEqual(new Set(mentions.slice(-5)));
    // A window as large as the matches ranks them all, the shortest mention (the best bm25) first.
    const all = await searchRecords(db, 'Tursunay', { limit: 20, window: 100 });
    expect(idsOf(all)).toEqual([named.id, ...mentions]);
  });
});
