import type { Vocabulary } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import { labelsOrEnglish } from '../../../shared/languages';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { appendAudit } from './audit-log';

export async function listVocabularies(db: Database): Promise<Vocabulary[]> {
  const vocabularies = await db.all<{ key: string; labels: string; hierarchical: number }>(sql`SELECT * FROM vocabularies ORDER BY key`);
  const terms = await db.all<{ vocabulary: string; code: string; labels: string; parent: string | null; deprecated: number }>(
    sql`SELECT vocabulary, code, labels, parent, deprecated FROM vocabulary_terms ORDER BY vocabulary, position`,
  );
  return vocabularies.map((v) => ({
    key: v.key,
    labels: labelsOrEnglish(JSON.parse(v.labels) as Record<string, unknown>),
    hierarchical: v.hierarchical === 1,
    terms: terms
      .filter((t) => t.vocabulary === v.key)
      .map((t) => ({ code: t.code, labels: labelsOrEnglish(JSON.parse(t.labels) as Record<string, unknown>), parent: t.parent, deprecated: t.deprecated === 1 })),
  }));
}

/** Adds or edits a term. Terms are never deleted (records keep their codes); they are deprecated. */
export async function saveTerm(
  db: Database,
  actor: string,
  input: { vocabulary: string; code: string; labels: Vocabulary['labels']; parent: string | null; deprecated: boolean },
): Promise<Vocabulary> {
  await db.transaction(async (tx) => {
    const vocabulary = await tx.get<{ hierarchical: number }>(sql`SELECT hierarchical FROM vocabularies WHERE key = ${input.vocabulary}`);
    if (!vocabulary) throw new AppError('VALIDATION_FAILED', 'No such vocabulary.', { fields: [{ path: 'vocabulary', message: 'Unknown vocabulary.' }] });
    if (input.parent !== null) {
      if (vocabulary.hierarchical !== 1) throw new AppError('VALIDATION_FAILED', 'This vocabulary is a flat list.', { fields: [{ path: 'parent', message: 'No parents here.' }] });
      // Walk up from the parent: reaching the term itself would make a cycle.
      let cursor: string | null = input.parent;
      for (let depth = 0; cursor !== null; depth++) {
        if (cursor === input.code || depth > 50) throw new AppError('VALIDATION_FAILED', 'A term cannot sit under itself.', { fields: [{ path: 'parent', message: 'Makes a cycle.' }] });
        const up: { parent: string | null } | undefined = await tx.get<{ parent: string | null }>(sql`SELECT parent FROM vocabulary_terms WHERE vocabulary = ${input.vocabulary} AND code = ${cursor}`);
        if (!up) throw new AppError('VALIDATION_FAILED', 'The parent term does not exist.', { fields: [{ path: 'parent', message: 'Unknown term.' }] });
        cursor = up.parent;
      }
    }
    const old = await tx.get<{ labels: string; parent: string | null; deprecated: number }>(
      sql`SELECT labels, parent, deprecated FROM vocabulary_terms WHERE vocabulary = ${input.vocabulary} AND code = ${input.code}`,
    );
    const labels = JSON.stringify(input.labels);
    if (old) {
      await tx.run(sql`UPDATE vocabulary_terms SET labels = ${labels}, parent = ${input.parent}, deprecated = ${input.deprecated ? 1 : 0} WHERE vocabulary = ${input.vocabulary} AND code = ${input.code}`);
    } else {
      const last = await tx.get<{ p: number | null }>(sql`SELECT max(position) AS p FROM vocabulary_terms WHERE vocabulary = ${input.vocabulary}`);
      await tx.run(sql`INSERT INTO vocabulary_terms (vocabulary, code, labels, parent, position, deprecated) VALUES (${input.vocabulary}, ${input.code}, ${labels}, ${input.parent}, ${(last?.p ?? -1) + 1}, ${input.deprecated ? 1 : 0})`);
    }
    await appendAudit(tx, {
      actor,
      action: old ? 'update_term' : 'create_term',
      recordKind: 'vocabulary',
      recordId: null,
      // Stored as the term's name and a keyed hash of its new labels, like every audited value.
      changes: [{ field: `${input.vocabulary}.${input.code}`, new: { labels: input.labels, parent: input.parent, deprecated: input.deprecated } }],
    });
  });
  const all = await listVocabularies(db);
  return all.find((v) => v.key === input.vocabulary)!;
}
