import { access, stat, unlink } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { ExportProfile, ExportResult } from '../../../../shared/api/exports';
import type { RecordData, RecordKind, SourceIdentity } from '../../../../shared/domain/records';
import { AppError } from '../../../../shared/errors';
import type { AttachmentStore } from '../../attachments/attachments';
import { blobLayout } from '../../attachments/blob-format';
import { insideFolder, type SaveTarget } from '../../attachments/plain-copy';
import { appendAudit } from '../../store/audit-log';
import { identitySealer } from '../../store/source-identity';
import { SOURCE_REFERENCE } from '../../store/sensitivity';
import { listVocabularies } from '../../store/vocabularies';
import type { Vault } from '../../vault/vault';
import { writeBundle } from '../bundle';
import type { BundleAttachment, BundleRecord } from '../bundle-types';
import { outgoingSequence, recordBundleSent } from '../lineage';
import { auditExcerpt } from './audit-excerpt';
import { caseSummaryHtml } from './case-summary';
import { loadExportKeys } from './export-keys';
import { resolveRecipients } from './recipients';
import { listFieldDefinitions } from '../../store/field-definitions';
import { attachmentsAllowed, redactRecord, type RedactionContext } from './redaction';
import { readSelected, selectAttachments, selectRecordIds, type SelectedAttachment, type SelectedRecord, type Selection } from './selection';

type Consent = RecordData<'source'>['consents'][number];

export interface ExportRequest {
  selection: Selection;
  /** `self`, partner ids, or bare `age1…` recipients. */
  recipients: readonly string[];
  passphrase?: string | undefined;
  profile: ExportProfile;
}

export interface ExportDeps {
  vault: Vault;
  attachments: AttachmentStore;
  actor(): Promise<string>;
}

/** The file name a save dialog suggests. */
export function suggestedExportName(profile: ExportProfile, now = new Date()): string {
  return `casekeep-${profile === 'archive' ? 'archive' : 'export'}-${now.toISOString().slice(0, 10)}.age`;
}

function lockedError(): AppError {
  return new AppError('VAULT_LOCKED', 'The vault was locked during the export; no file was written.');
}

/** Plaintext of one file for the bundle writer; stops with VAULT_LOCKED once the vault is locked. */
function guardedStream(vault: Vault, chunks: AsyncIterable<Uint8Array>): Readable {
  return Readable.from(
    (async function* () {
      for await (const chunk of chunks) {
        if (!vault.isOpen) throw lockedError();
        yield chunk;
      }
      if (!vault.isOpen) throw lockedError();
    })(),
    { objectMode: false },
  );
}

function sourceConsents(records: readonly SelectedRecord[]): Map<string, Consent[]> {
  const consents = new Map<string, Consent[]>();
  for (const { row } of records) {
    if (row.kind === 'source') consents.set(row.id, (JSON.parse(row.data) as RecordData<'source'>).consents ?? []);
  }
  return consents;
}

