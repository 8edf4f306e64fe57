import { EXPORT_PROFILES, exportRecipient } from '../../shared/api/exports';
import { oneOf, unlock, UsageError, type Command, type CommandSpec } from '../command';
import { mebibytes } from '../format';

/** Recipients as given: `age1…` strings (in the address book or not) and `self`, the vault's own key. */
function recipientsOf(cmd: Command): string[] {
  const given = cmd.options.to ?? [];
  for (const value of given) {
    if (!exportRecipient.safeParse(value).success) throw new UsageError(`--to takes an age recipient (age1…) or self, not ${value.slice(0, 12)}…`);
  }
  return given;
}

/** A progress line on stderr, rewritten in place on a terminal and one line per tenth elsewhere. */
function progressReporter(cmd: Command): (done: number, total: number) => void {
  const terminal = cmd.io.stderr.isTTY === true;
  let lastTenth = -1;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    const line = `Exporting: ${percent}% (${mebibytes(done)} of ${mebibytes(total)})`;
    if (terminal) {
      cmd.io.stderr.write(`\r${line}${done >= total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor(percent / 10);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    cmd.io.stderr.write(`${line}\n`);
  };
}

export const exportCommands: Record<string, CommandSpec> = {
  export: {
    synopsis: 'export (--case ID... | --all) --to age1... --out FILE [--profile partner|full|archive]',
    args: [0, 0],
    options: ['case', 'all', 'to', 'out', 'profile', 'force'],
    async run(cmd) {
      const caseIds = cmd.options.case ?? [];
      const all = cmd.options.all === true;
      if (all && caseIds.length > 0) throw new UsageError('Give --case or --all, not both.');
      if (!all && caseIds.length === 0) throw new UsageError('Say what to export: --case ID (repeatable) or --all.');
      if (!cmd.options.out) throw new UsageError('--out FILE is required: where the bundle goes.');
      // The whole vault goes, unless asked otherwise, as an archive to the organisation's own key.
      const profile = oneOf(cmd.options.profile ?? (all ? 'archive' : 'partner'), EXPORT_PROFILES, '--profile');
      const given = recipientsOf(cmd);
      const recipients = given.length > 0 ? given : profile === 'archive' ? ['self'] : [];
      if (recipients.length === 0) throw new UsageError('--to age1… is required: who can open the bundle.');
      await unlock(cmd);
      const report = progressReporter(cmd);
      cmd.onProgress((event) => {
        if (event.method === 'exports.create') report(event.done, event.total);
      });
      const result = await cmd.call('exports.create', { caseIds, all, recipients, profile });
      if (!result.saved) throw new UsageError('No file was written.');
      const left = result.redactedRecords > 0 || result.withheldAttachments > 0 ? `; left out by the profile: fields of ${result.redactedRecords} record(s), ${result.withheldAttachments} file(s)` : '';
      cmd.print(
        `Exported ${result.records} record(s) and ${result.attachments} file(s) to ${result.path} (${mebibytes(result.bytes)}), profile ${result.profile}${left}.\nManifest SHA-256: ${result.manifestSha256}`,
        result,
      );
    },
  },
};
