import { RECORD_KINDS } from '../../shared/api';
import { intOption, oneOf, unlock, UsageError, type CommandSpec } from '../command';
import { hitText } from '../format';

const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

export const inspectCommands: Record<string, CommandSpec> = {
  search: {
    synopsis: 'search QUERY',
    args: [1, 1],
    options: ['kind', 'limit', 'offset'],
    async run(cmd) {
      const text = cmd.args[0] as string;
      const kinds = (cmd.options.kind ?? []).map((kind) => oneOf(kind, RECORD_KINDS, '--kind'));
      const limit = intOption(cmd, 'limit', 1, 200) ?? 20;
      // The contract's bound: ranking reads a window of three times offset + limit matches.
      const offset = intOption(cmd, 'offset', 0, 10_000) ?? 0;
      await unlock(cmd);
      const hits = await cmd.call('search.query', { text, limit, offset, ...(kinds.length > 0 ? { kinds } : {}) });
      const from = offset > 0 ? ` from number ${offset + 1}` : '';
      const human = hits.length === 0 ? `Nothing found${from}.` : `${hits.map(hitText).join('\n')}\n${hits.length} found${from}.`;
      cmd.print(human, hits);
    },
  },
  audit: {
    synopsis: 'audit verify',
    args: [1, 1],
    async run(cmd) {
      if (cmd.args[0] !== 'verify') throw new UsageError(`Unknown audit action: ${cmd.args[0]}; use 'audit verify'.`);
      await unlock(cmd);
      const report = await cmd.call('audit.verify', {});
      const human = report.ok
        ? `The audit log is intact: ${entries(report.entries)}, every link checked.`
        : [`The audit log is damaged: ${report.problems.length} problem(s) in ${entries(report.entries)}.`, ...report.problems.map((p) => `  entry ${p.seq}: ${p.problem}: ${p.message}`)].join('\n');
      cmd.print(human, report);
      // A damaged log is a finding, not a failure to run; the exit code still lets a script act on it.
      return report.ok ? 0 : 1;
    },
  },
};
