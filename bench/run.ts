/*
 * `npm run bench [-- <section>…] [--rounds N]`: prints tables of timings with ratios against
 * baselines measured in the same run. Speed targets live here, never in timed tests.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import type { BenchContext, Section } from './section';
import type { Check, Table } from './table';
import { backupSection } from './backup-bench';
import { bundleSection } from './bundle-bench';
import { exchangeSection } from './exchange-bench';
import { sqlcipherSection } from './sqlcipher-bench';
import { recordsSection } from './records-bench';
import { scaleSection } from './scale-bench';
import { uiSection } from './ui-bench';
import { vaultSection } from './vault-bench';

/** Every section, in the order `npm run bench` runs them. A new section: its file, one line here. */
const SECTIONS: readonly Section[] = [vaultSection, sqlcipherSection, recordsSection, scaleSection, exchangeSection, bundleSection, backupSection, uiSection];

const DEFAULT_ROUNDS = 3;

const USAGE = `usage: npm run bench -- [section…] [--rounds N]
Runs the named sections, or all of them. Each measurement is repeated N times (default ${DEFAULT_ROUNDS}); tables show the median.
sections:
${SECTIONS.map((section) => `  ${section.name.padEnd(10)} ${section.summary}`).join('\n')}`;

function parse(argv: readonly string[]): { sections: Section[]; rounds: number } | string {
  let rounds = DEFAULT_ROUNDS;
  const names: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--help' || arg === '-h') return USAGE;
    if (arg === '--rounds' || arg.startsWith('--rounds=')) {
      rounds = Number(arg === '--rounds' ? argv[++index] : arg.slice('--rounds='.length));
      if (!Number.isInteger(rounds) || rounds < 1) return `--rounds needs a whole number of at least 1\n${USAGE}`;
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}\n${USAGE}`;
    } else {
      names.push(arg);
    }
  }
  const unknown = names.filter((name) => !SECTIONS.some((section) => section.name === name));
  if (unknown.length > 0) return `unknown section ${unknown.join(', ')}\n${USAGE}`;
  return { sections: names.length === 0 ? [...SECTIONS] : SECTIONS.filter((section) => names.includes(section.name)), rounds };
}

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

async function main(): Promise<number> {
  const parsed = parse(process.argv.slice(2));
  if (parsed === USAGE) {
    console.log(USAGE);
    return 0;
  }
  if (typeof parsed === 'string') {
    console.error(parsed);
    return 2;
  }
  const cpu = cpus();
  console.log(`casekeep bench — ${new Date().toISOString()}`);
  console.log(`node ${process.version} ${process.platform}/${process.arch}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB`);
  console.log(`load average (1/5/15 min): ${load()}   rounds per measurement: ${parsed.rounds}\n`);

  const checks: Check[] = [];
  const context: BenchContext = {
    rounds: parsed.rounds,
    report(table: Table) {
      console.log(`${table.format()}\n`);
      checks.push(...table.checks());
    },
    progress(text) {
      console.error(`… ${text} (load ${loadavg()[0]!.toFixed(2)})`);
    },
  };
  const started = performance.now();
  for (const section of parsed.sections) await section.run(context);

  const missed = checks.filter((check) => !check.ok);
  console.log(`load average at the end: ${load()}   total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(
    checks.length === 0
      ? 'targets: none in these sections'
      : missed.length === 0
        ? `targets: all ${checks.length} met`
        : `targets: ${checks.length - missed.length} of ${checks.length} met; missed: ${missed.map((check) => check.row).join('; ')}`,
  );
  // A missed target is a finding, not a crash: the exit code stays 0 so the tables always print.
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
