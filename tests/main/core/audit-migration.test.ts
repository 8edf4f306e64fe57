import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/core/db/migrations';
import { sql } from '../../../src/main/core/db/sql';
import { entryHash, GENESIS_HASH, valueHash, verifyAudit } from '../../../src/main/core/store/audit-log';
import { canonicalJson } from '../../../src/main/core/store/canonical-json';
import { Vault } from '../../../src/main/core/vault/vault';
import { tempFolder } from '../../helpers/temp';

const PASSPHRASE = 'a vault from before the sealed log';

async function indexHolds(vault: Vault, word: string): Promise<boolean> {
  const blocks = await vault.db.all<{ block: Uint8Array }>(sql`SELECT block FROM search_index_data`);
  return blocks.some((row) => Buffer.from(row.block).includes(word));
}

/** Entries as versions before 40 wrote them: every old and new value in clear. */
const OLD_ENTRIES = [
  { action: 'create', changes: [{ field: 'title', new: 'Witness Bakhytgul Old' }] },
  { action: 'update', changes: [{ field: 'title', old: 'Witness Bakhytgul Old', new: 'Witness Bakhytgul Renamed' }, { field: 'summary', old: 'Gone now' }] },
  { action: 'reveal_identity', changes: [{ field: 'reason', new: 'Court hearing' }] },
];

describe('migration 40 on a vault with an old audit log (docs/security.md S29, S30)', () => {
  it('replaces the values with keyed hashes, re-hashes the chain once under the seal, says so, and drops old purged words from the index', async () => {
    const folder = await tempFolder();
    const { vault: old, recoveryKey } = await Vault.create(folder, PASSPHRASE, { migrations: MIGRATIONS.filter((m) => m.version < 40) });
    let prev = GENESIS_HASH;
    for (const entry of OLD_ENTRIES) {
      const row = { at: '2024-01-01T00:00:00.000Z', actor: 'Field worker', action: entry.action, record_kind: 'case', record_id: 'r1', changes: canonicalJson(entry.changes) };
      const hash = entryHash(prev, row);
      await old.db.run(sql`
        INSERT INTO audit_log (at, actor, action, record_kind, record_id, changes, prev_hash, hash)
        VALUES (${row.at}, ${row.actor}, ${row.action}, ${row.record_kind}, ${row.record_id}, ${row.changes}, ${prev}, ${hash})`);
      prev = hash;
    }
    // A record destroyed before this version: FTS5 kept its words in its segments.
    await old.db.run(sql`INSERT INTO search_index (rowid, label, body) VALUES (900, 'x', 'qzoldpurgedword')`);
    await old.db.run(sql`INSERT INTO search_index (rowid, label, body) VALUES (901, 'y', 'kept')`);
    await old.db.run(sql`DELETE FROM search_index WHERE rowid = 900`);
    expect(await indexHolds(old, 'qzoldpurgedword')).toBe(true);
    await old.lock();

    // Up to the migrations of its time: later ones (the identity of 70) add entries of their own.
    const vault = await Vault.unlockWithRecoveryKey(folder, recoveryKey, { migrations: MIGRATIONS.filter((m) => m.version < 70) });
    try {
      const report = await verifyAudit(vault.db);
      expect(report).toEqual({ ok: true, entries: 4, problems: [] });
      const rows = await vault.db.all<{ action: string; actor: string; changes: string }>(sql`SELECT action, actor, changes FROM audit_log ORDER BY seq`);
      expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'reveal_identity', 'migrate_audit']);
      expect(JSON.stringify(rows)).not.toMatch(/Bakhytgul|Gone now/);
      expect(JSON.parse(rows[1]!.changes)).toEqual([
        { field: 'title', hash: valueHash(vault.db, 'Witness Bakhytgul Renamed') },
        { field: 'summary', removed: true },
      ]);
      // The reason for a reveal is the actor's own words, kept readable as the audit's point.
      expect(JSON.parse(rows[2]!.changes)).toEqual([{ field: 'reason', note: 'Court hearing' }]);
      expect(rows[3]!.changes).toContain('3 entries');
      expect(await indexHolds(vault, 'qzoldpurgedword')).toBe(false);
    } finally {
      await vault.lock();
    }
  });

  it('adds no entry to a vault whose log is empty, and seals it too', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE);
    try {
      expect(await verifyAudit(vault.db)).toEqual({ ok: true, entries: 0, problems: [] });
      await vault.db.run(sql`DELETE FROM audit_anchor`);
      expect((await verifyAudit(vault.db)).problems).toEqual([expect.objectContaining({ problem: 'unsealed' })]);
    } finally {
      await vault.lock();
    }
  });
});
