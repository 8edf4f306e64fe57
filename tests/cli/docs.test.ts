import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/run';
import { USAGE } from '../../src/cli/usage';
import { contract, RECORD_KINDS } from '../../src/shared/api';
import { EXAMPLES } from './helpers';

const CLI_MD = fileURLToPath(new URL('../../docs/cli.md', import.meta.url));

describe('docs/cli.md', () => {
  it('shows every example input file as it is, and each is a valid add input', async () => {
    const doc = await readFile(CLI_MD, 'utf8');
    const blocks = new Map<string, unknown>();
    for (const match of doc.matchAll(/`docs\/examples\/(\w+)\.json`:\n\n```json\n([\s\S]*?)\n```/g)) {
      blocks.set(match[1]!, JSON.parse(match[2]!));
    }
    const files = (await readdir(EXAMPLES)).filter((name) => name.endsWith('.json'));
    expect(files.sort()).toEqual(RECORD_KINDS.map((kind) => `${kind}.json`).sort());
    for (const kind of RECORD_KINDS) {
      const file = JSON.parse(await readFile(join(EXAMPLES, `${kind}.json`), 'utf8')) as object;
      expect(blocks.get(kind), kind).toEqual(file);
      const parsed = contract['records.create'].input.safeParse({ ...file, kind });
      expect(parsed.error?.issues ?? [], kind).toEqual([]);
    }
  });

  it('documents every command, and --help names each one', async () => {
    const doc = await readFile(CLI_MD, 'utf8');
    for (const [name, spec] of Object.entries(commands)) {
      expect(doc, name).toContain(`casekeep ${name}`);
      expect(USAGE, name).toContain(`  ${spec.synopsis.split(' ')[0]}`);
    }
  });
});
