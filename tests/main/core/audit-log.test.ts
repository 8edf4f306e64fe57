import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../../src/main/core/db/database';
import { sql } from '../../../src/main/core/db/sql';
import type { CasekeepService } from '../../../src/main/core/service/service';
import { appendAudit, entryHash, GENESIS_HASH, valueHash, verifyAudit } from '../../../src/main/core/store/audit-log';
import { canonicalJson } from '../../../src/main/core/store/canonical-json';
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
async function tamper(change: (run: (text: string) => Promise<void>, tx: Queryable) => Promise<void>) {
  const db = service.vault!.db;
  let report: Awaited<ReturnType<typeof verifyAudit>> | undefined;
  await db
    .transaction(async (tx) => {
      await change(async (text) => {
        await tx.run({ text, values: [] });
      }, tx);
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
    const report = await tamper((run) => run(`UPDATE audit_log SET changes = replace(changes, '"hash":"', '"hash":"0') WHERE seq = 3`));
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

/** What someone who can write the database but has no key can do: rebuild every hash in order. */
async function rechain(run: (text: string) => Promise<void>, tx: Queryable): Promise<void> {
  const rows = await tx.all<{ seq: number; at: string; actor: string; action: string; record_kind: string | null; record_id: string | null; changes: string }>(
    sql`SELECT * FROM audit_log ORDER BY seq`,
  );
  let prev = GENESIS_HASH;
  for (const row of rows) {
    const hash = entryHash(prev, row);
    await run(`UPDATE audit_log SET prev_hash = '${prev}', hash = '${hash}' WHERE seq = ${row.seq}`);
    prev = hash;
  }
}

/** Like tamper(), then every hash rebuilt so that the chain alone looks intact. */
async function tamperAndRechain(change: (run: (text: string) => Promise<void>) => Promise<void>) {
  return tamper(async (run, tx) => {
    await change(run);
    await rechain(run, tx);
  });
}

describe('the seal over the chain (docs/security.md S30)', () => {
  it('verifies an intact, sealed log', async () => {
    expect(await tamper(async () => undefined)).toEqual({ ok: true, entries: 5, problems: [] });
  });

  it('detects the last entries cut off', async () => {
    const report = await tamper((run) => run('DELETE FROM audit_log WHERE seq > 3'));
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ seq: 4, problem: 'removed' })]);
    const all = await tamper((run) => run('DELETE FROM audit_log'));
    expect(all.ok).toBe(false);
  });

  it('detects two entries swapped and the chain re-hashed to match', async () => {
    const report = await tamperAndRechain(async (run) => {
      await run('UPDATE audit_log SET seq = 100 WHERE seq = 2');
      await run('UPDATE audit_log SET seq = 2 WHERE seq = 3');
      await run('UPDATE audit_log SET seq = 3 WHERE seq = 100');
    });
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ problem: 'unsealed' })]);
  });

  it('detects an edited entry with the whole chain re-hashed consistently', async () => {
    const report = await tamperAndRechain((run) => run(`UPDATE audit_log SET actor = 'someone else' WHERE seq = 2`));
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ problem: 'unsealed' })]);
  });

  it('detects a removed or forged seal', async () => {
    const removed = await tamper((run) => run('DELETE FROM audit_anchor'));
    expect(removed.problems).toEqual([expect.objectContaining({ problem: 'unsealed' })]);
    // A seal made without the key: the plain hash an attacker could compute.
    const forged = await tamperAndRechain(async (run) => {
      await run('DELETE FROM audit_log WHERE seq = 5');
      await run(`UPDATE audit_anchor SET entries = 4, head = (SELECT hash FROM audit_log WHERE seq = 4), mac = '${'ab'.repeat(32)}'`);
    });
    expect(forged.ok).toBe(false);
  });

  it('keeps field names and keyed hashes, never the values', async () => {
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'Witness Qalamqas Ermekova', status: 'open' } });
    const [entry] = await service.call('audit.list', { recordId: kase.id, limit: 1 });
    expect(entry!.changes.map((c) => c.field)).toEqual(['status', 'tags', 'title']);
    expect(JSON.stringify(entry)).not.toContain('Qalamqas');
    const title = entry!.changes.find((c) => c.field === 'title')!;
    expect(title.hash).toMatch(/^[0-9a-f]{64}$/);
    // Keyed: not the plain SHA-256 anyone could compute from a list of names.
    expect(title.hash).not.toBe(createHash('sha256').update(canonicalJson('Witness Qalamqas Ermekova')).digest('hex'));
    expect(title.hash).toBe(valueHash(service.vault!.db, 'Witness Qalamqas Ermekova'));
    expect((await service.call('audit.verify', {})).ok).toBe(true);
  });

  it('audits a change of settings, by the name in force, and names later entries by the new one', async () => {
    await service.call('settings.update', { userName: 'Lawyer A', autoLockMinutes: 5 });
    const [entry] = await service.call('audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'update_settings', actor: 'Local user', changes: [{ field: 'autoLockMinutes' }, { field: 'userName' }] });
    expect(JSON.stringify(entry)).not.toContain('Lawyer A');
    expect(entry!.changes[1]!.hash).toBe(valueHash(service.vault!.db, 'Lawyer A'));
    const kase = await service.call('records.create', { kind: 'case', data: { title: 'After the rename' } });
    expect((await service.call('audit.list', { recordId: kase.id, limit: 1 }))[0]).toMatchObject({ actor: 'Lawyer A' });
    const unchanged = (await service.call('audit.verify', {})).entries;
    // A change that names one field leaves the others as they were: nothing changed, nothing logged.
    expect(await service.call('settings.update', { userName: 'Lawyer A' })).toMatchObject({ autoLockMinutes: 5, userName: 'Lawyer A' });
    expect((await service.call('audit.verify', {})).entries).toBe(unchanged);
  });

  it('chains on the newest entry after a transaction that wrote one rolled back', async () => {
    const db = service.vault!.db;
    await db
      .transaction(async (tx) => {
        await appendAudit(tx, { actor: 'x', action: 'test', changes: [] });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await service.call('records.create', { kind: 'case', data: { title: 'After a rollback' } });
    expect(await verifyAudit(db)).toMatchObject({ ok: true, problems: [] });
  });
});
