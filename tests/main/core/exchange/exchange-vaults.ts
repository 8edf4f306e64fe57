import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { BundleAttachment, BundleRecord } from '../../../../src/main/core/exchange/bundle-types';
import type { IncomingBundle } from '../../../../src/main/core/exchange/import/incoming';
import type { BundleReader } from '../../../../src/main/core/exchange/import/imports';
import { importsFor } from '../../../../src/main/core/exchange/import/registry';
import { conflictHeadsForExport, outgoingSequence, recordBundleSent, versionsForExport } from '../../../../src/main/core/exchange/lineage';
import { identifier, sql } from '../../../../src/main/core/db/sql';
import type { RecordRow } from '../../../../src/main/core/store/record-rows';
import type { CasekeepService } from '../../../../src/main/core/service/service';
import type { ImportResult } from '../../../../src/shared/api/imports';

/*
 * Bundles between real vaults without the archive layer: the records and attachments exactly as
 * an export hands them to the bundle writer (no redaction), and a reader that gives them back as
 * the verified bundle reader would. The archive, its signature and its encryption have their own
 * tests; these exercise everything after verification.
 */

export interface MemoryBundle {
  bundle: IncomingBundle;
  bytes: Map<string, Buffer>;
}

function vaultOf(service: CasekeepService) {
  const vault = service.vault;
  if (!vault?.isOpen) throw new Error('The vault is not open.');
  return vault;
}

async function readAttachment(service: CasekeepService, id: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset = 0; ; ) {
    const { chunk, eof } = await service.call('attachments.read', { id, copy: 'original', offset });
    const bytes = Buffer.from(chunk, 'base64');
    parts.push(bytes);
    offset += bytes.length;
    if (eof) break;
  }
  return Buffer.concat(parts);
}

/** Every saved record of the vault (or those named), as a bundle would carry them. */
export async function bundleFrom(service: CasekeepService, name: string, only?: string[]): Promise<MemoryBundle> {
  const vault = vaultOf(service);
  const db = vault.db;
  const ids = only ?? (await db.all<{ id: string }>(sql`SELECT id FROM records WHERE draft = 0 ORDER BY id`)).map((r) => r.id);
  const versions = await versionsForExport(db, ids);
  const others = await conflictHeadsForExport(db, ids);
  const rows = await db.all<RecordRow>(sql`SELECT * FROM records WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)})) ORDER BY id`);
  const records: BundleRecord[] = rows.map((row) => {
    const data = JSON.parse(row.data) as Record<string, unknown>;
    const record: BundleRecord = {
      id: row.id,
      kind: row.kind,
      data,
      caseIds: row.kind === 'case' ? [row.id] : ((data.caseIds as string[] | undefined) ?? []),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      origin: row.origin,
      deletedAt: row.deleted_at,
      redacted: [],
      ...versions.get(row.id)!,
    };
    const heads = others.get(row.id);
    if (heads && heads.length > 0) {
      record.otherHeads = heads.map((h) => ({
        version: h.version,
        ancestors: h.ancestors,
        data: h.content.data,
        updatedAt: h.content.updatedAt,
        deletedAt: h.content.deletedAt,
        redacted: [],
      }));
    }
    return record;
  });
  const attachmentRows = await db.all<{ id: string; owner_id: string; name: string; mime: string; size: number; sha256: string; created_at: string; origin: string }>(
    sql`SELECT * FROM attachments WHERE owner_id IN (SELECT value FROM json_each(${JSON.stringify(ids)})) AND deleted_at IS NULL ORDER BY id`,
  );
  const attachments: BundleAttachment[] = attachmentRows.map((a) => ({ id: a.id, ownerId: a.owner_id, name: a.name, mime: a.mime, size: a.size, sha256: a.sha256, createdAt: a.created_at, origin: a.origin }));
  const bytes = new Map<string, Buffer>();
  for (const a of attachments) bytes.set(a.id, await readAttachment(service, a.id));
  const { sequence, previous } = await outgoingSequence(db);
  const bundleHash = createHash('sha256').update(JSON.stringify({ records, attachments, sequence })).digest('hex');
  await recordBundleSent(db, { sequence, bundleHash });
  return {
    bundle: {
      sender: { vaultId: vault.id, name, recipient: 'age1test', signingKey: `key-of-${vault.id}`, fingerprint: `fp-${name}` },
      signer: { signingKey: `key-of-${vault.id}`, fingerprint: `fp-${name}` },
      profile: 'default',
      createdAt: new Date().toISOString(),
      sequence,
      previous,
      bundleHash,
      records: structuredClone(records),
      attachments,
    },
    bytes,
  };
}

/** A reader that hands back a bundle held in memory, feeding the sink as the real reader does. */
export function memoryReader(memory: MemoryBundle, fail?: Error): BundleReader {
  return async (_path, o) => {
    for (const a of memory.bundle.attachments) await o.attachmentSink(a, Readable.from([memory.bytes.get(a.id)!]));
    if (fail) throw fail;
    return structuredClone(memory.bundle);
  };
}

export async function importMemory(service: CasekeepService, memory: MemoryBundle, acceptSigner = true): Promise<ImportResult> {
  const imports = importsFor(vaultOf(service));
  const preview = await imports.preview('/somewhere/bundle.age', memoryReader(memory));
  return imports.apply(preview.token, acceptSigner);
}

/** Every table an import may touch, row by row, for "nothing changed" comparisons. */
export async function dumpTables(service: CasekeepService): Promise<Record<string, unknown[]>> {
  const db = vaultOf(service).db;
  const tables = ['records', 'record_cases', 'revisions', 'record_versions', 'record_heads', 'attachments', 'audit_log', 'audit_anchor', 'bundles_received', 'meta'];
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) dump[table] = await db.all(sql`SELECT * FROM ${identifier(table, tables)} ORDER BY 1, 2`);
  dump.search = await db.all(sql`SELECT rowid, label, body FROM search_index ORDER BY rowid`);
  return dump;
}

/** What must agree between vaults that exchanged everything: the records as they read. */
export async function recordsView(service: CasekeepService): Promise<unknown[]> {
  return vaultOf(service).db.all(sql`SELECT id, kind, data, created_at, updated_at, origin, deleted_at FROM records WHERE draft = 0 ORDER BY id`);
}

export async function conflictsView(service: CasekeepService): Promise<unknown[]> {
  const list = await service.call('conflicts.list', {});
  return list.map((c) => ({ recordId: c.recordId, shown: c.shown, sides: c.sides.map((s) => s.version) }));
}
