import type { AuditChange } from '../../../../shared/domain/views';
import { appendAudit, entryHash, GENESIS_HASH, sealChange, writeAnchor, type ChangeInput } from '../../store/audit-log';
import { canonicalJson } from '../../store/canonical-json';
import { sql } from '../sql';
import type { Migration } from './migration';

interface OldEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  record_kind: string | null;
  record_id: string | null;
  changes: string;
}

/** An entry written before this migration: `{ field, old, new }` with the values in clear. */
function scrubbed(tx: Parameters<Migration['up']>[0], entry: OldEntry): AuditChange[] {
  const changes = JSON.parse(entry.changes) as ChangeInput[];
  return changes.map((change) =>
    entry.action === 'reveal_identity' && change.field === 'reason' && typeof change.new === 'string'
      ? { field: change.field, note: change.new }
      : sealChange(tx, { field: change.field, old: change.old, new: change.new }),
  );
}

/**
 * Earlier versions of records, a seal over the audit chain, and an audit log without values
 * (docs/security.md S29, S30).
 *
 * Entries written before this version hold every old and new value in clear, so a purged record
 * stayed readable in its history. Those values are replaced here by keyed hashes. That changes
 * every entry's content, so the chain is re-hashed once, here, under the new seal, and a
 * `migrate_audit` entry records that it was. This is the one place the chain is ever rebuilt:
 * afterwards a re-hashed chain fails verification against the seal. A log that was already broken
 * before the migration is rebuilt as it stands; the `migrate_audit` entry says how many entries
 * failed to verify beforehand, so that fact is not lost.
 */
export const revisionsAndSealedAudit: Migration = {
  version: 40,
  name: 'revisions-and-sealed-audit',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE revisions (
        record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        data TEXT NOT NULL,
        label TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        PRIMARY KEY (record_id, revision)
      ) STRICT;

      CREATE TABLE audit_anchor (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        entries INTEGER NOT NULL,
        head TEXT NOT NULL,
        mac TEXT NOT NULL
      ) STRICT;

      -- FTS5 otherwise keeps a deleted row's tokens in its segments until they are merged.
      INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
      -- Records destroyed before this version left theirs there: one full merge drops them.
      INSERT INTO search_index (search_index) VALUES ('optimize');
    `);

    const entries = await tx.all<OldEntry & { prev_hash: string; hash: string }>(sql`SELECT * FROM audit_log ORDER BY seq`);
    let prevHash = GENESIS_HASH;
    let brokenBefore = 0;
    for (const entry of entries) {
      if (entryHash(entry.prev_hash, entry) !== entry.hash || entry.prev_hash !== prevHash) brokenBefore += 1;
      prevHash = entry.hash;
    }
    prevHash = GENESIS_HASH;
    for (const entry of entries) {
      const changes = canonicalJson(scrubbed(tx, entry));
      const hash = entryHash(prevHash, { ...entry, changes });
      await tx.run(sql`UPDATE audit_log SET changes = ${changes}, prev_hash = ${prevHash}, hash = ${hash} WHERE seq = ${entry.seq}`);
      prevHash = hash;
    }
    const last = entries.at(-1);
    await writeAnchor(tx, last?.seq ?? 0, prevHash);
    if (entries.length > 0) {
      await appendAudit(tx, {
        actor: 'Casekeep',
        action: 'migrate_audit',
        changes: [{ field: 'changes', note: `Values replaced by keyed hashes in ${entries.length} entries; chain re-hashed and sealed. Entries failing verification before: ${brokenBefore}.` }],
      });
    }
  },
};
