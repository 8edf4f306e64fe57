import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CasekeepService } from '../../src/main/core/service/service';
import type { AttachmentInfo, StoredRecord } from '../../src/shared/api';
import { tempFolder } from '../helpers/temp';
import { cli, exampleText, PASSPHRASE } from './helpers';

let folder: string;
let vault: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  folder = await tempFolder();
  vault = join(folder, 'vault');
  expect((await cli(['init', '--vault', vault])).code).toBe(0);
  for (const kind of ['case', 'source'] as const) {
    const added = await cli(['add', kind, '-', '--vault', vault, '--json'], { stdin: await exampleText(kind, ids) });
    ids[kind] = added.json<StoredRecord>().id;
  }
  const testimony = JSON.parse(await exampleText('testimony', ids));
  testimony.data.personLinks = [];
  testimony.data.incidentLinks = [];
  ids.testimony = (await cli(['add', 'testimony', '-', '--vault', vault, '--json'], { stdin: JSON.stringify(testimony) })).json<StoredRecord>().id;
}, 180_000);

/** Checks what the CLI wrote through a second, direct service: the same contract the UI uses. */
let reader: CasekeepService | undefined;
afterAll(() => reader?.lock());

// Every CLI run unlocks the vault again (Argon2id at 256 MiB): seconds each on a busy machine.
describe('casekeep attach and audit verify', { timeout: 180_000 }, () => {
  it('has main read the named file and stream it to a testimony, with a progress line on a terminal', async () => {
    // 2.5 MiB: progress at each MiB, then the whole.
    const bytes = randomBytes(2.5 * 1024 * 1024);
    const file = join(folder, 'recording.m4a');
    await writeFile(file, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');

    const ran = await cli(['attach', file, '--testimony', ids.testimony!, '--vault', vault], { tty: true });
    expect(ran.code).toBe(0);
    expect(ran.out).toContain(`sha256 ${sha256}`);
    expect(ran.err).toContain('\rAttaching recording.m4a: 40% (1.0 MiB of 2.5 MiB)');
    expect(ran.err.endsWith('\rAttaching recording.m4a: 100% (2.5 MiB of 2.5 MiB)\n')).toBe(true);

    const owned = await cli(['attach', file, '--owner', ids.case!, '--name', 'копия.bin', '--strip-metadata', '--vault', vault, '--json']);
    expect(owned.code).toBe(0);
    expect(owned.err).toBe('');
    expect(owned.json<AttachmentInfo>()).toMatchObject({ name: 'копия.bin', mime: 'application/octet-stream', sha256, ownerId: ids.case });

    reader = new CasekeepService({ folder: vault });
    await reader.call('vault.unlock', { passphrase: PASSPHRASE });
    const [info] = await reader.call('attachments.list', { ownerId: ids.testimony! });
    expect(info).toMatchObject({ name: 'recording.m4a', mime: 'audio/mp4', size: bytes.length, sha256 });
    await reader.lock();
  });

  it('refuses a wrong owner, a missing file and bad usage, attaching nothing', async () => {
    const file = join(folder, 'note.txt');
    await writeFile(file, 'Қағаз');
    const notTestimony = await cli(['attach', file, '--testimony', ids.source!, '--vault', vault]);
    expect(notTestimony.code).toBe(1);
    expect(notTestimony.err).toBe('casekeep: VALIDATION_FAILED: That record is a source; use --owner ID to attach to it. testimony: Not a testimony.\n');
    const missing = await cli(['attach', join(folder, 'gone.jpg'), '--owner', ids.case!, '--vault', vault]);
    expect(missing.err).toMatch(/^casekeep: IO_FAILED: Cannot read .*gone\.jpg: no such file\.\n$/);
    for (const argv of [['attach', file, '--vault', vault], ['attach', file, '--owner', ids.case!, '--testimony', ids.testimony!, '--vault', vault], ['attach', '-', '--owner', ids.case!, '--vault', vault]]) {
      expect((await cli(argv)).code).toBe(2);
    }
  });

  it('verifies the audit log', async () => {
    const ran = await cli(['audit', 'verify', '--vault', vault, '--json']);
    expect(ran.code).toBe(0);
    // Three records and two attachments, each with its entry.
    expect(ran.json()).toEqual({ ok: true, entries: 5, problems: [] });
    const human = await cli(['audit', 'verify', '--vault', vault]);
    expect(human.out).toBe('The audit log is intact: 5 entries, every link checked.\n');
  });
});
