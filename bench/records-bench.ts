/*
 * The case record at scale: seeding N testimonies (with their people, sources and incidents),
 * full-text query latency over them encrypted against the same schema unencrypted, and
 * attachment intake against a plain file copy. N defaults to 100,000 (BENCH_TESTIMONIES).
 */
// The better-sqlite3 fork that ships its types; without a key it is plain SQLite.
import BetterSqlite from 'better-sqlite3-multiple-ciphers';
import { createHash, randomBytes } from 'node:crypto';
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AttachmentStore } from '../src/main/core/attachments/attachments';
import type { Sql } from '../src/main/core/db/sql';
import { CasekeepService } from '../src/main/core/service/service';
import { seedVault } from '../tools/seed/seed-vault';
import { searchStatement, snippetStatement, type SearchRow } from '../src/main/core/store/search';
import { Vault } from '../src/main/core/vault/vault';
import { median, timeMs, withTempDir, type BenchContext, type Section } from './section';
import { Table } from './table';

const PASSPHRASE = 'bench passphrase for records';
/** Words the seeded transcripts use, in the scripts they are written in. */
const QUERIES = ['лагерь OR camp', 'Құлжа', 'допрос', 'Urumqi OR Үрімжі', 'паспорт', 'ئۇرۇمچى', 'сотталды OR sentenced', 'Ili'];
const ROUNDS_PER_QUERY = 25;
const ATTACHMENT_MB = 200;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function searchLatencies(run: (query: string) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const query of QUERIES) await run(query);
  for (let round = 0; round < ROUNDS_PER_QUERY; round++) {
    for (const query of QUERIES) times.push(await timeMs(() => run(query)));
  }
  return times;
}

/** What searchRecords runs, on either driver: the ranking pass, then snippets for the page. */
async function searchBothPasses(query: string, all: (statement: Sql) => Promise<unknown[]>): Promise<unknown[]> {
  const rows = (await all(searchStatement(query, { limit: 20 })!)) as SearchRow[];
  const snippets = snippetStatement(query, rows.map((row) => row.rid));
  return snippets ? all(snippets) : [];
}

async function attachmentTable(context: BenchContext, vault: Vault, dir: string): Promise<Table> {
  const chunk = randomBytes(1024 * 1024);
  const intake: number[] = [];
  const plain: number[] = [];
  const store = new AttachmentStore({ db: vault.db, folder: vault.folder, key: vault.keys.attachments, vaultId: vault.id, actor: async () => 'bench' });
  const owner = (await vault.db.get<{ id: string }>({ text: "SELECT id FROM records WHERE kind = 'case' LIMIT 1", values: [] }))!.id;
  // attachments.addFile through invoke() as the CLI calls it, its host answering the open dialog
  // with a file on disk: main reads and encrypts it, no base64 and no chunk calls. A small vault
  // of its own, so the seeded one stays open as the rest of the section uses it.
  const source = join(dir, 'addfile-source.bin');
  const sourceHandle = await open(source, 'w');
  for (let i = 0; i < ATTACHMENT_MB; i++) await sourceHandle.write(chunk);
  await sourceHandle.close();
  const service = new CasekeepService({ folder: join(dir, 'addfile-vault'), chooseOpenPath: async () => source });
  await service.call('vault.create', { passphrase: PASSPHRASE });
  const fileOwner = (await service.call('records.create', { kind: 'case', data: { title: 'bench' } })).id;
  const fromFile: number[] = [];
  for (let round = 1; round <= context.rounds; round++) {
    context.progress(`records: attachment intake, round ${round}/${context.rounds}`);
    intake.push(
      await timeMs(async () => {
        const { uploadId } = await store.begin({ ownerId: owner, name: 'bench.bin', mime: 'application/octet-stream', size: ATTACHMENT_MB * chunk.length });
        for (let i = 0; i < ATTACHMENT_MB; i++) await store.append(uploadId, chunk.toString('base64'));
        await store.finish(uploadId, false);
      }),
    );
    context.progress(`records: attachments.addFile from a ${ATTACHMENT_MB} MB file, round ${round}/${context.rounds}`);
    fromFile.push(
      await timeMs(async () => {
        const added = await service.call('attachments.addFile', { ownerId: fileOwner });
        if (!added.added) throw new Error('addFile did not add the file');
      }),
    );
    plain.push(
      await timeMs(async () => {
        // The baseline: hashing and writing the same bytes unencrypted, the least intake can cost.
        const hash = createHash('sha256');
        const handle = await open(join(dir, `plain-${round}.bin`), 'w');
        for (let i = 0; i < ATTACHMENT_MB; i++) {
          hash.update(chunk);
          await handle.write(chunk);
        }
        await handle.sync();
        await handle.close();
        hash.digest();
      }),
    );
  }
  const table = new Table(`Attachment intake, ${ATTACHMENT_MB} MB in 1 MiB chunks through the contract's path`);
  table.add({ name: 'plain write + SHA-256 (baseline)', value: median(plain), unit: 'ms', samples: plain });
  table.add({ name: 'encrypted intake (secretstream + SHA-256)', value: median(intake), unit: 'ms', samples: intake, vs: 'plain write + SHA-256 (baseline)' });
  table.add({ name: 'attachments.addFile from a file (main reads it)', value: median(fromFile), unit: 'ms', samples: fromFile, vs: 'plain write + SHA-256 (baseline)' });
  // ≥ 150 MB/s as an upper bound on time, the only kind of target a row takes.
  table.add({ name: 'attachments.addFile, against 150 MB/s', value: median(fromFile), unit: 'ms', target: Math.round((ATTACHMENT_MB * 1.048576 * 1000) / 150) });
  const rate = (ms: number): string => ((ATTACHMENT_MB * 1.048576) / (ms / 1000)).toFixed(0);
  table.note(`addFile: ${rate(median(fromFile))} MB/s (target ≥ 150 MB/s); chunked base64 intake: ${rate(median(intake))} MB/s; plain: ${rate(median(plain))} MB/s`);
  await service.lock();
  return table;
}

