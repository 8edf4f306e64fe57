import type { z } from 'zod';
import type { BundleRecord } from '../bundle-types';
import { canonicalJson } from '../../store/canonical-json';
import { entryHash, GENESIS_HASH } from '../../store/audit-log';
import { bundleInvalid, type BundleFailure } from './format';
import { auditSchema, recordSchema } from './schema';
import type { BundleAudit, BundleAuditHead } from './types';

const decoder = new TextDecoder('utf-8', { fatal: true });

export function utf8(bytes: Uint8Array, reason: BundleFailure, path: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw bundleInvalid(reason, `${path} is not UTF-8 text.`, { entry: path });
  }
}

function parse<T>(schema: z.ZodType<T>, bytes: Uint8Array, reason: BundleFailure, path: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(utf8(bytes, reason, path)) as unknown;
  } catch {
    throw bundleInvalid(reason, `${path} is not JSON.`, { entry: path });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw bundleInvalid(reason, `${path} is not valid at ${issue?.path.join('.') || '(top)'}.`, { entry: path });
  }
  return parsed.data;
}

export function parseRecord(bytes: Uint8Array, path: string): BundleRecord {
  const record = parse(recordSchema, bytes, 'record', path);
  if (path !== `records/${record.id}.json`) throw bundleInvalid('record', `${path} holds the record ${record.id}.`, { entry: path });
  return record;
}

/**
 * The excerpt's entries each hash to what they say, given their predecessor's hash; neighbours
 * link up; and the head is the one the signed manifest names. An excerpt skips entries about
 * other records, so the chain is checked where it is whole (docs/security.md S30).
 */
export function parseAudit(bytes: Uint8Array, head: BundleAuditHead): BundleAudit {
  const audit = parse(auditSchema, bytes, 'audit', 'audit.json');
  const refuse = (message: string, seq?: number) => bundleInvalid('audit', message, seq === undefined ? {} : { seq });
  if (audit.head.entries !== head.entries || audit.head.hash !== head.hash) throw refuse('the excerpt names another chain head than the manifest.');
  let previous: { seq: number; hash: string } | undefined;
  for (const entry of audit.entries) {
    if (previous && entry.seq <= previous.seq) throw refuse('the excerpt is not in order.', entry.seq);
    if (entry.seq > head.entries) throw refuse('an entry lies beyond the chain head.', entry.seq);
    if (previous && entry.seq === previous.seq + 1 && entry.prevHash !== previous.hash) throw refuse('an entry does not link to the one before it.', entry.seq);
    if (entry.seq === 1 && entry.prevHash !== GENESIS_HASH) throw refuse('the first entry of the chain does not start it.', entry.seq);
    const computed = entryHash(entry.prevHash, {
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      record_kind: entry.recordKind,
      record_id: entry.recordId,
      changes: canonicalJson(entry.changes),
    });
    if (computed !== entry.hash) throw refuse('an entry does not match its hash.', entry.seq);
    if (entry.seq === head.entries && entry.hash !== head.hash) throw refuse('the last entry is not the chain head.', entry.seq);
    previous = entry;
  }
  return audit;
}
