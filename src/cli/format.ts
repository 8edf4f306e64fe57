import type { AppError } from '../shared/errors';
import type { SearchHit, StoredRecord } from '../shared/api';

/** `label (draft)`: how a record is named on one line. */
export function recordLine(record: StoredRecord): string {
  return `${record.id}  ${record.label}${record.draft ? '  (draft)' : ''}`;
}

/** A record for reading in a terminal: a heading, then its fields as indented JSON. */
export function recordText(record: StoredRecord): string {
  const source = record.kind === 'source' ? `, ${record.hasIdentity ? 'identity on file' : 'no identity on file'}` : '';
  return [
    `${record.kind} ${recordLine(record)}`,
    `created ${record.createdAt}, updated ${record.updatedAt}${source}`,
    JSON.stringify(record.data, null, 2),
  ].join('\n');
}

/** A hit with the matched words in [brackets], since a pipe may not show colour. */
export function hitText(hit: SearchHit): string {
  const snippet = hit.snippet.map((part) => (part.hit ? `[${part.text}]` : part.text)).join('').replace(/\s+/g, ' ').trim();
  return `${hit.kind.padEnd(9)} ${hit.id}  ${hit.label}\n          ${snippet}`;
}

/** One line: the message, then each field path that failed and why. */
export function errorLine(error: Pick<AppError, 'message' | 'fields'>): string {
  const fields = error.fields?.map((field) => `${field.path || '(top level)'}: ${field.message}`) ?? [];
  return fields.length > 0 ? `${error.message} ${fields.join('; ')}` : error.message;
}

export function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
