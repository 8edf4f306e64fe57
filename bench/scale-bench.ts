/*
 * The everyday paths at growing vault sizes (BENCH_SIZES, default 1,000, 20,000 and 100,000
 * testimonies): each size is seeded into a fresh vault, then unlock, the first page of the case
 * list, a case's records, search, a case's timeline and the command line's memory are measured
 * through the contract, as the window and the CLI call it. The smallest size is the baseline the
 * larger ones are compared with: a path whose cost grows with the vault shows a ratio above 1.
 */
import { spawn } from 'node:child_process';
import { access, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { derivePassphraseKey, type Argon2Params } from '../src/main/core/crypto/kdf';
import { seedVault } from '../tools/seed/seed-vault';
import { CasekeepService } from '../src/main/core/service/service';
import { DATABASE_FILE, Vault } from '../src/main/core/vault/vault';
import { sizeBreakdown, type SizeBreakdown } from './vault-size';
import { median, timeMs, withTempDir, type BenchContext, type Section } from './section';
import { Table } from './table';

const PASSPHRASE = 'bench passphrase for scale';
const CLI = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
const RSS_PROBE = fileURLToPath(new URL('./rss-probe.cjs', import.meta.url));
/** Words the seeded transcripts use, in the scripts they are written in. */
const QUERIES = ['лагерь OR camp', 'Құлжа', 'допрос', 'Urumqi OR Үрімжі', 'паспорт', 'ئۇرۇمچى', 'сотталды OR sentenced', 'Ili'];
const SEARCH_ROUNDS = 10;
/** Unlock is about a second of Argon2id whose time wanders by a quarter: more rounds for its median. */
const UNLOCK_ROUNDS = 5;
const MB = 1e6;

interface Figures {
  testimonies: number;
  records: number;
  seedSeconds: number;
  unlock: number;
  kdf: number;
  beyondKdf: number;
  firstPage: number;
  unlockToPage: number;
  caseRecords: number;
  timeline: number;
  timelineItems: number;
  searchP50: number;
  searchP95: number;
  fileBytes: number;
  sizes: SizeBreakdown;
  cliPeakRss?: number;
  cliEndRss?: number;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function databaseBytes(folder: string): Promise<number> {
  let total = 0;
  for (const suffix of ['', '-wal']) total += await stat(join(folder, DATABASE_FILE + suffix)).then((info) => info.size, () => 0);
  return total;
}

/** `casekeep list case` in its own process: peak RSS (the Argon2id worker's heap included) and RSS at exit. */
async function cliMemory(folder: string): Promise<{ peak: number; end: number } | undefined> {
  if (!(await access(CLI).then(() => true, () => false))) return undefined;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', RSS_PROBE, CLI, 'list', 'case', '--vault', folder], {
      env: { ...process.env, CASEKEEP_PASSPHRASE: PASSPHRASE },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = stderr.split('\n').find((text) => text.startsWith('rss-probe '));
      if (code !== 0 || !line) return reject(new Error(`casekeep list case failed (${code}): ${stderr.slice(0, 500)}`));
      const probe = JSON.parse(line.slice('rss-probe '.length)) as { maxRss: number; rss: number };
      resolve({ peak: probe.maxRss, end: probe.rss });
    });
  });
}

async function passphraseSlot(folder: string): Promise<{ salt: Uint8Array; kdf: Argon2Params }> {
  const header = JSON.parse(await readFile(join(folder, 'vault.json'), 'utf8')) as { slots: Array<{ kind: string; salt: string; kdf: Argon2Params }> };
  const slot = header.slots.find((candidate) => candidate.kind === 'passphrase')!;
  return { salt: Buffer.from(slot.salt, 'base64'), kdf: slot.kdf };
}

