import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp';
import { cli, PASSPHRASE } from './helpers';

let vault: string;
let recoveryKey: string;
let out: string;

beforeAll(async () => {
  vault = join(await tempFolder('casekeep-cli-backup-'), 'vault');
  const init = await cli(['init', '--vault', vault, '--json']);
  expect(init.code).toBe(0);
  recoveryKey = init.json<{ recoveryKey: string }>().recoveryKey;
  const work = await tempFolder();
  const casePath = join(work, 'case.json');
  await writeFile(casePath, JSON.stringify({ data: { title: 'Backed up from the shell' } }));
  const added = await cli(['add', 'case', casePath, '--vault', vault, '--json']);
  expect(added.code).toBe(0);
  const file = join(work, 'scan.txt');
  await writeFile(file, 'a scanned page');
  expect((await cli(['attach', file, '--owner', added.json<{ id: string }>().id, '--vault', vault])).code).toBe(0);
  out = await tempFolder('casekeep-cli-backup-out-');
});

describe('casekeep backup and restore', () => {
  it('backs up, says how many attachments were new, and a second run copies none again', async () => {
    const first = await cli(['backup', '--vault', vault, '--out', out]);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('1 of 1 attachment files were new');
    const second = await cli(['backup', '--vault', vault, '--out', out, '--json']);
    expect(second.code).toBe(0);
    expect(second.json()).toMatchObject({ attachments: 1, newAttachments: 0 });
  });

  it('restores into a new folder that opens with the passphrase, or with the recovery key and a new passphrase', async () => {
    const target = join(await tempFolder(), 'restored');
    const restored = await cli(['restore', out, '--vault', target, '--json']);
    expect(restored.code, restored.err).toBe(0);
    expect(restored.json()).toMatchObject({ attachments: 1 });
    const listed = await cli(['list', 'case', '--vault', target, '--json']);
    expect(listed.code).toBe(0);
    expect(JSON.stringify(listed.json())).toContain('Backed up from the shell');
    expect((await cli(['audit', 'verify', '--vault', target])).code).toBe(0);

    const byKey = join(await tempFolder(), 'restored');
    const next = 'a passphrase after recovery';
    const env = { CASEKEEP_RECOVERY_KEY: recoveryKey, CASEKEEP_NEW_PASSPHRASE: next };
    expect((await cli(['restore', out, '--vault', byKey, '--recovery-key'], { env })).code).toBe(0);
    expect((await cli(['list', 'case', '--vault', byKey], { env: { CASEKEEP_PASSPHRASE: next } })).code).toBe(0);
  });

  it('refuses an existing target and a folder without a backup, and writes nothing', async () => {
    const existing = await tempFolder();
    const refused = await cli(['restore', out, '--vault', existing]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('VAULT_EXISTS');
    expect(await readdir(existing)).toEqual([]);
    const parent = await tempFolder();
    const none = await cli(['restore', await tempFolder(), '--vault', join(parent, 'vault')], { env: { CASEKEEP_PASSPHRASE: PASSPHRASE } });
    expect(none.code).toBe(1);
    expect(none.err).toContain('BACKUP_INVALID');
    expect(await readdir(parent)).toEqual([]);
    expect((await cli(['backup', '--vault', vault])).code).toBe(2);
  });
});
