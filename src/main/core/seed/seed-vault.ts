import { recordSchemas, type RecordKind } from '../../../shared/domain/records';
import type { ServiceContext } from '../service/context';
import { session } from '../service/session';
import type { Vault } from '../vault/vault';
import { batchRecords, generateSeed, type SeedPlan, type SeedRecord } from './generate';

export interface SeedProgress {
  /** Records written so far, all kinds. */
  records: number;
  testimonies: number;
  batches: number;
}

export interface SeedResult extends SeedProgress {
  byKind: Record<RecordKind, number>;
  /** Wall time from start to the last commit, generating included. */
  milliseconds: number;
  /** Of that, the time spent checking and writing: what the store costs without the generator. */
  writeMilliseconds: number;
}

/** Progress is told this often inside a batch too: a batch of 1,000 testimonies takes a while. */
const PROGRESS_EVERY = 250;

/**
 * Writes generated batches into an unlocked vault, each batch in one transaction, through the
 * same RecordStore.insert the app uses: labels, search index, case links and the audit chain
 * come out exactly as for typed records. A failed batch rolls back whole; earlier ones stay.
 */
export async function writeSeedBatches(
  vault: Vault,
  batches: Iterable<readonly SeedRecord[]> | AsyncIterable<readonly SeedRecord[]>,
  onProgress: (progress: SeedProgress) => void = () => undefined,
): Promise<SeedResult> {
  // The session is keyed by the vault, so this shares the stores the service itself uses.
  const ctx: ServiceContext = { folder: vault.folder, vaultOptions: {}, vault, progress: () => undefined, damaged: () => undefined, locksRequested: () => 0, locksBeforeCall: 0 };
  const { records, actor } = await session(ctx);
  const who = await actor();
  const started = performance.now();
  const byKind: Record<RecordKind, number> = { case: 0, person: 0, source: 0, testimony: 0, incident: 0 };
  const progress: SeedProgress = { records: 0, testimonies: 0, batches: 0 };
  let writeMilliseconds = 0;
  for await (const batch of batches) {
    const writeStarted = performance.now();
    const pending = new Map(batch.map((record) => [record.id, record.kind] as const));
    // Parsed like records.create would, so defaults are filled in and a generator bug fails loudly.
    const parsed = batch.map((record) => ({ ...record, data: recordSchemas[record.kind].parse(record.data) as object }));
    await vault.db.transaction(async (tx) => {
      for (const record of parsed) {
        await records.insert(tx, record.kind, record.data, false, who, {
          id: record.id,
          // References within the batch are known to be coming. Everything else is checked as for
          // typed records: skipping the check measured 2% faster, not worth an unchecked path.
          pending,
          ...('identity' in record && record.identity ? { identity: record.identity } : {}),
        });
        byKind[record.kind] += 1;
        progress.records += 1;
        progress.testimonies = byKind.testimony;
        if (progress.records % PROGRESS_EVERY === 0) onProgress({ ...progress });
      }
    });
    progress.batches += 1;
    writeMilliseconds += performance.now() - writeStarted;
    onProgress({ ...progress });
  }
  return { ...progress, byKind, milliseconds: performance.now() - started, writeMilliseconds };
}

/** Generates the plan's data set and writes it into an unlocked vault, batch by batch. */
export function seedVault(vault: Vault, plan: SeedPlan, onProgress?: (progress: SeedProgress) => void): Promise<SeedResult> {
  return writeSeedBatches(
    vault,
    (function* () {
      for (const batch of generateSeed(plan)) yield batchRecords(batch);
    })(),
    onProgress,
  );
}
