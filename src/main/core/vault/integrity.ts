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

/**
 * SQLite's quick check, and on a problem the cipher check to name the pages. O(size of the vault):
 * no longer run at unlock (the background check does both); the benchmark times it.
 */
export async function quickCheck(db: Database): Promise<IntegrityReport> {
  const problems = await lines(db, 'quick_check');
  if (problems.length === 0) return { ok: true, pages: [], problems };
  return fullReport(db, problems);
}

/** Both checks: SQLCipher's per-page HMACs and SQLite's own structure (docs/security.md S14). */
export async function fullCheck(db: Database): Promise<IntegrityReport> {
  return fullReport(db, await lines(db, 'integrity_check'));
}

async function fullReport(db: Database, found: string[]): Promise<IntegrityReport> {
  const cipher = await lines(db, 'cipher_integrity_check');
  const problems = [...cipher, ...found];
  return { ok: problems.length === 0, pages: pagesIn(problems), problems };
}

export type IntegrityState = 'checking' | 'ok' | 'damaged';

export interface BackgroundCheck {
  /** The report, or null when stop() ended the check first. */
  readonly done: Promise<IntegrityReport | null>;
  /** Interrupts the check and waits until its connection is closed. */
  stop(): Promise<void>;
}

/**
 * Both full checks, O(size of the vault), on a second read-only connection so that unlock stays
 * constant-time and the vault stays usable meanwhile (docs/security.md S14). `openReader` is
 * called at once, while the caller's key is still there.
 */
export function startBackgroundCheck(openReader: () => Promise<Database>): BackgroundCheck {
  let stopped = false;
  let reader: Database | undefined;
  const opening = openReader();
  const done = (async (): Promise<IntegrityReport | null> => {
    try {
      reader = await opening;
    } catch (error) {
      if (stopped) return null;
      const problem = `the check could not open the database: ${(error as { code?: string }).code ?? 'error'}`;
      return { ok: false, pages: [], problems: [problem] };
    }
    try {
      const found: string[] = [];
      for (const pragma of ['quick_check', 'cipher_integrity_check'] as const) {
        if (stopped) return null;
        found.push(...(await lines(reader, pragma)));
      }
      // An interrupted pragma reads as a failure: only a check that ran to its end may report.
      if (stopped) return null;
      return { ok: found.length === 0, pages: pagesIn(found), problems: found };
    } finally {
      await reader.close().catch(() => undefined);
    }
  })();
  return {
    done,
    async stop() {
      stopped = true;
      reader?.interrupt();
      await done.catch(() => undefined);
    },
  };
}