async function measureSize(context: BenchContext, dir: string, testimonies: number): Promise<Figures> {
  const folder = join(dir, `vault-${testimonies}`);
  const { vault } = await Vault.create(folder, PASSPHRASE);
  let seeded;
  try {
    let told = 0;
    seeded = await seedVault(vault, { testimonies }, (progress) => {
      if (progress.testimonies - told < 5_000 && progress.testimonies < testimonies) return;
      told = progress.testimonies;
      context.progress(`scale: seeding ${testimonies.toLocaleString('en')}, ${progress.testimonies.toLocaleString('en')} done`);
    });
  } finally {
    await vault.lock();
  }

  const unlock: number[] = [];
  const kdf: number[] = [];
  const beyondKdf: number[] = [];
  const firstPage: number[] = [];
  const unlockToPage: number[] = [];
  const slot = await passphraseSlot(folder);
  const rounds = Math.max(context.rounds, UNLOCK_ROUNDS);
  for (let round = 1; round <= rounds; round++) {
    context.progress(`scale: ${testimonies.toLocaleString('en')}, unlock and first case page, round ${round}/${rounds}`);
    // The key derivation alone, just before the unlock that repeats it: what is left is the part that could grow with the vault.
    const derived = await timeMs(() => derivePassphraseKey(PASSPHRASE, slot.salt, slot.kdf));
    const service = new CasekeepService({ folder });
    const began = performance.now();
    await service.call('vault.unlock', { passphrase: PASSPHRASE });
    const unlocked = performance.now();
    await service.call('cases.list', {});
    const listed = performance.now();
    unlock.push(unlocked - began);
    kdf.push(derived);
    beyondKdf.push(unlocked - began - derived);
    firstPage.push(listed - unlocked);
    unlockToPage.push(listed - began);
    await service.lock();
  }

  const service = new CasekeepService({ folder });
  await service.call('vault.unlock', { passphrase: PASSPHRASE });
  try {
    const opened = (service as unknown as { ctx: { vault: Vault } }).ctx.vault;
    // The busiest case: the one whose lists and timeline cost the most.
    const busiest = await opened.db.get<{ case_id: string }>({ text: 'SELECT case_id FROM record_cases GROUP BY case_id ORDER BY count(*) DESC LIMIT 1', values: [] });
    const caseId = busiest!.case_id;
    const caseRecords: number[] = [];
    const timeline: number[] = [];
    let timelineItems = 0;
    for (let round = 1; round <= context.rounds; round++) {
      caseRecords.push(await timeMs(() => service.call('records.list', { kind: 'testimony', caseId, sort: 'updated', direction: 'desc', limit: 50 })));
      timeline.push(await timeMs(async () => (timelineItems = (await service.call('cases.timeline', { caseId })).length)));
    }
    context.progress(`scale: ${testimonies.toLocaleString('en')}, search`);
    for (const text of QUERIES) await service.call('search.query', { text, limit: 20 });
    const search: number[] = [];
    for (let round = 0; round < SEARCH_ROUNDS; round++) {
      for (const text of QUERIES) search.push(await timeMs(() => service.call('search.query', { text, limit: 20 })));
    }
    context.progress(`scale: ${testimonies.toLocaleString('en')}, where the bytes go`);
    const sizes = await sizeBreakdown(opened.db);
    await service.lock();
    const fileBytes = await databaseBytes(folder);
    context.progress(`scale: ${testimonies.toLocaleString('en')}, casekeep list case in its own process`);
    const memory = await cliMemory(folder);
    return {
      testimonies,
      records: seeded.records,
      seedSeconds: seeded.milliseconds / 1000,
      unlock: median(unlock),
      kdf: median(kdf),
      beyondKdf: median(beyondKdf),
      firstPage: median(firstPage),
      unlockToPage: median(unlockToPage),
      caseRecords: median(caseRecords),
      timeline: median(timeline),
      timelineItems,
      searchP50: percentile(search, 50),
      searchP95: percentile(search, 95),
      fileBytes,
      sizes,
      ...(memory ? { cliPeakRss: memory.peak, cliEndRss: memory.end } : {}),
    };
  } finally {
    await service.lock();
  }
}

function sizeTable(figures: Figures): Table {
  const table = new Table(`Where the bytes go, ${figures.testimonies.toLocaleString('en')} testimonies (${figures.records.toLocaleString('en')} records), from dbstat`);
  const json = figures.sizes.recordJsonBytes / MB;
  table.add({ name: "the records' own JSON (records.data)", value: json, unit: 'MB' });
  table.add({ name: 'database file + WAL', value: figures.fileBytes / MB, unit: 'MB', vs: "the records' own JSON (records.data)", target: 2 });
  for (const part of figures.sizes.parts) {
    table.add({ name: `  ${part.name}`, value: part.bytes / MB, unit: 'MB', vs: "the records' own JSON (records.data)" });
  }
  table.note(`${(figures.fileBytes / figures.records / 1000).toFixed(2)} KB a record in all; groups sum dbstat's pages (tables with their indexes; full-text index shadow tables together).`);
  return table;
}

