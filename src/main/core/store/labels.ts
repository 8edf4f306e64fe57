import type { RecordData, RecordKind } from '../../../shared/domain/records';
import { kindModule, type LabelExtra } from './kinds';

/** A short human label per record, stored beside it for lists, sorting and search results. */
export function recordLabel<K extends RecordKind>(kind: K, data: Partial<RecordData<K>>, extra: LabelExtra = {}): string {
  return kindModule(kind).label(data, extra);
}
