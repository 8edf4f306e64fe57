import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../src/main/core/db/sql';
import type { CasekeepService } from '../../../src/main/core/service/service';
import { verifyAudit } from '../../../src/main/core/store/audit-log';
import { openService } from '../../helpers/open-service';

let service: CasekeepService;
beforeAll(async () => {
  ({ service } = await openService());
  const kase = await service.call('records.create', { kind: 'case', data: { title: 'Chain of custody' } });
  for (const status of ['under_review', 'closed', 'open', 'under_review'] as const) {
    await service.call('records.update', { kind: 'case', id: kase.id, data: { title: 'Chain of custody', status } });
  }
});

/** Tampers with the log straight in the database, then checks and undoes it in one transaction. */
async function tamper(change: (run: (text: string) => Promise<void>) => Promise<void>) {
  const db = service.vault!.db;
  let report: Awaited<ReturnType<typeof verifyAudit>> | undefined;
  await db
    .transaction(async (tx) => {
      await change(async (text) => {
        await tx.run({ text, values: [] });
      });
      report = await verifyAudit(tx);
      throw new Error('roll back');
    })
    .catch(() => undefined);
  return report!;
}

describe('audit chain', () => {
  it('verifies an untouched log', async () => {
    const report = await service.call('audit.verify', {});
    expect(report).toEqual({ ok: true, entries: 5, problems: [] });
  });

  it('names an edited entry', async () => {
    const report = await tamper((run) => run(`UPDATE audit_log SET changes = replace(changes, 'closed', 'open') WHERE seq = 3`));
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ seq: 3, problem: 'altered' })]);
    const actor = await tamper((run) => run(`UPDATE audit_log SET actor = 'someone else' WHERE seq = 2`));
    expect(actor.problems).toEqual([expect.objectContaining({ seq: 2, problem: 'altered' })]);
  });

  it('names a removed entry', async () => {
    const report = await tamper((run) => run('DELETE FROM audit_log WHERE seq = 2'));
    expect(report.problems).toEqual([expect.objectContaining({ seq: 2, problem: 'removed' })]);
    const last = await tamper((run) => run('DELETE FROM audit_log WHERE seq = 1'));
    expect(last.problems[0]).toMatchObject({ seq: 1, problem: 'removed' });
  });

  it('names reordered entries', async () => {
    const report = await tamper(async (run) => {
      await run('UPDATE audit_log SET seq = 100 WHERE seq = 2');
      await run('UPDATE audit_log SET seq = 2 WHERE seq = 3');
      await run('UPDATE audit_log SET seq = 3 WHERE seq = 100');
    });
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.problem)).toContain('reordered');
    expect(report.problems.map((p) => p.seq)).toContain(2);
  });

  it('is untouched after the tampering was rolled back', async () => {
    expect((await service.call('audit.verify', {})).ok).toBe(true);
    const rows = await service.vault!.db.all<{ seq: number }>(sql`SELECT seq FROM audit_log ORDER BY seq`);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
  });
});
