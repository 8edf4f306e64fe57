import { readFile, stat } from 'node:fs/promises';
import { CARD_TEXT_MAX, type OrgIdentityView, type PartnerView } from '../../shared/api/partners';
import { uuid } from '../../shared/domain/common';
import { AppError } from '../../shared/errors';
import { unlock, UsageError, type Command, type CommandSpec } from '../command';

/** A card file named on the command line, read only if it is small enough to be one. */
async function readCardFile(path: string): Promise<string> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new AppError('NOT_FOUND', `No card file at ${path}.`);
  // Bytes, not characters: a card in Cyrillic takes up to four bytes a character.
  if (info.size > CARD_TEXT_MAX * 4) throw new AppError('VALIDATION_FAILED', `This is not a Casekeep card: a card is at most ${CARD_TEXT_MAX} characters.`, { details: { reason: 'too-large' } });
  return readFile(path, 'utf8');
}

function partnerLine(partner: PartnerView): string {
  return `${partner.id}  ${partner.name}\n    fingerprint ${partner.fingerprint}\n    ${partner.recipient}${partner.note ? `\n    note: ${partner.note}` : ''}`;
}

function identityText(identity: OrgIdentityView): string {
  return `Organisation: ${identity.name}\nRecipient:    ${identity.recipient}\nFingerprint:  ${identity.fingerprint}`;
}

function partnerId(cmd: Command): string {
  const id = cmd.args[1];
  if (id === undefined || !uuid.safeParse(id).success) throw new UsageError('Give the partner’s id (see casekeep partner list).');
  return id;
}

const PARTNER_ACTIONS: Record<string, (cmd: Command) => Promise<void>> = {
  async add(cmd) {
    const file = cmd.args[1];
    if (file === undefined) throw new UsageError('Missing arguments: casekeep partner add CARDFILE');
    const card = await readCardFile(file);
    await unlock(cmd);
    // Shown before it is added, as the screen does: the fingerprint is what the user compares.
    const preview = await cmd.call('partners.preview', { card });
    const partner = await cmd.call('partners.add', { card, ...(cmd.options.name ? { name: cmd.options.name } : {}) });
    cmd.print(`Added ${partner.name} (${partner.id}).\nCompare this fingerprint with the partner over the phone:\n  ${preview.fingerprint}`, partner);
  },
  async list(cmd) {
    if (cmd.args.length > 1) throw new UsageError(`Unexpected argument: ${cmd.args[1]}`);
    await unlock(cmd);
    const partners = await cmd.call('partners.list', {});
    cmd.print(partners.length === 0 ? 'The address book is empty.' : partners.map(partnerLine).join('\n'), partners);
  },
  async remove(cmd) {
    const id = partnerId(cmd);
    await unlock(cmd);
    const removed = await cmd.call('partners.remove', { id });
    cmd.print(`Removed ${removed.id} from the address book.`, removed);
  },
};

export const partnerCommands: Record<string, CommandSpec> = {
  identity: {
    synopsis: 'identity [--out FILE] [--force]',
    args: [0, 0],
    options: ['out', 'force'],
    async run(cmd) {
      await unlock(cmd);
      const identity = await cmd.call('identity.get', {});
      if (cmd.options.out) {
        const saved = await cmd.call('identity.saveCard', {});
        cmd.print(`${identityText(identity)}\nCard written to ${saved.saved ? saved.path : cmd.options.out}.`, { ...identity, ...(saved.saved ? { path: saved.path } : {}) });
        return;
      }
      const { card } = await cmd.call('identity.cardText', {});
      // The card itself on stdout, so `casekeep identity > card.txt` makes the file to hand out.
      if (cmd.json) cmd.print('', { ...identity, card });
      else cmd.io.stdout.write(card);
    },
  },
  partner: {
    synopsis: 'partner add CARDFILE [--name NAME] | partner list | partner remove ID',
    args: [1, 2],
    options: ['name'],
    async run(cmd) {
      const action = cmd.args[0] as string;
      const run = Object.hasOwn(PARTNER_ACTIONS, action) ? PARTNER_ACTIONS[action] : undefined;
      if (!run) throw new UsageError(`Unknown partner action: ${action}; use add, list or remove.`);
      if (action !== 'add' && cmd.options.name !== undefined) throw new UsageError(`--name applies only to partner add.`);
      await run(cmd);
    },
  },
};
