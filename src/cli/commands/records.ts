import { contract, RECORD_KINDS, SORT_KEYS, type Input, type RecordKind } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { toErrorData } from '../../main/core/service/service';
import { intOption, oneOf, unlock, UsageError, type Command, type CommandSpec } from '../command';
import { recordLine, recordText } from '../format';
import { readJsonInput } from '../input';

const kindOf = (value: string | undefined): RecordKind => oneOf(value, RECORD_KINDS, 'KIND');

/** records.list takes at most this many per call; `list` pages through the rest. */
const PAGE = 500;

/**
 * The file holds the input of `records.create` without its kind: `{ "data": {...} }`, plus
 * `"identity"` for a source. A `"kind"` may stay in (a saved records.create input works as is)
 * but must match the command's.
 */
function createInput(kind: RecordKind, body: unknown): Input<'records.create'> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AppError('VALIDATION_FAILED', 'The input must be a JSON object: { "data": { ... } }.');
  }
  if (!('data' in body)) {
    throw new AppError('VALIDATION_FAILED', `Put the ${kind}'s fields under "data": { "data": { ... } }.`, {
      fields: [{ path: 'data', message: 'Required.', code: 'required' }],
    });
  }
  if ('kind' in body && body.kind !== kind) {
    throw new AppError('VALIDATION_FAILED', 'The input is for another kind of record.', {
      fields: [{ path: 'kind', message: `The file says ${JSON.stringify(body.kind)}; the command says ${kind}.` }],
    });
  }
  const input = { ...body, kind };
  // The service checks this again; checking first spares a refused file the slow unlock.
  const parsed = contract['records.create'].input.safeParse(input);
  if (!parsed.success) {
    const data = toErrorData(parsed.error);
    throw new AppError('VALIDATION_FAILED', data.message, data.fields ? { fields: data.fields } : {});
  }
  return input as Input<'records.create'>;
}

async function listAll(cmd: Command, kind: RecordKind): Promise<void> {
  const limit = intOption(cmd, 'limit', 1);
  let offset = intOption(cmd, 'offset', 0) ?? 0;
  const sort = cmd.options.sort === undefined ? 'updated' : oneOf(cmd.options.sort, SORT_KEYS, '--sort');
  const order = cmd.options.order ?? (sort === 'label' ? 'asc' : 'desc');
  const direction = oneOf(order, ['asc', 'desc'] as const, '--order');
  if ((cmd.options.case?.length ?? 0) > 1) throw new UsageError('list takes one --case.');
  const caseId = cmd.options.case?.[0];
  await unlock(cmd);

  // Written page by page, so listing 100,000 testimonies never holds them all in memory.
  const out = cmd.io.stdout;
  let shown = 0;
  let total = 0;
  if (cmd.json) out.write('{"items":[');
  for (;;) {
    const want = Math.min(PAGE, limit === undefined ? PAGE : limit - shown);
    if (want <= 0) break;
    const page = await cmd.call('records.list', { kind, sort, direction, limit: want, offset, ...(caseId ? { caseId } : {}) });
    total = page.total;
    for (const record of page.items) {
      out.write(cmd.json ? `${shown > 0 ? ',' : ''}${JSON.stringify(record)}` : `${recordLine(record)}\n`);
      shown += 1;
    }
    offset += page.items.length;
    if (page.items.length < want) break;
  }
  out.write(cmd.json ? `],"total":${total}}\n` : `${shown} of ${total} ${kind} records.\n`);
}

export const recordCommands: Record<string, CommandSpec> = {
  add: {
    synopsis: 'add KIND FILE|-',
    args: [2, 2],
    async run(cmd) {
      const kind = kindOf(cmd.args[0]);
      const source = cmd.args[1] as string;
      const input = createInput(kind, await readJsonInput(source, cmd.io));
      cmd.stdinTaken = source === '-';
      await unlock(cmd);
      const record = await cmd.call('records.create', input);
      cmd.print(`Added ${kind} ${recordLine(record)}`, record);
    },
  },
  get: {
    synopsis: 'get KIND ID',
    args: [2, 2],
    async run(cmd) {
      const kind = kindOf(cmd.args[0]);
      await unlock(cmd);
      const record = await cmd.call('records.get', { id: cmd.args[1] as string });
      if (record.kind !== kind) throw new AppError('NOT_FOUND', `No ${kind} with this id; it is a ${record.kind}.`);
      cmd.print(recordText(record), record);
    },
  },
  list: {
    synopsis: 'list KIND',
    args: [1, 1],
    options: ['case', 'limit', 'offset', 'sort', 'order'],
    async run(cmd) {
      const kind = kindOf(cmd.args[0]);
      if (cmd.options.case?.includes('')) throw new UsageError('--case needs a case id.');
      await listAll(cmd, kind);
    },
  },
};