function scaleTable(all: readonly Figures[]): Table {
  const base = all[0]!;
  const name = (what: string, f: Figures) => `${what}, ${f.testimonies.toLocaleString('en')}`;
  const table = new Table(`Everyday paths by vault size, through the contract — median of the rounds; baseline ${base.testimonies.toLocaleString('en')} testimonies`);
  const rows: Array<{ what: string; value: (f: Figures) => number | undefined; unit: string; target?: number; flat?: number }> = [
    { what: 'seed, ms per 1,000 records', value: (f) => (f.seedSeconds * 1e6) / f.records, unit: 'ms', target: 200 },
    { what: 'vault.unlock', value: (f) => f.unlock, unit: 'ms', target: 1500, flat: 1.25 },
    { what: 'Argon2id alone, before each unlock', value: (f) => f.kdf, unit: 'ms' },
    { what: 'vault.unlock beyond Argon2id', value: (f) => f.beyondKdf, unit: 'ms', target: 200 },
    { what: 'cases.list, first page after unlock', value: (f) => f.firstPage, unit: 'ms', target: 300, flat: 2 },
    { what: 'unlock → first case page', value: (f) => f.unlockToPage, unit: 'ms', flat: 1.25 },
    { what: "records.list, busiest case's testimonies, first 50", value: (f) => f.caseRecords, unit: 'ms', flat: 2 },
    { what: "cases.timeline, busiest case", value: (f) => f.timeline, unit: 'ms', target: 1000 },
    { what: 'search.query top 20, p50', value: (f) => f.searchP50, unit: 'ms' },
    { what: 'search.query top 20, p95', value: (f) => f.searchP95, unit: 'ms', target: 20 },
    { what: '`casekeep list case` peak RSS (Argon2id worker included)', value: (f) => (f.cliPeakRss === undefined ? undefined : f.cliPeakRss / MB), unit: 'MB' },
    { what: '`casekeep list case` RSS with the vault open, at exit', value: (f) => (f.cliEndRss === undefined ? undefined : f.cliEndRss / MB), unit: 'MB', target: 300 },
  ];
  for (const row of rows) {
    for (const f of all) {
      const value = row.value(f);
      if (value === undefined) continue;
      const baseValue = row.value(base);
      const compared = f !== base && baseValue !== undefined;
      table.add({ name: name(row.what, f), value, unit: row.unit, ...(row.target !== undefined ? { target: row.target } : {}) });
      // Flatness as its own row: the ratio against the smallest vault, with the bound the issue allows.
      if (compared && row.flat !== undefined) table.compare(`  ${f.testimonies.toLocaleString('en')} ÷ ${base.testimonies.toLocaleString('en')} (${row.what})`, name(row.what, f), name(row.what, base), row.flat);
    }
  }
  const timelineItems = all.map((f) => `${f.timelineItems} at ${f.testimonies.toLocaleString('en')}`).join(', ');
  table.note(`The busiest case's timeline holds ${timelineItems} items; the 5,000-item case is in the ui section.`);
  table.note('Unlock includes Argon2id (about 1 s here at the default parameters): a fixed cost, the same at every size.');
  table.note('Peak RSS includes the Argon2id worker thread, whose 256 MiB heap is freed when it exits.');
  return table;
}

export const scaleSection: Section = {
  name: 'scale',
  summary: 'seed 1k/20k/100k testimonies (BENCH_SIZES); unlock, case list, case records, timeline, search, CLI memory, vault size by part',
  async run(context) {
    const sizes = (process.env.BENCH_SIZES ?? '1000,20000,100000').split(',').map((text) => Number(text.trim()));
    if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('BENCH_SIZES: whole numbers separated by commas, such as 1000,20000,100000');
    const all: Figures[] = [];
    for (const testimonies of sizes) {
      // One size at a time, each removed before the next: 100,000 testimonies take gigabytes.
      const figures = await withTempDir(`scale-${testimonies}`, (dir) => measureSize(context, dir, testimonies));
      all.push(figures);
      context.report(sizeTable(figures));
    }
    context.report(scaleTable(all));
  },
};
