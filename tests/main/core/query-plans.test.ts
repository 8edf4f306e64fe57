import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/main/core/db/database';
import type { CasekeepService } from '../../../src/main/core/service/service';
import { caseCountSql, casePageSql, type CaseListOptions } from '../../../src/main/core/store/cases';
import { RecordStore } from '../../../src/main/core/store/records';
import { caseTimeline } from '../../../src/main/core/store/timeline';
import { trashCountSql, trashPageSql } from '../../../src/main/core/store/trash-page';
import { openService } from '../../helpers/open-service';
import { planOf, statementsOf as sentBy } from '../../helpers/query-plan';

/*
 * The plans SQLite picks for the hot queries of a big vault (issue 9), asserted the way Signal
 * Desktop does: each must read through the index meant for it, and a plan that falls back to
 * scanning `records` fails. The statements are the store's own: built by its exported builders, or
 * caught on their way to the database while the store function runs.
 */

let service: CasekeepService;
let db: Database;
let caseId: string;

beforeAll(async () => {
  ({ service } = await openService());
  db = service.vault!.db;
  const kase = await service.call('records.create', { kind: 'case', data: { title: 'Family of Ерлан Жақып' } });
  caseId = kase.id;
  const person = await service.call('records.create', { kind: 'person', data: { caseIds: [caseId], names: [{ value: 'Ерлан Жақып', script: 'Cyrl' }] } });
  await service.call('records.create', { kind: 'incident', data: { caseIds: [caseId], title: 'Taken', type: 'arbitrary_detention', involved: [{ personId: person.id, role: 'victim' }] } });
  const gone = await service.call('records.create', { kind: 'case', data: { title: 'Deleted case' } });
  await service.call('records.delete', { id: gone.id });
});


/** The steps that read a table, e.g. `SEARCH r USING INDEX records_cases_by_label`. */
const reads = (steps: string[]) => steps.filter((step) => /^(SCAN|SEARCH) /.test(step));

/** A scan of `records` (under any alias) not driven by an index: every row of the vault. */
function scansRecords(steps: string[], aliases: string[]): string[] {
  return steps.filter((step) => aliases.some((alias) => new RegExp(`^SCAN ${alias}( |$)`).test(step)) && !/USING (COVERING )?INDEX/.test(step));
}


describe('the case list', () => {
  const indexFor = { updated: 'records_cases_by_updated', created: 'records_cases_by_created', label: 'records_cases_by_label' } as const;

  for (const sort of ['updated', 'created', 'label'] as const) {
    for (const direction of ['asc', 'desc'] as const) {
      it(`pages by ${sort} ${direction} straight off ${indexFor[sort]}, without sorting`, async () => {
        for (const status of [undefined, 'open']) {
          const options: CaseListOptions = { sort, direction, limit: 50, offset: 100, ...(status ? { status } : {}) };
          const steps = await planOf(db, casePageSql(options));
          expect(scansRecords(steps, ['r', 'records']), steps.join('\n')).toEqual([]);
          expect(reads(steps)[0], steps.join('\n')).toMatch(new RegExp(`^SEARCH r USING INDEX ${indexFor[sort]} \\(kind=\\? AND deleted_at=\\?\\)`));
          // The counts come from one row of case_stats per case, never from the case's records.
          expect(reads(steps)[1], steps.join('\n')).toMatch(/^SEARCH s USING (COVERING )?INDEX sqlite_autoindex_case_stats_1 \(case_id=\?\)|^SEARCH s USING PRIMARY KEY \(case_id=\?\)/);
          expect(reads(steps)).toHaveLength(2);
          expect(steps.filter((step) => step.includes('TEMP B-TREE')), steps.join('\n')).toEqual([]);
        }
      });
    }
  }

  it('counts the cases from a partial index of live cases', async () => {
    for (const status of [undefined, 'closed']) {
      const steps = await planOf(db, caseCountSql(status ? { status } : {}));
      expect(scansRecords(steps, ['r', 'records'])).toEqual([]);
      // Any index on (kind, deleted_at) reads the live cases only; which one is SQLite's choice.
      expect(reads(steps), steps.join('\n')).toEqual([expect.stringMatching(/^SEARCH r USING (COVERING )?INDEX (records_by_kind|records_cases_by_\w+) \(kind=\? AND deleted_at=\?\)/)]);
    }
  });
});

describe('a case’s records', () => {
  it('lists one kind of a case’s records from its links, not from every record of that kind', async () => {
    for (const includeDrafts of [true, false]) {
      const statements = await sentBy(db, (recording) =>
        new RecordStore({ db: recording, vaultId: 'plan', actor: () => Promise.resolve('plan'), identities: undefined as never }).list({
          kind: 'person',
          caseId,
          includeDrafts,
          sort: 'updated',
          direction: 'desc',
          limit: 100,
          offset: 0,
        }),
      );
      expect(statements).toHaveLength(2);
      for (const statement of statements) {
        const steps = await planOf(db, statement);
        expect(scansRecords(steps, ['records', 'r']), steps.join('\n')).toEqual([]);
        // The case's links by their primary key, then each record by its id.
        expect(steps.join('\n')).toMatch(/SEARCH record_cases USING (COVERING INDEX sqlite_autoindex_record_cases_1|PRIMARY KEY) \(case_id=\?\)/);
        expect(steps.join('\n')).toMatch(/SEARCH records USING INDEX sqlite_autoindex_records_1 \(id=\?\)/);
      }
    }
  });
});

describe('a case’s timeline', () => {
  it('reads the case’s links by their key and each record by its id', async () => {
    const statements = await sentBy(db, (recording) => caseTimeline(recording, caseId));
    expect(statements).toHaveLength(1);
    const steps = await planOf(db, statements[0]!);
    expect(scansRecords(steps, ['r', 'records']), steps.join('\n')).toEqual([]);
    expect(reads(steps), steps.join('\n')).toEqual([
      expect.stringMatching(/^SEARCH c USING (COVERING INDEX sqlite_autoindex_record_cases_1|PRIMARY KEY) \(case_id=\?\)/),
      expect.stringMatching(/^SEARCH r USING INDEX sqlite_autoindex_records_1 \(id=\?\)/),
    ]);
  });
});

describe('the trash', () => {
  it('pages through the partial trash indexes of migration 90, newest first, without sorting', async () => {
    const steps = await planOf(db, trashPageSql(100, 200));
    expect(scansRecords(steps, ['records'])).toEqual([]);
    expect(reads(steps), steps.join('\n')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(SCAN|SEARCH) records USING INDEX records_trash\b/), expect.stringMatching(/^(SCAN|SEARCH) attachments USING INDEX attachments_trash\b/)]),
    );
    expect(reads(steps)).toHaveLength(2);
    expect(steps.filter((step) => step.includes('TEMP B-TREE FOR ORDER BY')), steps.join('\n')).toEqual([]);
  });

  it('counts the trash from the same indexes', async () => {
    const steps = await planOf(db, trashCountSql());
    expect(scansRecords(steps, ['records'])).toEqual([]);
    // The sum of two scalar subqueries reads a constant row first; that reads no table.
    expect(reads(steps).filter((step) => step !== 'SCAN CONSTANT ROW'), steps.join('\n')).toEqual([
      expect.stringMatching(/^(SCAN|SEARCH) records USING COVERING INDEX records_trash\b/),
      expect.stringMatching(/^(SCAN|SEARCH) attachments USING COVERING INDEX attachments_trash\b/),
    ]);
  });
});
