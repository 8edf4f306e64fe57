import type { RecordKind } from '../../src/shared/domain/records';
import type { ServiceContext } from '../../src/main/core/service/context';
import { session } from '../../src/main/core/service/session';
import type { Vault } from '../../src/main/core/vault/vault';
import { newRecord } from '../../src/main/core/store/records';
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
 * RecordStore.insertMany that every typed record goes through (insert is a batch of one): labels,
 * search index, case links and the audit chain come out exactly as for typed records. A failed batch rolls back whole; earlier ones stay.
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
  const byKind: Record<RecordKind, number> = { case: 0, person: 0, source: 0, testimony: 0, incident: 0, organisation: 0 };
  const progress: SeedProgress = { records: 0, testimonies: 0, batches: 0 };
  let writeMilliseconds = 0;
  for await (const batch of batches) {
    const writeStarted = performance.now();
    const pending = new Map(batch.map((record) => [record.id, record.kind] as const));
    // Parsed like records.create would, so defaults are filled in and a generator bug fails loudly.
    const parsed = batch.map((record) =>
      newRecord(record.kind, record.data, { id: record.id, ...('identity' in record && record.identity ? { identity: record.identity } : {}) }),
    );
    await vault.db.transaction(async (tx) => {
      // A slice at a time, so progress moves within a batch; references within the batch are
      // known to be coming, everything else is checked as for typed records.
      for (let at = 0; at < parsed.length; at += PROGRESS_EVERY) {
        const slice = parsed.slice(at, at + PROGRESS_EVERY);
        await records.insertMany(tx, slice, false, who, pending);
        for (const record of slice) byKind[record.kind] += 1;
        progress.records += slice.length;
        progress.testimonies = byKind.testimony;
        onProgress({ ...progress });
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
