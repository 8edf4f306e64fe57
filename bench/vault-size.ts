import type { Queryable } from '../src/main/core/db/database';

export interface SizeBreakdown {
  /** UTF-8 bytes of every record's data column: what the records themselves hold. */
  recordJsonBytes: number;
  /** Page bytes by part, largest first. */
  parts: Array<{ name: string; bytes: number }>;
}

/** Which part of the vault a table or index belongs to: its own table, or the full-text index. */
function partOf(name: string, tableOf: ReadonlyMap<string, string>): string {
  if (name.startsWith('search_index')) return 'full-text index (search_index_*)';
  if (name === 'sqlite_schema' || name === 'sqlite_master') return 'schema';
  const table = tableOf.get(name) ?? name;
  return table.startsWith('sqlite_autoindex_') ? table.replace(/^sqlite_autoindex_(.+)_\d+$/, '$1') : table;
}

/**
 * The database's pages by table (each with its indexes) from SQLite's dbstat, and the records'
 * own JSON to compare them with. Reads every page once: for the bench, never for the app.
 */
export async function sizeBreakdown(db: Queryable): Promise<SizeBreakdown> {
  const indexes = await db.all<{ name: string; tbl_name: string }>({ text: "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'", values: [] });
  const tableOf = new Map(indexes.map((index) => [index.name, index.tbl_name] as const));
  const pages = await db.all<{ name: string; bytes: number }>({ text: 'SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name', values: [] });
  const byPart = new Map<string, number>();
  for (const page of pages) {
    const part = partOf(page.name, tableOf);
    byPart.set(part, (byPart.get(part) ?? 0) + page.bytes);
  }
  const json = await db.get<{ bytes: number }>({ text: "SELECT coalesce(sum(length(CAST(data AS BLOB))), 0) AS bytes FROM records", values: [] });
  return {
    recordJsonBytes: json?.bytes ?? 0,
    parts: [...byPart].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes),
  };
}
