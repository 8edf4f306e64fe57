import type { RecordData, RecordKind } from '../../../shared/domain/records';
import type { Queryable } from '../db/database';
import { sql } from '../db/sql';
import { kindModule, type LabelExtra } from './kinds';

/** A short human label per record, stored beside it for lists, sorting and search results. */
export function recordLabel<K extends RecordKind>(kind: K, data: Partial<RecordData<K>>, extra: LabelExtra = {}): string {
  return kindModule(kind).label(data, extra);
}

/**
 * What a label needs from outside the record: its own pseudonym, and for a testimony the
 * pseudonym of its source. A source's pseudonym never changes, so the stored label stays true.
 */
export async function labelExtra<K extends RecordKind>(
  tx: Queryable,
  kind: K,
  data: Partial<RecordData<K>>,
  pseudonym: string | null | undefined,
  /** Sources written in the same batch, not yet in the table: pseudonyms by id. */
  batch?: ReadonlyMap<string, string>,
): Promise<LabelExtra> {
  const extra: LabelExtra = pseudonym ? { pseudonym } : {};
  const sourceId = kind === 'testimony' ? (data as Partial<RecordData<'testimony'>>).sourceId : undefined;
  if (sourceId && batch?.has(sourceId)) extra.sourceLabel = batch.get(sourceId);
  else if (sourceId) {
    const source = await tx.get<{ pseudonym: string | null }>(sql`SELECT pseudonym FROM records WHERE id = ${sourceId}`);
    if (source?.pseudonym) extra.sourceLabel = source.pseudonym;
  }
  return extra;
}

/** The label of a record as the store writes it, with what it needs from the vault. */
export async function storedLabel<K extends RecordKind>(
  tx: Queryable,
  kind: K,
  data: Partial<RecordData<K>>,
  pseudonym: string | null | undefined,
  batch?: ReadonlyMap<string, string>,
): Promise<string> {
  return recordLabel(kind, data, await labelExtra(tx, kind, data, pseudonym, batch));
}
