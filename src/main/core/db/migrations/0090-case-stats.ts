import type { Migration } from './migration';

/** The clock a trigger reads, in the form `Date.prototype.toISOString` writes. */
const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/** A record that counts in its cases: not in the trash, and not a case itself. */
const counted = (row: 'OLD' | 'NEW') => `(${row}.deleted_at IS NULL AND ${row}.kind != 'case')`;

/** `column + (change in 0/1 per kind)` for the four kinds a case counts. */
function perKind(delta: (kind: string) => string): string {
  return ['person', 'source', 'testimony', 'incident'].map((kind) => `${kind} = ${kind} + ${delta(kind)}`).join(', ');
}

/** The later of the stored time and the given ones; ISO times compare as text. */
const later = (...times: string[]) => `max(coalesce(last_change, ''), ${times.map((time) => `coalesce(${time}, '')`).join(', ')})`;

/** The cases a record is filed in. */
const casesOf = (recordId: string) => `case_id IN (SELECT case_id FROM record_cases WHERE record_id = ${recordId})`;

/**
 * How much each case holds, kept by triggers, so that the case list reads one row a case instead
 * of grouping every record of the vault (issue 9: a usable case list at 100,000 testimonies).
 * Triggers rather than store code, so that every path that writes these tables keeps the counts:
 * the store, imports and merges, the seed, and a vault restored from a backup made before this
 * version (it migrates on open).
 *
 * A row exists for every case id some record is filed under and holds:
 * - person/source/testimony/incident: records filed in the case that are not in the trash, drafts
 *   included, the case itself excluded;
 * - attachment: attachments not in the trash whose owner is filed in the case (the case itself
 *   included, the owner's own trash state not considered), as the list counted them before;
 * - last_change: when anything in the case last changed, taken from the rows' own times
 *   (created, updated, moved to the trash) and the trigger's clock for what leaves no time behind
 *   (a restore, a record filed elsewhere, an attachment destroyed). It never goes back: taking a
 *   record out of a case is a change to the case.
 *
 * The same migration adds the indexes the paged case list sorts by, and the partial indexes that
 * let the trash page through what is deleted without reading what is not.
 */
