import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/shared/api';
import { snapshotFiles, tempFolder } from '../helpers/temp';
import { cli, exampleFile, exampleText } from './helpers';

let folder: string;
let vault: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  folder = await tempFolder();
  vault = join(folder, 'vault');
  expect((await cli(['init', '--vault', vault])).code).toBe(0);
});

async function auditEntries(): Promise<number> {
  const ran = await cli(['audit', 'verify', '--vault', vault, '--json']);
  expect(ran.code).toBe(0);
  return ran.json<{ ok: boolean; entries: number }>().entries;
}

// Every CLI run unlocks the vault again (Argon2id at 256 MiB): seconds each on a busy machine.
describe('casekeep add, get, list and search', { timeout: 180_000 }, () => {
  it('adds every kind from the docs examples, from files and from stdin', async () => {
    // The spelling: --json is the output flag, FILE the positional input.
    const kase = await cli(['add', 'case', '--vault', vault, '--json', await exampleFile(folder, 'case', {})]);
    expect(kase.code).toBe(0);
    ids.case = kase.json<StoredRecord>().id;

    const person = await cli(['add', 'person', await exampleFile(folder, 'person', ids), '--vault', vault, '--json']);
    expect(person.code).toBe(0);
    ids.person = person.json<StoredRecord>().id;

    // From stdin; the passphrase then comes from the environment.
    const source = await cli(['add', 'source', '-', '--vault', vault, '--json'], { stdin: await exampleText('source', ids) });
    expect(source.code).toBe(0);
    const stored = source.json<StoredRecord<'source'>>();
    expect(stored).toMatchObject({ kind: 'source', hasIdentity: true });
    expect(source.out).not.toContain('Айгүл');
    ids.source = stored.id;

    const incident = await cli(['add', 'incident', await exampleFile(folder, 'incident', ids), '--vault', vault, '--json']);
    expect(incident.code).toBe(0);
    ids.incident = incident.json<StoredRecord>().id;

    // A whole records.create input, kind included, is accepted too; human output names the record.
    const full = JSON.stringify({ kind: 'testimony', ...JSON.parse(await exampleText('testimony', ids)) });
    const testimony = await cli(['add', 'testimony', '-', '--vault', vault], { stdin: full });
    expect(testimony.code).toBe(0);
    expect(testimony.out).toMatch(/^Added testimony [0-9a-f-]{36} {2}/);
    ids.testimony = /([0-9a-f-]{36})/.exec(testimony.out)![1]!;

    const organisation = await cli(['add', 'organisation', await exampleFile(folder, 'organisation', ids), '--vault', vault, '--json']);
    expect(organisation.code).toBe(0);
    expect(organisation.json<StoredRecord<'organisation'>>()).toMatchObject({ kind: 'organisation', label: 'Atajurt Kazakh Human Rights', data: { members: [{ personId: ids.person, role: 'head' }] } });
  });

  it('gets a record by kind and id, and refuses the wrong kind', async () => {
    const got = await cli(['get', 'person', ids.person!, '--vault', vault, '--json']);
    expect(got.code).toBe(0);
    expect(got.json<StoredRecord<'person'>>().data.names[0]).toEqual({ value: 'Ерлан Қасымов', script: 'Cyrl', language: 'kk', kind: 'name' });

    const human = await cli(['get', 'testimony', ids.testimony!, '--vault', vault]);
    expect(human.out).toContain('Әкемді 2018 жылы');

    const wrong = await cli(['get', 'case', ids.person!, '--vault', vault]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toBe('casekeep: NOT_FOUND: No case with this id; it is a person.\n');
  });

  it('lists records of a kind', async () => {
    const list = await cli(['list', 'testimony', '--vault', vault, '--json']);
    expect(list.code).toBe(0);
    const page = list.json<{ items: StoredRecord[]; total: number }>();
    expect(page.total).toBe(1);
    expect(page.items.map((r) => r.id)).toEqual([ids.testimony]);

    const human = await cli(['list', 'person', '--vault', vault, '--case', ids.case!]);
    expect(human.out).toBe(`${ids.person}  Ерлан Қасымов\n1 of 1 person records.\n`);
  });

  it('searches in Cyrillic', async () => {
    const found = await cli(['search', 'Қасымов', '--vault', vault, '--json']);
    expect(found.code).toBe(0);
    const hits = found.json<Array<{ id: string; kind: string }>>();
    expect(hits.map((h) => h.id)).toContain(ids.person);

    const human = await cli(['search', 'полиция', '--kind', 'testimony', '--vault', vault]);
    expect(human.code).toBe(0);
    expect(human.out).toContain(ids.testimony);
    expect(human.out).toContain('[полиция]');
  });

  it('pages search hits with --offset, in the order of the first page', async () => {
    const all = (await cli(['search', 'Қасымов', '--vault', vault, '--json'])).json<Array<{ id: string }>>();
    expect(all.length).toBeGreaterThanOrEqual(2);
    const second = await cli(['search', 'Қасымов', '--limit', '1', '--offset', '1', '--vault', vault, '--json']);
    expect(second.json<Array<{ id: string }>>().map((h) => h.id)).toEqual([all[1]!.id]);
    const past = await cli(['search', 'Қасымов', '--offset', String(all.length), '--vault', vault]);
    expect(past.out).toBe(`Nothing found from number ${all.length + 1}.\n`);
    const wrong = await cli(['search', 'Қасымов', '--offset', '10001', '--vault', vault]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--offset takes a whole number from 0 to 10000.');
  });

  it('refuses malformed, schema-invalid and dangling input and writes nothing', async () => {
    const before = await auditEntries();
    const broken = join(folder, 'broken.json');
    await writeFile(broken, '{\n  "data": {\n    "title": "x",\n  }\n}\n');
    const invalid = join(folder, 'invalid.json');
    await writeFile(invalid, JSON.stringify({ data: { names: [{ value: '', script: 'Klingon' }], sex: 'x' } }));
    const files = await snapshotFiles(vault);

    const malformed = await cli(['add', 'case', broken, '--vault', vault]);
    expect(malformed.code).toBe(1);
    expect(malformed.err).toMatch(/^casekeep: VALIDATION_FAILED: .*broken\.json is not valid JSON \(line 4, column 3\)/);
    expect(malformed.err.trim().split('\n')).toHaveLength(1);

    const schema = await cli(['add', 'person', invalid, '--vault', vault, '--json']);
    expect(schema.code).toBe(1);
    const error = JSON.parse(schema.err).error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['data.names.0.value', 'data.names.0.script', 'data.sex']));
    const schemaHuman = await cli(['add', 'person', invalid, '--vault', vault]);
    expect(schemaHuman.err).toContain('data.names.0.script: ');

    const bare = await cli(['add', 'case', '-', '--vault', vault], { stdin: '{"title":"only the data"}' });
    expect(bare.err).toContain('VALIDATION_FAILED: Put the case\'s fields under "data"');
    const mismatch = await cli(['add', 'case', '-', '--vault', vault], { stdin: '{"kind":"person","data":{"title":"x"}}' });
    expect(mismatch.err).toContain('kind: The file says "person"; the command says case.');

    const noPassphrase = await cli(['add', 'case', '-', '--vault', vault], { stdin: '{"data":{"title":"x"}}', env: {} });
    expect(noPassphrase.err).toBe('casekeep: VALIDATION_FAILED: Stdin carried the input, so set CASEKEEP_PASSPHRASE for the passphrase.\n');

    const missing = await cli(['add', 'case', join(folder, 'nope.json'), '--vault', vault]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`casekeep: IO_FAILED: Cannot read ${join(folder, 'nope.json')}: no such file.\n`);

    // Refused before the vault was even opened: not a byte changed.
    expect(await snapshotFiles(vault)).toEqual(files);

    // Valid against the schema but pointing nowhere: the store refuses it inside its transaction.
    const dangling = await exampleText('testimony', { ...ids, source: ids.person });
    const refused = await cli(['add', 'testimony', '-', '--vault', vault], { stdin: dangling });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('sourceId: No source with this id.');
    expect(await auditEntries()).toBe(before);
  });

  it('answers bad usage of the record commands with exit code 2', async () => {
    for (const argv of [
      ['add', 'spaceship', 'x.json', '--vault', vault],
      ['add', 'case', '--vault', vault],
      ['get', 'case', '--vault', vault],
      ['list', 'case', '--vault', vault, '--limit', '0'],
      ['list', 'case', '--vault', vault, '--sort', 'colour'],
      ['list', 'case', '--vault', vault, '--testimony', 'x'],
      ['search', '--vault', vault],
      ['audit', 'erase', '--vault', vault],
      ['add', 'case', '--json=x.json', '--vault', vault],
    ]) {
      const ran = await cli(argv);
      expect(ran.code, argv.join(' ')).toBe(2);
      expect(ran.err.split('\n')[0]).toMatch(/^casekeep: USAGE: /);
    }
  });
});
