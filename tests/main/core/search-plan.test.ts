import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/main/core/db/database';
import type { CasekeepService } from '../../../src/main/core/service/service';
import { searchRecords } from '../../../src/main/core/store/search';
import { openService } from '../../helpers/open-service';
import { planOf, statementsOf as sentBy } from '../../helpers/query-plan';

/*
 * The plans of full-text search at scale (issue 9): ranking reads the FTS5 index, never the
 * records, and the page found is joined to records by rowid. The statements are the ones
 * searchRecords sends, caught on their way to the database.
 */

let service: CasekeepService;
let db: Database;

beforeAll(async () => {
  ({ service } = await openService());
  db = service.vault!.db;
  const kase = await service.call('records.create', { kind: 'case', data: { title: 'Camp near Құлжа' } });
  await service.call('records.create', { kind: 'person', data: { caseIds: [kase.id], names: [{ value: 'Ерлан Құлжа', script: 'Cyrl' }] } });
});



const scansRecords = (steps: string[]) => steps.filter((step) => /^SCAN (records|r)( |$)/.test(step));

describe('full-text search plans', () => {
  for (const kinds of [undefined, ['person' as const]]) {
    it(`ranks from the FTS index and joins records by rowid${kinds ? ', with a kind filter' : ''}`, async () => {
      const [rank, snippets, ...rest] = await sentBy(db, (recording) => searchRecords(recording, 'Құлжа OR camp', { limit: 20, ...(kinds ? { kinds } : {}) }));
      expect(rest).toEqual([]);
      const rankSteps = await planOf(db, rank!);
      expect(rankSteps.some((step) => /^SCAN search_index VIRTUAL TABLE INDEX/.test(step))).toBe(true);
      expect(rankSteps.some((step) => /^SEARCH r USING INTEGER PRIMARY KEY \(rowid=\?\)/.test(step))).toBe(true);
      expect(scansRecords(rankSteps)).toEqual([]);
      // The snippet pass reads the index alone, for the page's rows.
      const snippetSteps = await planOf(db, snippets!);
      expect(snippetSteps.some((step) => /^SCAN search_index VIRTUAL TABLE INDEX/.test(step))).toBe(true);
      expect(snippetSteps.filter((step) => /records/.test(step))).toEqual([]);
    });
  }
});