export const caseStats: Migration = {
  version: 90,
  name: 'case-stats',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE case_stats (
        case_id TEXT PRIMARY KEY,
        person INTEGER NOT NULL DEFAULT 0,
        source INTEGER NOT NULL DEFAULT 0,
        testimony INTEGER NOT NULL DEFAULT 0,
        incident INTEGER NOT NULL DEFAULT 0,
        attachment INTEGER NOT NULL DEFAULT 0,
        last_change TEXT
      ) STRICT, WITHOUT ROWID;

      INSERT INTO case_stats (case_id)
        SELECT case_id FROM record_cases UNION SELECT id FROM records WHERE kind = 'case';
      UPDATE case_stats SET
        person = k.person, source = k.source, testimony = k.testimony, incident = k.incident
      FROM (
        SELECT c.case_id, sum(r.kind = 'person') AS person, sum(r.kind = 'source') AS source,
               sum(r.kind = 'testimony') AS testimony, sum(r.kind = 'incident') AS incident
        FROM record_cases c JOIN records r ON r.id = c.record_id
        WHERE r.deleted_at IS NULL AND r.kind != 'case' GROUP BY c.case_id
      ) AS k WHERE case_stats.case_id = k.case_id;
      UPDATE case_stats SET attachment = a.n
      FROM (
        SELECT c.case_id, count(*) AS n FROM attachments a JOIN record_cases c ON c.record_id = a.owner_id
        WHERE a.deleted_at IS NULL GROUP BY c.case_id
      ) AS a WHERE case_stats.case_id = a.case_id;
      UPDATE case_stats SET last_change = t.last
      FROM (
        SELECT c.case_id, max(CASE WHEN r.deleted_at IS NULL THEN r.updated_at WHEN r.kind != 'case' THEN r.deleted_at END) AS last
        FROM record_cases c JOIN records r ON r.id = c.record_id GROUP BY c.case_id
      ) AS t WHERE case_stats.case_id = t.case_id;
      UPDATE case_stats SET last_change = ${later('t.last')}
      FROM (
        SELECT c.case_id, max(coalesce(a.deleted_at, a.created_at)) AS last
        FROM attachments a JOIN record_cases c ON c.record_id = a.owner_id GROUP BY c.case_id
      ) AS t WHERE case_stats.case_id = t.case_id;

      CREATE TRIGGER case_stats_filed AFTER INSERT ON record_cases BEGIN
        INSERT OR IGNORE INTO case_stats (case_id) VALUES (NEW.case_id);
        UPDATE case_stats SET ${perKind((kind) => `(r.kind = '${kind}')`)}, last_change = ${later('r.updated_at')}
          FROM (SELECT kind, updated_at FROM records WHERE id = NEW.record_id AND deleted_at IS NULL) AS r
          WHERE case_id = NEW.case_id;
        UPDATE case_stats SET attachment = attachment + (SELECT count(*) FROM attachments WHERE owner_id = NEW.record_id AND deleted_at IS NULL)
          WHERE case_id = NEW.case_id;
      END;

      CREATE TRIGGER case_stats_unfiled AFTER DELETE ON record_cases BEGIN
        UPDATE case_stats SET ${perKind((kind) => `-(r.kind = '${kind}')`)}, last_change = ${later(NOW)}
          FROM (SELECT kind FROM records WHERE id = OLD.record_id AND deleted_at IS NULL AND kind != 'case') AS r
          WHERE case_id = OLD.case_id;
        UPDATE case_stats SET attachment = attachment - (SELECT count(*) FROM attachments WHERE owner_id = OLD.record_id AND deleted_at IS NULL)
          WHERE case_id = OLD.case_id;
      END;

      -- The record's links are removed while the record is still there to say what it counted as;
      -- left to the cascade, the trigger above would find the record already gone.
      CREATE TRIGGER case_stats_record_destroyed BEFORE DELETE ON records BEGIN
        DELETE FROM record_cases WHERE record_id = OLD.id;
      END;

      CREATE TRIGGER case_stats_record_changed AFTER UPDATE OF kind, deleted_at, updated_at ON records BEGIN
        UPDATE case_stats SET
          ${perKind((kind) => `(${counted('NEW')} AND NEW.kind = '${kind}') - (${counted('OLD')} AND OLD.kind = '${kind}')`)},
          last_change = ${later(
            `CASE WHEN NEW.deleted_at IS NULL THEN NEW.updated_at END`,
            `CASE WHEN OLD.deleted_at IS NOT NEW.deleted_at AND NEW.kind != 'case' THEN coalesce(NEW.deleted_at, ${NOW}) END`,
          )}
          WHERE ${casesOf('NEW.id')};
      END;

      CREATE TRIGGER case_stats_attached AFTER INSERT ON attachments WHEN NEW.deleted_at IS NULL BEGIN
        UPDATE case_stats SET attachment = attachment + 1, last_change = ${later('NEW.created_at')} WHERE ${casesOf('NEW.owner_id')};
      END;

      CREATE TRIGGER case_stats_detached AFTER DELETE ON attachments WHEN OLD.deleted_at IS NULL BEGIN
        UPDATE case_stats SET attachment = attachment - 1, last_change = ${later(NOW)} WHERE ${casesOf('OLD.owner_id')};
      END;

      CREATE TRIGGER case_stats_attachment_changed AFTER UPDATE OF owner_id, deleted_at ON attachments
        WHEN OLD.owner_id IS NOT NEW.owner_id OR OLD.deleted_at IS NOT NEW.deleted_at BEGIN
        UPDATE case_stats SET attachment = attachment - 1, last_change = ${later(`coalesce(NEW.deleted_at, ${NOW})`)}
          WHERE OLD.deleted_at IS NULL AND ${casesOf('OLD.owner_id')};
        UPDATE case_stats SET attachment = attachment + 1, last_change = ${later(`coalesce(NEW.deleted_at, ${NOW})`)}
          WHERE NEW.deleted_at IS NULL AND ${casesOf('NEW.owner_id')};
      END;

      -- The case list pages in each of its sort orders straight off one of these (store/cases.ts);
      -- the id breaks ties so that pages neither skip nor repeat a case. kind and deleted_at lead,
      -- though constant here, so that SQLite prefers these to records_by_kind and a sort.
      CREATE INDEX records_cases_by_updated ON records (kind, deleted_at, updated_at, id) WHERE kind = 'case' AND deleted_at IS NULL;
      CREATE INDEX records_cases_by_created ON records (kind, deleted_at, created_at, id) WHERE kind = 'case' AND deleted_at IS NULL;
      CREATE INDEX records_cases_by_label ON records (kind, deleted_at, label, id) WHERE kind = 'case' AND deleted_at IS NULL;

      -- The trash, newest first, without touching the rows that are not in it (store/trash-page.ts).
      CREATE INDEX records_trash ON records (deleted_at, id) WHERE deleted_at IS NOT NULL;
      CREATE INDEX attachments_trash ON attachments (deleted_at, id) WHERE deleted_at IS NOT NULL;
    `);
  },
};