function sourceOf(kind: RecordKind, data: Record<string, unknown>): string | undefined {
  const field = SOURCE_REFERENCE[kind];
  const value = field ? data[field] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * One bundle: select, redact by the profile (store/sensitivity.ts), describe the files, add the
 * audit excerpt with the sealed head (docs/security.md S30) and a summary per case, then let the
 * bundle writer sign, encrypt and place it (temporary name, renamed when complete, S19). Records
 * are read in short batches and files streamed, so other calls go on meanwhile; a lock stops the
 * export and leaves no file.
 */
export async function exportBundle(deps: ExportDeps, request: ExportRequest, target: SaveTarget, onProgress?: (done: number, total: number) => void): Promise<ExportResult> {
  const { vault } = deps;
  const stillOpen = () => {
    if (!vault.isOpen) throw lockedError();
  };
  const path = resolve(target.path);
  // Encrypted or not, nothing but the vault's own code writes in the vault folder (docs/security.md S35).
  if (await insideFolder(path, vault.folder)) throw new AppError('FORBIDDEN', 'An export cannot be saved inside the vault folder.');
  if (!target.overwrite && (await access(path).then(() => true, () => false))) {
    throw new AppError('CONFLICT', 'A file with that name exists already; nothing was replaced.');
  }
  const db = vault.db;
  const keys = await loadExportKeys(db, vault.id);
  try {
    const chosen = resolveRecipients(request.recipients, keys.sender.recipient, keys.partners, request.passphrase !== undefined);
    const recordIds = await selectRecordIds(db, request.selection);
    const selected = await readSelected(db, recordIds, stillOpen);
    const consents = sourceConsents(selected);
    const fields = await listFieldDefinitions(db);
    const contextFor = (kind: RecordKind, data: Record<string, unknown>): RedactionContext => {
      const source = sourceOf(kind, data);
      return { profile: request.profile, audience: chosen.audience, sourceConsents: source ? consents.get(source) : undefined, fields };
    };

    const sealer = request.profile === 'archive' ? identitySealer(vault.keys.sourceIdentities) : undefined;
    const records: BundleRecord[] = [];
    for (const { row, version, otherHeads } of selected) {
      const data = JSON.parse(row.data) as Record<string, unknown>;
      const context = contextFor(row.kind, data);
      const redaction = redactRecord(row.kind, data, context);
      const record: BundleRecord = {
        id: row.id,
        kind: row.kind,
        data: redaction.data,
        caseIds: row.kind === 'case' ? [row.id] : (((data.caseIds as string[] | undefined) ?? []) as string[]),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        origin: row.origin,
        deletedAt: row.deleted_at,
        redacted: redaction.redacted,
        version: version.version,
        ancestors: version.ancestors,
      };
      if (row.kind === 'source' && row.pseudonym) record.pseudonym = row.pseudonym;
      if (redaction.identity && sealer && row.secret) {
        stillOpen();
        const identity: SourceIdentity = await sealer.open(row.id, row.secret);
        record.identity = identity;
      }
      if (otherHeads.length > 0) {
        record.otherHeads = otherHeads.map((head) => {
          const other = redactRecord(row.kind, head.content.data, context);
          return { version: head.version, ancestors: head.ancestors, data: other.data, updatedAt: head.content.updatedAt, deletedAt: head.content.deletedAt, redacted: other.redacted };
        });
      }
      records.push(record);
    }

    const dataById = new Map(selected.map(({ row }) => [row.id, JSON.parse(row.data) as Record<string, unknown>]));
    const files: SelectedAttachment[] = [];
    const withheld = new Map<string, number>();
    for (const file of await selectAttachments(db, records.map((r) => r.id))) {
      if (attachmentsAllowed(file.ownerKind, contextFor(file.ownerKind, dataById.get(file.ownerId) ?? {}))) files.push(file);
      else withheld.set(file.ownerId, (withheld.get(file.ownerId) ?? 0) + 1);
    }
    for (const record of records) {
      const count = withheld.get(record.id);
      if (count) record.redacted.push('attachments');
    }
    // A partner gets the working copy (metadata removed when that was asked for, docs/security.md S23); an archive keeps the originals.
    const copyOf = (file: SelectedAttachment) => (request.profile !== 'archive' && file.workingSha256 ? 'working' : 'original');
    const attachments: Array<BundleAttachment & { open(): Promise<Readable> }> = [];
    for (const file of files) {
      const copy = copyOf(file);
      const described: BundleAttachment = {
        id: file.id,
        ownerId: file.ownerId,
        name: file.name,
        mime: file.mime,
        // Only the original's size is recorded; the working copy's follows from its file's length.
        size: copy === 'original' ? file.size : blobLayout((await stat(deps.attachments.blobPaths(file.id).working)).size).plaintextBytes,
        sha256: copy === 'working' ? (file.workingSha256 as string) : file.sha256,
        createdAt: file.createdAt,
        origin: file.origin,
      };
      attachments.push({ ...described, open: async () => guardedStream(vault, deps.attachments.stream(file.id, copy)) });
    }

    const createdAt = new Date().toISOString();
    const termLabels = new Map<string, string>();
    for (const vocabulary of await listVocabularies(db)) {
      for (const term of vocabulary.terms) termLabels.set(`${vocabulary.key}:${term.code}`, term.labels.en);
    }
    const pseudonyms = new Map(records.filter((r) => r.pseudonym).map((r) => [r.id, r.pseudonym as string]));
    const summaries = records
      .filter((r) => r.kind === 'case')
      .map((kase) => ({
        caseId: kase.id,
        title: String((kase.data as { title?: unknown }).title ?? 'Case'),
        html: caseSummaryHtml({ kase, records, attachments, withheldAttachments: withheld, pseudonyms, termLabels, sender: keys.sender.name, createdAt, profile: request.profile }),
      }));

    stillOpen();
    const audit = await auditExcerpt(db, [...records.map((r) => r.id), ...attachments.map((a) => a.id)], request.profile, stillOpen);
    const { sequence, previous } = await outgoingSequence(db);
    stillOpen();
    const written = await writeBundle(
      path,
      { sender: keys.sender, profile: request.profile, sequence, previous, createdAt, records, attachments, audit: { head: audit.head, entries: audit.entries }, summaries },
      {
        recipients: chosen.keys,
        ...(request.passphrase !== undefined ? { passphrase: request.passphrase } : {}),
        signingSecretKey: keys.signingSecretKey,
        ...(onProgress ? { onProgress } : {}),
      },
    );

    // What is not recorded and audited does not stay: a lock (or a failure) from here on takes the
    // finished file away again, so every bundle on disk is one the log names.
    try {
      stillOpen();
      await recordExport(deps, request, chosen.described, { sequence, manifestSha256: written.manifestSha256, records: records.length, attachments: attachments.length });
    } catch (error) {
      await unlink(path).catch(() => undefined);
      throw error;
    }
    return {
      saved: true,
      path,
      bytes: written.bytes,
      manifestSha256: written.manifestSha256,
      profile: request.profile,
      records: records.length,
      attachments: attachments.length,
      redactedRecords: records.filter((r) => r.redacted.length > 0).length,
      withheldAttachments: [...withheld.values()].reduce((a, b) => a + b, 0),
    };
  } finally {
    keys.dispose();
  }
}

async function recordExport(deps: ExportDeps, request: ExportRequest, recipients: string, sent: { sequence: number; manifestSha256: string; records: number; attachments: number }): Promise<void> {
  const actor = await deps.actor();
  await deps.vault.db.transaction(async (tx) => {
    await recordBundleSent(tx, { sequence: sent.sequence, bundleHash: sent.manifestSha256 });
    // Chain of custody: what left, under which profile, to whom (ids, never the path: it names the user's folders).
    await appendAudit(tx, {
      actor,
      action: 'export',
      changes: [
        { field: 'profile', note: request.profile },
        { field: 'recipients', note: recipients },
        { field: 'records', note: String(sent.records) },
        { field: 'attachments', note: String(sent.attachments) },
        { field: 'bundle', note: `${sent.sequence} ${sent.manifestSha256}` },
      ],
    });
  });
}
