import type { ImportPreview, ImportResult } from '../../shared/api/imports';
import { AppError } from '../../shared/errors';
import { unlock, UsageError, type Command, type CommandSpec } from '../command';
import { mebibytes } from '../format';

function standingLine(preview: ImportPreview): string {
  const s = preview.standing;
  switch (s.kind) {
    case 'first':
      return 'first bundle seen from this sender';
    case 'next':
      return 'next in sequence';
    case 'gap':
      return `GAP: ${s.missing} bundle(s) from this sender were never imported here (last seen ${s.lastSeen})`;
    case 'replay':
      return 'REPLAY: this bundle was imported before';
    case 'rollback':
      return `ROLLBACK: number not newer than the last one seen (${s.lastSeen})`;
  }
}

function previewText(p: ImportPreview): string {
  const signer = p.signer.partner ? `${p.signer.partner.name} (address book)` : 'NOT IN THE ADDRESS BOOK';
  const c = p.counts;
  const lines = [
    `Bundle ${p.fileName} from ${p.sender.name}, made ${p.createdAt}, profile ${p.profile}, number ${p.sequence}: ${standingLine(p)}`,
    `Signed by: ${signer}, fingerprint ${p.signer.fingerprint}`,
    `Records: ${c.new} new, ${c['fast-forward']} updated, ${c.conflict} in conflict (both kept), ${c.unchanged} unchanged, ${c.identical} same change on both sides, ${c.skipped} skipped`,
    `Files: ${p.attachments.new} new (${mebibytes(p.attachments.newBytes)}), ${p.attachments.known} already here`,
  ];
  for (const r of p.records.filter((r) => r.outcome !== 'unchanged').slice(0, 50)) lines.push(`  ${r.outcome.padEnd(12)} ${r.kind.padEnd(9)} ${r.id}  ${r.label}`);
  for (const w of p.warnings.slice(0, 50)) lines.push(`  warning: ${w.code} ${w.recordId}`);
  return lines.join('\n');
}

function resultText(r: ImportResult): string {
  const c = r.counts;
  return `Imported: ${c.new} new, ${c['fast-forward']} updated, ${c.conflict} in conflict, ${r.attachmentsAdded} file(s). Open conflicts in this vault: ${r.openConflicts}.`;
}

async function cancel(cmd: Command, token: string): Promise<void> {
  await cmd.call('imports.cancel', { token });
}

export const importCommands: Record<string, CommandSpec> = {
  import: {
    synopsis: 'import FILE [--dry-run] [--yes]',
    args: [1, 1],
    options: ['dry-run', 'yes'],
    async run(cmd) {
      const [file] = cmd.args;
      if (!file) throw new UsageError('Name the bundle file to import.');
      await unlock(cmd);
      // The CLI's open dialog is its argument: the user named the file.
      cmd.openFile(file);
      if (cmd.io.stderr.isTTY === true) {
        cmd.onProgress((event) => {
          if (event.method !== 'imports.preview') return;
          const percent = event.total === 0 ? 0 : Math.floor((event.done / event.total) * 100);
          cmd.io.stderr.write(`\rVerifying: ${percent}% (${mebibytes(event.done)})${event.done >= event.total && event.total > 0 ? '\n' : ''}`);
        });
      }
      const preview = await cmd.call('imports.preview', {});
      if ('cancelled' in preview) throw new AppError('IO_FAILED', 'No file was read.');
      if (cmd.options['dry-run'] === true) {
        await cancel(cmd, preview.token);
        cmd.print(`${previewText(preview)}\nDry run: nothing was written.`, { preview, applied: false });
        return 0;
      }
      if (!preview.signer.partner && cmd.options.yes !== true) {
        await cancel(cmd, preview.token);
        cmd.io.stderr.write(`${previewText(preview)}\n`);
        throw new AppError('FORBIDDEN', `The signer is not in the address book: fingerprint ${preview.signer.fingerprint}. Compare it with the sender, then run again with --yes (or add the partner first). Nothing was written.`, {
          details: { reason: 'unknown-signer', fingerprint: preview.signer.fingerprint },
        });
      }
      const result = await cmd.call('imports.apply', { token: preview.token, acceptSigner: cmd.options.yes === true });
      cmd.print(`${previewText(preview)}\n${resultText(result)}`, { preview, result, applied: true });
      return 0;
    },
  },
};
