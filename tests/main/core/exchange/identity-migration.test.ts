import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../src/main/core/db/migrations';
import { sql } from '../../../../src/main/core/db/sql';
import { loadOrgIdentity } from '../../../../src/main/core/exchange/identity';
import { appendAudit, verifyAudit } from '../../../../src/main/core/store/audit-log';
import { Vault } from '../../../../src/main/core/vault/vault';
import { recordSchemas } from '../../../../src/shared/domain/records';
import { tempFolder } from '../../../helpers/temp';

const PASSPHRASE = 'a vault from before the address book';
const SOURCE_ID = '0190b000-0000-7000-8000-0000000000a1';
const DRAFT_ID = '0190b000-0000-7000-8000-0000000000d1';

/** A source as versions before 70 stored it: consent partners as free-text names. */
const OLD_SOURCE = {
  caseIds: [],
  relationToVictim: 'sister',
  consents: [
    { use: 'record', granted: true, date: '2024-03-01', how: 'oral', partners: [] },
    { use: 'share_partners', granted: true, date: '2024-03-01', how: 'written', partners: ['Partner NGO A (Geneva)', 'OHCHR'], note: 'Signed form in the safe' },
    { use: 'share_partners', granted: false, date: '2024-05-01', how: 'oral', partners: ['UN WGEID'] },
  ],
};

describe('migration 70 on a vault from before the address book', () => {
  it('gives the vault an identity, keeps the old partner names in the consent notes, and says so in the log', async () => {
    const folder = await tempFolder();
    const { vault: old, recoveryKey } = await Vault.create(folder, PASSPHRASE, { migrations: MIGRATIONS.filter((m) => m.version < 70) });
    await old.db.transaction(async (tx) => {
      await tx.run(sql`
        INSERT INTO records (id, kind, label, data, pseudonym, created_at, updated_at, origin)
        VALUES (${SOURCE_ID}, 'source', 'S-0001', ${JSON.stringify(OLD_SOURCE)}, 'S-0001', '2024-03-01T10:00:00.000Z', '2024-03-01T10:00:00.000Z', 'v-old')`);
      await appendAudit(tx, { actor: 'Field worker', action: 'create', recordKind: 'source', recordId: SOURCE_ID, changes: [{ field: 'consents', new: OLD_SOURCE.consents }] });
      const form = { caseIds: [], relationToVictim: 'brother', consents: [{ key: 'k1', use: 'share_partners', granted: 'yes', date: '2024-06-01', how: 'oral', partners: 'HRW, Amnesty', note: '' }] };
      await tx.run(sql`INSERT INTO drafts (id, kind, record_id, data, updated_at) VALUES (${DRAFT_ID}, 'source', NULL, ${JSON.stringify(form)}, '2024-06-01T10:00:00.000Z')`);
    });
    expect(await old.db.get(sql`SELECT name FROM sqlite_master WHERE name = 'org_identity'`)).toBeUndefined();
    await old.lock();

    const vault = await Vault.unlockWithRecoveryKey(folder, recoveryKey);
    let identity: Awaited<ReturnType<typeof loadOrgIdentity>>;
    try {
      identity = await loadOrgIdentity(vault.db);
      expect(identity.recipient).toMatch(/^age1/);

      const row = await vault.db.get<{ data: string; updated_at: string }>(sql`SELECT data, updated_at FROM records WHERE id = ${SOURCE_ID}`);
      const data = JSON.parse(row!.data) as { consents: Array<Record<string, unknown>> };
      expect(data.consents).toEqual([
        { use: 'record', granted: true, date: '2024-03-01', how: 'oral', partnerIds: [] },
        { use: 'share_partners', granted: true, date: '2024-03-01', how: 'written', partnerIds: [], note: 'Signed form in the safe\nPartners named: Partner NGO A (Geneva), OHCHR' },
        { use: 'share_partners', granted: false, date: '2024-05-01', how: 'oral', partnerIds: [], note: 'Partners named: UN WGEID' },
      ]);
      // What the migration wrote is a valid source for the new schema: the form saves it as it is.
      expect(recordSchemas.source.parse(data)).toMatchObject({ consents: data.consents });
      // A format change, not an edit: the record keeps the time it was last changed by a person.
      expect(row!.updated_at).toBe('2024-03-01T10:00:00.000Z');

      const draft = await vault.db.get<{ data: string }>(sql`SELECT data FROM drafts WHERE id = ${DRAFT_ID}`);
      expect(JSON.parse(draft!.data).consents).toEqual([{ key: 'k1', use: 'share_partners', granted: 'yes', date: '2024-06-01', how: 'oral', partnerIds: [], note: 'Partners named: HRW, Amnesty' }]);

      expect(await verifyAudit(vault.db)).toMatchObject({ ok: true, entries: 3 });
      const entries = await vault.db.all<{ action: string; record_id: string | null; changes: string }>(sql`SELECT action, record_id, changes FROM audit_log ORDER BY seq`);
      expect(entries.map((e) => [e.action, e.record_id])).toEqual([
        ['create', SOURCE_ID],
        ['migrate_consents', SOURCE_ID],
        ['create_identity', null],
      ]);
      expect(entries.map((e) => e.changes).join()).not.toMatch(/Geneva|OHCHR|age1/);
    } finally {
      await vault.lock();
    }

    // Opening again changes nothing: one identity, the same keys.
    const again = await Vault.unlockWithRecoveryKey(folder, recoveryKey);
    try {
      expect(await loadOrgIdentity(again.db)).toEqual(identity);
      expect((await again.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM org_identity`))!.n).toBe(1);
      expect((await verifyAudit(again.db)).entries).toBe(3);
    } finally {
      await again.lock();
    }
  });
});
