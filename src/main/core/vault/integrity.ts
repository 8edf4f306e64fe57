import { sql } from '../db/sql';
import type { Database } from '../db/database';

export interface IntegrityReport {
  ok: boolean;
  /** Page numbers SQLCipher found tampered or damaged. */
  pages: number[];
  problems: string[];
}

function pagesIn(lines: string[]): number[] {
  const pages = new Set<number>();
  for (const line of lines) {
    for (const match of line.matchAll(/page (\d+)/gi)) pages.add(Number(match[1]));
  }
  return [...pages].sort((a, b) => a - b);
}

async function lines(db: Database, pragma: 'cipher_integrity_check' | 'integrity_check' | 'quick_check'): Promise<string[]> {
  try {
    const rows = await db.all<Record<string, string>>(
      pragma === 'cipher_integrity_check'
        ? sql`PRAGMA cipher_integrity_check`
        : pragma === 'integrity_check'
          ? sql`PRAGMA integrity_check`
          : sql`PRAGMA quick_check`,
    );
    return rows.map((row) => String(Object.values(row)[0])).filter((line) => line !== 'ok');
  } catch (error) {
    return [`${pragma} failed: ${(error as { code?: string }).code ?? 'error'}`];
  }
}

/** The quick check run at every unlock; on a problem, the cipher check names the pages. */
export async function quickCheck(db: Database): Promise<IntegrityReport> {
  const problems = await lines(db, 'quick_check');
  if (problems.length === 0) return { ok: true, pages: [], problems };
  return fullReport(db, problems);
}

/** Both checks: SQLCipher's per-page HMACs and SQLite's own structure (SECURITY.md S14). */
export async function fullCheck(db: Database): Promise<IntegrityReport> {
  return fullReport(db, await lines(db, 'integrity_check'));
}

async function fullReport(db: Database, found: string[]): Promise<IntegrityReport> {
  const cipher = await lines(db, 'cipher_integrity_check');
  const problems = [...cipher, ...found];
  return { ok: problems.length === 0, pages: pagesIn(problems), problems };
}
