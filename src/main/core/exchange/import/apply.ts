import type { ImportResult } from '../../../../shared/api/imports';
import type { Database, Queryable } from '../../db/database';
import { sql } from '../../db/sql';
import { appendAudit } from '../../store/audit-log';
import { markReceived, sequenceStanding } from '../bundle-log';
import type { BundleAttachment } from '../bundle-types';
import { saveLineage } from '../lineage-store';
import { countConflicts } from '../conflicts';
import type { IncomingBundle, IncomingRecord } from './incoming';
import { mergeAll, rowChanges } from './merge-record';
import { unplace, type PendingFiles } from './pending-files';
import { attachmentStandings, emptyCounts } from './preview';
import { writeMergedRecord } from './write-record';

export interface ApplyDeps {
  db: Database;
  actor(): Promise<string>;
}

async function insertAttachment(tx: Queryable, a: BundleAttachment, actor: string, note: string): Promise<void> {
  await tx.run(sql`
    INSERT INTO attachments (id, owner_id, name, mime, size, sha256, working_sha256, metadata_removed, created_at, origin)
    VALUES (${a.id}, ${a.ownerId}, ${a.name}, ${a.mime}, ${a.size}, ${a.sha256}, NULL, '[]', ${a.createdAt}, ${a.origin})`);
  await appendAudit(tx, {
    actor,
    action: 'attach',
    recordKind: 'attachment',
    recordId: a.id,
    changes: [
      { field: 'file', new: { owner: a.ownerId, name: a.name, size: a.size, sha256: a.sha256, metadataRemoved: [] } },
      { field: 'source', note },
    ],
  });
}

/**
 * Writes an import in one transaction: the records as merged, their lineage, the new
 * attachments and their files, the sequence log and the audit entries, all or nothing. The merge
 * is computed again here, inside the transaction, so an edit made since the preview is never
 * overwritten. A bundle already applied writes nothing at all.
 */
export async function applyImport(deps: ApplyDeps, bundle: IncomingBundle, records: readonly IncomingRecord[], files: PendingFiles, trust: string): Promise<ImportResult> {
  const actor = await deps.actor();
  const note = `imported from ${bundle.sender.name} (${bundle.signer.fingerprint}; ${trust}), bundle ${bundle.sequence}`;
  let placed: string[] = [];
  try {
    return await deps.db.transaction(async (tx) => {
      const merges = await mergeAll(tx, records);
      const counts = emptyCounts();
      let changed = false;
      for (const m of merges) {
        counts[m.outcome] += 1;
        if (!m.shown) continue;
        if (rowChanges(m)) {
          await writeMergedRecord(
            tx,
            { id: m.incoming.id, createdAt: m.incoming.createdAt, origin: m.incoming.origin, row: m.row, shown: m.shown },
            { actor, action: m.outcome === 'conflict' ? 'import_conflict' : 'import', note },
          );
          changed = true;
        } else if (m.outcome === 'conflict') {
          // The record still shows its own side; the log says that another one arrived.
          await appendAudit(tx, { actor, action: 'import_conflict', recordKind: m.incoming.kind, recordId: m.incoming.id, changes: [{ field: 'source', note }] });
          changed = true;
        }
        if (m.before !== m.after) {
          await saveLineage(tx, m.incoming.id, m.before, m.after);
          changed = true;
        }
      }
      const standings = await attachmentStandings(tx, bundle.attachments);
      const added = bundle.attachments.filter((a) => standings.get(a.id) === 'new' && files.has(a.id));
      for (const a of added) await insertAttachment(tx, a, actor, note);
      const seen = await sequenceStanding(tx, { sender: bundle.sender.vaultId, sequence: bundle.sequence, previous: bundle.previous, hash: bundle.bundleHash });
      if (!changed && added.length === 0 && seen.kind === 'replay') {
        return { counts, attachmentsAdded: 0, openConflicts: await countConflicts(tx) };
      }
      await markReceived(tx, { sender: bundle.sender.vaultId, sequence: bundle.sequence, previous: bundle.previous, hash: bundle.bundleHash });
      await appendAudit(tx, {
        actor,
        action: 'import_bundle',
        changes: [
          { field: 'bundle', new: bundle.bundleHash },
          { field: 'source', note: `${note}: ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}, attachments ${added.length}` },
        ],
      });
      const openConflicts = await countConflicts(tx);
      // Last, so that nothing fails after the files are in place but before the commit.
      placed = await files.place(added.map((a) => a.id));
      return { counts, attachmentsAdded: added.length, openConflicts };
    });
  } catch (error) {
    await unplace(placed);
    throw error;
  }
}
