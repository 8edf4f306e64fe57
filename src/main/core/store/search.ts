import type { RecordKind } from '../../../shared/domain/records';
import type { SearchHit, SnippetPart } from '../../../shared/domain/views';
import type { Queryable } from '../db/database';
import { sql, type Sql } from '../db/sql';
import { toMatchQuery } from './search-text';

const START = '\u0002';
const END = '\u0003';

/** Splits FTS5's marked snippet into plain parts, so the UI never renders markup from the store. */
export function snippetParts(marked: string): SnippetPart[] {
  // Undo the spacing that indexing put around Han characters (see search-text.ts); the markers
  // are control characters on purpose: no typed text contains them.
  // eslint-disable-next-line no-control-regex
  const joined = marked.replace(/ (?=[\u0002\u0003]?\p{Script=Han})|(?<=\p{Script=Han}[\u0002\u0003]?) /gu, '');
  const parts: SnippetPart[] = [];
  for (const piece of joined.split(START)) {
    const [hit, rest] = piece.includes(END) ? (piece.split(END, 2) as [string, string]) : [undefined, piece];
    if (hit) parts.push({ text: hit, hit: true });
    if (rest) parts.push({ text: rest, hit: false });
  }
  return parts;
}

export interface SearchRow {
  id: string;
  kind: RecordKind;
  label: string;
  snip: string;
  score: number;
}

/**
 * The ranked full-text statement, or null for text with no words. The label weighs more than the
 * body, so a name match comes before a passing mention in a transcript. Ranking runs over the
 * matches alone, before the join, and only a few times the page size is joined.
 */
export function searchStatement(text: string, options: { kinds?: RecordKind[]; limit: number }): Sql | null {
  const match = toMatchQuery(text);
  if (!match) return null;
  const kinds = options.kinds && options.kinds.length > 0 ? sql`AND r.kind IN (SELECT value FROM json_each(${JSON.stringify(options.kinds)}))` : sql``;
  return sql`
    SELECT r.id, r.kind, r.label, s.snip, s.score FROM (
      SELECT rowid, snippet(search_index, -1, ${START}, ${END}, '…', 16) AS snip, bm25(search_index, 4.0, 1.0) AS score
      FROM search_index WHERE search_index MATCH ${match}
      ORDER BY score LIMIT ${options.limit * 3}
    ) AS s JOIN records r ON r.rowid = s.rowid
    WHERE r.deleted_at IS NULL ${kinds}
    ORDER BY s.score LIMIT ${options.limit}`;
}

export async function searchRecords(db: Queryable, text: string, options: { kinds?: RecordKind[]; limit: number }): Promise<SearchHit[]> {
  const statement = searchStatement(text, options);
  if (!statement) return [];
  const rows = await db.all<SearchRow>(statement);
  return rows.map((row) => ({ id: row.id, kind: row.kind, label: row.label, snippet: snippetParts(row.snip), score: -row.score }));
}
