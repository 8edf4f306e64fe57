import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../../src/main/core/db/database';
import type { CasekeepService } from '../../../src/main/core/service/service';
import { DATABASE_FILE } from '../../../src/main/core/vault/vault';
import { openService } from '../../helpers/open-service';
import { filesContaining, sizeOf } from '../../helpers/temp';

/*
 * docs/security.md S29: after "delete forever" no field value of the record is left in any table
 * of the decrypted database (FTS5 shadow tables, revisions, drafts and the audit log included),
 * and the WAL holds no page from before the purge.
 *
 * Lowercase ASCII words, each starting with its own rare pair of letters: FTS5 folds case and
 * stores a term after the prefix it shares with the term before it, so the scan also looks for
 * each word without its first letters.
 */
const WORDS = {
  name: 'qjaigerimwitness',
  transcript: 'xvfirsttranscript',
  updated: 'wkeditedtranscript',
  translation: 'zptranslatedword',
  draft: 'jyunsaveddraft',
} as const;
const NEEDLES = Object.values(WORDS).flatMap((word) => [word, word.slice(3)]);

let service: CasekeepService;
let folder: string;
beforeAll(async () => {
  ({ service, folder } = await openService());
});

/** Every table, every row, every column: which of the words each one still holds. */
async function tablesHolding(db: Queryable): Promise<string[]> {
  const tables = await db.all<{ name: string }>({ text: `SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`, values: [] });
  const hits = new Set<string>();
  for (const { name } of tables) {
    const rows = await db.all<Record<string, unknown>>({ text: `SELECT * FROM "${name.replaceAll('"', '""')}"`, values: [] });
    for (const row of rows) {
      for (const value of Object.values(row)) {
        const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value instanceof Uint8Array ? Buffer.from(value) : undefined;
        if (!bytes) continue;
        for (const needle of NEEDLES) if (bytes.includes(needle)) hits.add(`${name}: ${needle}`);
      }
    }
  }
  return [...hits].sort();
}

describe('delete forever', () => {
  it('leaves no value of the record in any table, the search index, the revisions, drafts, the audit log or the WAL', async () => {
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'Purge under test' } });
    const source = await service.call('records.create', { kind: 'source', data: { caseIds: [kase.id] } });
    const person = await service.call('records.create', { kind: 'person', data: { caseIds: [kase.id], names: [{ value: `Aigerim ${WORDS.name}`, script: 'Latn' }] } });
    const testimony = await service.call('records.create', {
      kind: 'testimony',
      data: {
        caseIds: [kase.id],
        sourceId: source.id,
        interviewDate: '2020-03-01',
        language: 'kk',
        transcript: `She said ${WORDS.transcript} twice.`,
        personLinks: [{ personId: person.id, quote: `about ${WORDS.name}` }],
      },
    });
    // The update leaves the first version in the revisions table and both in the audit log's history.
    await service.call('records.update', {
      kind: 'testimony',
      id: testimony.id,
      data: {
        caseIds: [kase.id],
        sourceId: source.id,
        interviewDate: '2020-03-01',
        language: 'kk',
        transcript: `She said ${WORDS.updated} later.`,
        translations: [{ language: 'en', text: `In English: ${WORDS.translation}.` }],
        personLinks: [{ personId: person.id, quote: `about ${WORDS.name}` }],
      },
    });
    await service.call('drafts.save', { kind: 'testimony', recordId: testimony.id, data: { transcript: `Not saved yet: ${WORDS.draft}` } });
    const db = service.vault!.db;
    // The scan finds every word while the records exist: a scan that finds nothing proves nothing.
    expect(await tablesHolding(db)).toEqual(expect.arrayContaining([`revisions: ${WORDS.transcript}`, `drafts: ${WORDS.draft}`, `search_index_content: ${WORDS.updated}`]));
    expect((await tablesHolding(db)).filter((hit) => hit.startsWith('search_index_data'))).not.toEqual([]);

    for (const id of [testimony.id, person.id]) {
      await service.call('records.delete', { id });
      await service.call('trash.purge', { id, confirm: true });
    }

    expect(await tablesHolding(db)).toEqual([]);
    expect((await service.call('search.query', { text: WORDS.updated })).length).toBe(0);
    expect((await service.call('audit.verify', {})).ok).toBe(true);
    // The WAL was checkpointed and truncated: no frame from before the purge is left in it.
    expect((await sizeOf(join(folder, `${DATABASE_FILE}-wal`))) ?? 0).toBe(0);
    for (const needle of NEEDLES) expect(await filesContaining(folder, needle)).toEqual([]);
  });
});