export const recordsSection: Section = {
  name: 'records',
  summary: 'seed N testimonies; search p50/p95 encrypted vs unencrypted; attachment intake',
  async run(context) {
    const testimonies = Number(process.env.BENCH_TESTIMONIES ?? 100_000);
    await withTempDir('records', async (dir) => {
      const { vault } = await Vault.create(join(dir, 'vault'), PASSPHRASE);
      try {
        const seeded = await seedVault(vault, { testimonies }, (p) => context.progress(`records: seeding, ${p.testimonies}/${testimonies} testimonies`));
        const seedTable = new Table(`Seeding ${testimonies.toLocaleString('en')} testimonies through the store`);
        seedTable.add({ name: 'seed (generate + write, one transaction per batch)', value: seeded.milliseconds / 1000, unit: 's' });
        seedTable.note(`${seeded.records.toLocaleString('en')} records, ${Math.round(seeded.records / (seeded.milliseconds / 1000))} records/s; writing alone ${(seeded.writeMilliseconds / 1000).toFixed(1)} s`);
        context.report(seedTable);

        // The same schema and rows without encryption: SQLCipher's own export to a plain file.
        const plainPath = join(dir, 'plain.db');
        context.progress('records: exporting an unencrypted copy');
        // The vault's connection opens files without SQLITE_OPEN_CREATE, and ATTACH inherits that.
        await writeFile(plainPath, new Uint8Array());
        await vault.db.exec(`ATTACH DATABASE '${plainPath.replace(/'/g, "''")}' AS plain KEY ''; SELECT sqlcipher_export('plain'); DETACH DATABASE plain;`);

        context.progress('records: search, encrypted');
        const encrypted = await searchLatencies((query) => searchBothPasses(query, (statement) => vault.db.all(statement)));
        const plainDb = new BetterSqlite(plainPath, { readonly: true });
        context.progress('records: search, unencrypted better-sqlite3');
        const plain = await searchLatencies((query) => searchBothPasses(query, async (statement) => plainDb.prepare(statement.text).all(...(statement.values as unknown[]))));
        plainDb.close();
        const searchTable = new Table(`Full-text search, top 20 (rank pass + snippet pass), ${QUERIES.length} queries × ${ROUNDS_PER_QUERY} rounds`);
        searchTable.add({ name: 'unencrypted, better-sqlite3 p50', value: percentile(plain, 50), unit: 'ms' });
        searchTable.add({ name: 'unencrypted, better-sqlite3 p95', value: percentile(plain, 95), unit: 'ms' });
        searchTable.add({ name: 'encrypted vault p50', value: percentile(encrypted, 50), unit: 'ms', vs: 'unencrypted, better-sqlite3 p50', target: 1.5 });
        searchTable.add({ name: 'encrypted vault p95', value: percentile(encrypted, 95), unit: 'ms', vs: 'unencrypted, better-sqlite3 p95', target: 1.5 });
        searchTable.add({ name: 'encrypted vault p95, against its budget', value: percentile(encrypted, 95), unit: 'ms', target: 20 });
        context.report(searchTable);

        context.report(await attachmentTable(context, vault, dir));
      } finally {
        await vault.lock();
      }
    });
  },
};
