import { IMPORT_OUTCOMES, PREVIEW_LINES, type ImportOutcome, type ImportPreview, type ImportWarningCode } from '../../../../shared/api/imports';
import type { Queryable } from '../../db/database';
import { sql } from '../../db/sql';
import { recordLabel } from '../../store/labels';
import { referencesOf, termsOf } from '../../store/references';
import type { BundleAttachment } from '../bundle-types';
import { sequenceStanding } from '../bundle-log';
import type { IncomingBundle } from './incoming';
import type { RecordMerge } from './merge-record';

export type AttachmentStanding = 'new' | 'known' | 'differs';

/** An attachment is known when this vault holds the same id with the same SHA-256; its bytes are then not stored again. */
export async function attachmentStandings(db: Queryable, attachments: readonly BundleAttachment[]): Promise<Map<string, AttachmentStanding>> {
  const ids = JSON.stringify(attachments.map((a) => a.id));
  const here = new Map(
    (await db.all<{ id: string; sha256: string }>(sql`SELECT id, sha256 FROM attachments WHERE id IN (SELECT value FROM json_each(${ids}))`)).map((r) => [r.id, r.sha256]),
  );
  return new Map(attachments.map((a) => [a.id, !here.has(a.id) ? 'new' : here.get(a.id) === a.sha256 ? 'known' : 'differs']));
}

export function emptyCounts(): Record<ImportOutcome, number> {
  return Object.fromEntries(IMPORT_OUTCOMES.map((o) => [o, 0])) as Record<ImportOutcome, number>;
}

/** Records written by this import that point at records or terms this vault will not have. */
async function referenceWarnings(db: Queryable, merges: readonly RecordMerge[]): Promise<Array<{ code: ImportWarningCode; recordId: string }>> {
  const arriving = new Set(merges.filter((m) => m.shown).map((m) => m.incoming.id));
  const wanted = new Set<string>();
  const terms = new Set<string>();
  for (const m of merges) {
    if (!m.shown) continue;
    for (const ref of referencesOf(m.shown.kind, m.shown.data)) if (!arriving.has(ref.id)) wanted.add(ref.id);
    for (const t of termsOf(m.shown.kind, m.shown.data)) terms.add(`${t.vocabulary}:${t.code}`);
  }
  const present = new Set(
    (
      await db.all<{ id: string }>(
        sql`SELECT id FROM records WHERE id IN (SELECT value FROM json_each(${JSON.stringify([...wanted])}))
            UNION SELECT id FROM attachments WHERE id IN (SELECT value FROM json_each(${JSON.stringify([...wanted])}))`,
      )
    ).map((r) => r.id),
  );
  const knownTerms = new Set(
    (
      await db.all<{ key: string }>(
        sql`SELECT vocabulary || ':' || code AS key FROM vocabulary_terms WHERE vocabulary || ':' || code IN (SELECT value FROM json_each(${JSON.stringify([...terms])}))`,
      )
    ).map((r) => r.key),
  );
  const warnings: Array<{ code: ImportWarningCode; recordId: string }> = [];
  for (const m of merges) {
    if (!m.shown) continue;
    if (referencesOf(m.shown.kind, m.shown.data).some((ref) => !arriving.has(ref.id) && !present.has(ref.id))) {
      warnings.push({ code: 'missing-reference', recordId: m.incoming.id });
    }
    if (termsOf(m.shown.kind, m.shown.data).some((t) => !knownTerms.has(`${t.vocabulary}:${t.code}`))) {
      warnings.push({ code: 'unknown-term', recordId: m.incoming.id });
    }
  }
  return warnings;
}

/** What the import would do, for a person to read before anything is written. */
export async function buildPreview(
  db: Queryable,
  bundle: IncomingBundle,
  merges: readonly RecordMerge[],
  extra: { token: string; fileName: string; partner: { id: string; name: string } | null },
): Promise<ImportPreview> {
  const counts = emptyCounts();
  const warnings: ImportPreview['warnings'] = [];
  for (const m of merges) {
    counts[m.outcome] += 1;
    if (m.warning) warnings.push({ code: m.warning, recordId: m.incoming.id });
  }
  warnings.push(...(await referenceWarnings(db, merges)));
  const standings = await attachmentStandings(db, bundle.attachments);
  const owners = new Set([...merges.map((m) => m.incoming.id)]);
  const ownersHere = new Set(
    (await db.all<{ id: string }>(sql`SELECT id FROM records WHERE id IN (SELECT value FROM json_each(${JSON.stringify(bundle.attachments.map((a) => a.ownerId))}))`)).map((r) => r.id),
  );
  const attachments = { new: 0, known: 0, newBytes: 0 };
  for (const a of bundle.attachments) {
    const standing = standings.get(a.id);
    if (standing === 'new') {
      attachments.new += 1;
      attachments.newBytes += a.size;
      if (!owners.has(a.ownerId) && !ownersHere.has(a.ownerId)) warnings.push({ code: 'owner-missing', recordId: a.id });
    } else if (standing === 'known') attachments.known += 1;
    else warnings.push({ code: 'attachment-differs', recordId: a.id });
  }
  const standing = await sequenceStanding(db, { sender: bundle.sender.vaultId, sequence: bundle.sequence, previous: bundle.previous, hash: bundle.bundleHash });
  return {
    token: extra.token,
    fileName: extra.fileName,
    sender: { vaultId: bundle.sender.vaultId, name: bundle.sender.name, fingerprint: bundle.sender.fingerprint },
    signer: { fingerprint: bundle.signer.fingerprint, partner: extra.partner },
    createdAt: bundle.createdAt,
    profile: bundle.profile,
    sequence: bundle.sequence,
    standing,
    counts,
    records: merges.slice(0, PREVIEW_LINES).map((m) => {
      const head = m.incoming.heads[0]!;
      return { id: m.incoming.id, kind: m.incoming.kind, label: m.row?.label ?? recordLabel(m.incoming.kind, head.content.data), outcome: m.outcome, redacted: m.redacted };
    }),
    attachments,
    warnings,
  };
}
