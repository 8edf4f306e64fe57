import type { RecordData, RecordKind } from '../../../shared/domain/records';

/** A short human label per record, stored beside it for lists, sorting and search results. */
export function recordLabel(kind: RecordKind, data: Partial<RecordData<RecordKind>>, extra: { pseudonym?: string } = {}): string {
  switch (kind) {
    case 'case':
      return (data as Partial<RecordData<'case'>>).title ?? '';
    case 'person': {
      const names = (data as Partial<RecordData<'person'>>).names ?? [];
      return (names.find((n) => n.kind === 'name') ?? names[0])?.value ?? '';
    }
    case 'source':
      return extra.pseudonym ?? '';
    case 'testimony': {
      const d = data as Partial<RecordData<'testimony'>>;
      return [d.interviewDate, d.place].filter(Boolean).join(' · ') || (d.summary ?? '').slice(0, 80);
    }
    case 'incident':
      return (data as Partial<RecordData<'incident'>>).title ?? '';
  }
}
