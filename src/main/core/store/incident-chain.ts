import type { IncidentData } from '../../../shared/domain/records';
import { AppError, type FieldIssue } from '../../../shared/errors';
import type { FieldErrorCode } from '../../../shared/field-issues';
import type { Queryable } from '../db/database';
import { sql } from '../db/sql';

function refuse(code: FieldErrorCode, message: string): never {
  const issue: FieldIssue = { path: 'follows', message, code };
  throw new AppError('VALIDATION_FAILED', message, { fields: [issue] });
}

async function incidentData(db: Queryable, id: string): Promise<Partial<IncidentData> | undefined> {
  const row = await db.get<{ data: string }>(sql`SELECT data FROM records WHERE id = ${id} AND kind = 'incident'`);
  return row ? (JSON.parse(row.data) as Partial<IncidentData>) : undefined;
}

/**
 * Refuses an incident that follows itself, an incident of another case, or one that already
 * follows it, however many steps away: a chain of events runs one way, and the timeline draws a
 * follower after what it follows. A missing incident is left to the reference check, which names
 * it. `id` is undefined for a record not written yet, which nothing can follow.
 */
export async function checkFollows(db: Queryable, id: string | undefined, data: Partial<IncidentData>): Promise<void> {
  const target = data.follows;
  if (target === undefined) return;
  if (target === id) refuse('followsSelf', 'An incident cannot follow itself.');
  const predecessor = await incidentData(db, target);
  if (!predecessor) return;
  const cases = new Set(data.caseIds ?? []);
  if (!(predecessor.caseIds ?? []).some((caseId) => cases.has(caseId))) {
    refuse('followsOtherCase', 'An incident can follow only an incident of the same case.');
  }
  if (id === undefined) return;
  const seen = new Set([target]);
  for (let next = predecessor.follows; next !== undefined; ) {
    if (next === id) refuse('followsCycle', 'That incident already follows this one: a chain of events cannot run in a circle.');
    // A circle elsewhere (merged in from two vaults) is not this save's doing; stop walking it.
    if (seen.has(next)) return;
    seen.add(next);
    next = (await incidentData(db, next))?.follows;
  }
}
