import { AppError } from '../../../../shared/errors';
import type { Database } from '../database';
import { sql } from '../sql';
import { createMeta } from './0010-create-meta';
import { createCaseRecord } from './0020-create-case-record';
import { defaultVocabularies } from './0030-default-vocabularies';
import { revisionsAndSealedAudit } from './0040-revisions-and-sealed-audit';
import { createDrafts } from './0050-create-drafts';
import { draftIdentity } from './0060-draft-identity';
import { identityAndPartners } from './0070-identity-and-partners';
import { exchangeLineage } from './0080-exchange-lineage';
import { caseStats } from './0090-case-stats';
import { defendersVocabularies } from './0100-defenders-vocabularies';
import { fieldDefinitions } from './0110-field-definitions';
import { uyghurVocabularyLabels } from './0130-uyghur-vocabulary-labels';
import { organisations } from './0140-organisations';
import type { Migration } from './migration';

export type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [createMeta, createCaseRecord, defaultVocabularies, revisionsAndSealedAudit, createDrafts, draftIdentity, identityAndPartners, exchangeLineage, caseStats, defendersVocabularies, fieldDefinitions, uyghurVocabularyLabels, organisations];

export function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = index === 0 ? 0 : migrations[index - 1]!.version;
    if (!Number.isInteger(migration.version) || migration.version <= previous) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, not above ${previous}.`);
    }
  });
}

assertOrdered(MIGRATIONS);

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

export async function schemaVersion(db: Database): Promise<number> {
  const row = await db.get<{ user_version: number }>(sql`PRAGMA user_version`);
  return row?.user_version ?? 0;
}

/**
 * Brings the schema up to date, one transaction per migration: a failing migration rolls back
 * whole and leaves the vault at the version before it. A vault from the future is refused.
 */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  assertOrdered(migrations);
  let current = await schemaVersion(db);
  if (current > latestVersion(migrations)) {
    throw new AppError('VAULT_TOO_NEW', 'This vault was written by a newer version of Casekeep. Update the app to open it.');
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    await db.transaction(async (tx) => {
      await migration.up(tx);
      // user_version is part of the transaction: it rolls back with a failed migration.
      await tx.exec(`PRAGMA user_version = ${migration.version}`);
    });
    current = migration.version;
  }
  return current;
}
