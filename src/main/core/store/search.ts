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
  rid: number;
  id: string;
  kind: RecordKind;
  label: string;
  score: number;
}

export interface SearchOptions {
  kinds?: RecordKind[];
  limit: number;
  /** Rows of the ranked list to skip: the next page starts at the previous page's end. */
  offset?: number;
  /** Matches ranked in each tier; RANK_WINDOW unless a test needs a small one. */
  window?: number;
}

/**
 * How many matches each tier ranks, newest first. bm25() costs one to two microseconds a match
 * here (it reads the match's positions and its row's size), so ranking every match of a common
 * word in 100,000 testimonies takes 40 ms and more; a bounded window keeps the cost close to what
 * a small vault pays. A query with more matches than this ranks the newest of them (at most twice
 * this many results in all), and a word more narrows it.
 */
export const RANK_WINDOW = 2_000;

/**
 * The first pass, ranking only. Two tiers: records whose label (a name, a title) matches come
 * before records that only mention the words in their text, so a person is found by name however
 * many transcripts name them. Within a tier, bm25() over the newest RANK_WINDOW matches, the
 * label weighing more than the body; equal scores (the same name in many records) are ordered by
 * rowid, so pages never overlap or skip a record. Only a few times the page is joined to records,
 * and always from the ranked rows (CROSS JOIN fixes the order: with a kind filter the planner would
 * otherwise scan every record of the kind).
 * snippet() reads and tokenizes a record's whole text, so it runs in the second pass for the page
 * alone. bm25() beats `ORDER BY rank` here: FTS5's own rank sort scores every match twice. Null
 * for text with no words.
 *
 * A page shorter than the limit is the last: when the kind filter drops most of the window,
 * rows past it are not reached.
 */
export function searchStatement(text: string, options: SearchOptions): Sql | null {
  const match = toMatchQuery(text);
  if (!match) return null;
  const offset = options.offset ?? 0;
  const window = options.window ?? RANK_WINDOW;
  const kinds = options.kinds && options.kinds.length > 0 ? sql`AND r.kind IN (SELECT value FROM json_each(${JSON.stringify(options.kinds)}))` : sql``;
  return sql`
    WITH named AS MATERIALIZED (
      SELECT rowid, bm25(search_index, 4.0, 1.0) AS score
      FROM search_index WHERE search_index MATCH ${`label : (${match})`}
      ORDER BY rowid DESC LIMIT ${window}
    ), mentioned AS (
      SELECT rowid, bm25(search_index, 4.0, 1.0) AS score
      FROM search_index WHERE search_index MATCH ${match}
      ORDER BY rowid DESC LIMIT ${window}
    ), ranked AS (
      SELECT rowid, 0 AS tier, score FROM named
      UNION ALL
      SELECT rowid, 1 AS tier, score FROM mentioned WHERE rowid NOT IN (SELECT rowid FROM named)
    )
    SELECT r.rowid AS rid, r.id, r.kind, r.label, s.score FROM (
      SELECT rowid, tier, score FROM ranked ORDER BY tier, score, rowid LIMIT ${(offset + options.limit) * 3}
    ) AS s CROSS JOIN records r ON r.rowid = s.rowid
    WHERE r.deleted_at IS NULL ${kinds}
    ORDER BY s.tier, s.score, s.rowid LIMIT ${options.limit} OFFSET ${offset}`;
}

/**
 * The second pass: snippets for the rows shown, under the same MATCH so the hits are marked.
 * One scan of the page's rowid range: a lookup per rowid would expand every prefix term again.
 */
export function snippetStatement(text: string, rowids: readonly number[]): Sql | null {
  const match = toMatchQuery(text);
  if (!match || rowids.length === 0) return null;
  return sql`
    SELECT rowid AS rid, snippet(search_index, -1, ${START}, ${END}, '…', 16) AS snip
    FROM search_index WHERE search_index MATCH ${match}
      AND rowid BETWEEN ${Math.min(...rowids)} AND ${Math.max(...rowids)}
      AND +rowid IN (SELECT value FROM json_each(${JSON.stringify(rowids)}))`;
}

export async function searchRecords(db: Queryable, text: string, options: SearchOptions): Promise<SearchHit[]> {
  const statement = searchStatement(text, options);
  if (!statement) return [];
  const rows = await db.all<SearchRow>(statement);
  const snippets = snippetStatement(text, rows.map((row) => row.rid));
  const marked = new Map(snippets ? (await db.all<{ rid: number; snip: string }>(snippets)).map((row) => [row.rid, row.snip]) : []);
  // A record changed between the passes keeps its place and shows no snippet.
  return rows.map((row) => ({ id: row.id, kind: row.kind, label: row.label, snippet: snippetParts(marked.get(row.rid) ?? ''), score: -row.score }));
}
