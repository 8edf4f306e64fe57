import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../src/main/core/db/sql';
import { Rng } from '../../../tools/seed/rng';
import { CasekeepService } from '../../../src/main/core/service/service';
import { DATABASE_FILE } from '../../../src/main/core/vault/vault';
import { canaryForms, canaryHits } from '../../helpers/canary-scan';
import { prepareChild, RunningChild, sleep, type ChildCommand } from '../../helpers/kill-child';
import { RECOVERY_KEY_ENV, serviceWithRecoveryKey } from '../../helpers/recovery-service';
import { tempFolder } from '../../helpers/temp';

/*
 * docs/security.md S10: a child writes a canary phrase into every place case text can go (see
 * tests/fixtures/write-canary.ts) and is SIGKILLed mid-write, several times. The child runs with
 * its own fresh TMPDIR and HOME (the XDG folders under it), so the search covers exactly what it
 * could have written: every file, hidden ones too, of the vault folder, those temp folders and that
 * home, for the phrase in UTF-8, UTF-16LE, their hex, base64 and base64url.
 */
const CANARY = `KILL-CANARY-Үрімжі-اۋۇل-${randomBytes(4).toString('hex')}`;
const KILLS = 8;
const SEED = Number(process.env.CASEKEEP_KILL_SEED ?? Math.floor(Math.random() * 2 ** 31));
const KINDS = ['case', 'person', 'settings', 'update', 'draft', 'form', 'source', 'attachment'];

describe('S10 the canary search', () => {
  it('finds the phrase in each form it looks for, in nested and hidden files', async () => {
    const folder = await tempFolder('casekeep-canary-scan-');
    await mkdir(join(folder, '.hidden', 'deeper'), { recursive: true });
    const filler = (n: number) => randomBytes(n);
    const plants: Record<string, Buffer> = {
      'plain.bin': Buffer.concat([filler(10), Buffer.from(CANARY), filler(10)]),
      '.hidden/deeper/.wide': Buffer.concat([filler(3), Buffer.from(CANARY, 'utf16le')]),
      'hex.txt': Buffer.from(`x${Buffer.from(CANARY).toString('hex')}x`),
      ...Object.fromEntries(
        [0, 1, 2].map((offset) => [`b64-${offset}`, Buffer.from(Buffer.concat([filler(offset + 30), Buffer.from(CANARY), filler(5)]).toString('base64'))]),
      ),
      'b64url-wide': Buffer.from(Buffer.concat([filler(1), Buffer.from(CANARY, 'utf16le')]).toString('base64url')),
    };
    for (const [name, bytes] of Object.entries(plants)) await writeFile(join(folder, name), bytes);
    await writeFile(join(folder, 'clean'), filler(4096));

    const hits = await canaryHits([folder], CANARY);
    for (const name of Object.keys(plants)) expect(hits.some((hit) => hit.startsWith(`${join(folder, name)}:`)), name).toBe(true);
    expect(hits.some((hit) => hit.startsWith(join(folder, 'clean')))).toBe(false);
    expect(canaryForms(CANARY).length).toBe(16);
  });
});

describe('S10 a process killed mid-write', () => {
  let root: string;
  let vaultFolder: string;
  let home: string;
  let recoveryKey: string;
  let child: ChildCommand;

  beforeAll(async () => {
    root = await tempFolder('casekeep-canary-');
    vaultFolder = join(root, 'vault');
    home = join(root, 'home');
    await mkdir(home, { mode: 0o700 });
    const service = new CasekeepService({ folder: vaultFolder });
    recoveryKey = (await service.call('vault.create', { passphrase: 'killed while writing' })).recoveryKey;
    await service.lock();
    child = await prepareChild('tests/fixtures/write-canary.ts');
  });
  afterAll(() => child?.dispose());

  it('leaves the phrase in no file of the vault, the temp folders or the home folder, in any form', async () => {
    const rng = new Rng(SEED);
    const temps: string[] = [];
    const acknowledged = new Set<string>();
    const stderr: string[] = [];
    for (let kill = 1; kill <= KILLS; kill += 1) {
      const tmp = join(root, `tmp-${kill}`);
      await mkdir(tmp, { mode: 0o700 });
      temps.push(tmp);
      const env = {
        ...process.env,
        TMPDIR: tmp,
        TMP: tmp,
        TEMP: tmp,
        HOME: home,
        XDG_CONFIG_HOME: join(home, '.config'),
        XDG_CACHE_HOME: join(home, '.cache'),
        XDG_DATA_HOME: join(home, '.local', 'share'),
        [RECOVERY_KEY_ENV]: recoveryKey,
      };
      const running = new RunningChild(child, [vaultFolder, CANARY, String(kill)], env);
      // Kill inside the n-th write: past the case and person each run starts with, so every run
      // makes at least the step it starts at (a different one each run) and leaves another unfinished.
      const writes = rng.int(3, 10);
      let seen = 0;
      await running.waitForLine((line) => line.startsWith('ack ') && ++seen >= writes);
      await sleep(rng.int(0, 40));
      const end = await running.kill();
      const failed = running.lines.find((line) => line.startsWith('error'));
      expect(end.signal, `kill ${kill}, CASEKEEP_KILL_SEED=${SEED}: ${failed ?? end.stderr}`).toBe('SIGKILL');
      for (const line of running.lines) if (line.startsWith('ack ')) acknowledged.add(line.slice(4));
      stderr.push(end.stderr);
    }
    expect([...acknowledged].sort(), 'every kind of write was made at least once').toEqual([...KINDS].sort());

    const everywhere = [vaultFolder, home, ...temps];
    expect(await canaryHits(everywhere, CANARY), `CASEKEEP_KILL_SEED=${SEED}`).toEqual([]);
    expect(stderr.join('')).not.toContain(CANARY);
    const head = Buffer.alloc(16);
    const handle = await open(join(vaultFolder, DATABASE_FILE), 'r');
    await handle.read(head, 0, 16, 0).finally(() => handle.close());
    expect(head.toString('latin1')).not.toBe('SQLite format 3\0');

    // The phrase is in there, encrypted: without this the search above would prove nothing.
    const service = await serviceWithRecoveryKey(vaultFolder, recoveryKey);
    try {
      const db = service.vault?.db;
      if (!db) throw new Error('no open vault');
      const like = `%${CANARY}%`;
      const count = async (query: ReturnType<typeof sql>) => (await db.get<{ n: number }>(query))?.n ?? 0;
      expect(await count(sql`SELECT count(*) AS n FROM records WHERE data LIKE ${like} OR label LIKE ${like}`)).toBeGreaterThan(0);
      expect(await count(sql`SELECT count(*) AS n FROM drafts WHERE data LIKE ${like}`)).toBeGreaterThan(0);
      expect(await count(sql`SELECT count(*) AS n FROM audit_log WHERE actor LIKE ${like} OR changes LIKE ${like}`)).toBeGreaterThan(0);
      // Each run attaches to its own case, and a run may be killed before it gets that far.
      const cases = (await service.call('records.list', { kind: 'case', limit: 100, sort: 'created', direction: 'asc' })).items;
      const attachments = (await Promise.all(cases.map((kase) => service.call('attachments.list', { ownerId: kase.id })))).flat();
      expect(attachments.length, `CASEKEEP_KILL_SEED=${SEED}`).toBeGreaterThan(0);
      const { chunk } = await service.call('attachments.read', { id: attachments[0]!.id, length: 100_000 });
      expect(Buffer.from(chunk, 'base64').includes(Buffer.from(CANARY))).toBe(true);
      expect((await service.vault?.checkIntegrity())?.problems).toEqual([]);
    } finally {
      await service.lock();
    }
    // And after the checkpoint of a clean lock, still nowhere in the clear.
    expect(await canaryHits([vaultFolder], CANARY)).toEqual([]);
    expect((await readFile(join(vaultFolder, DATABASE_FILE))).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  });
});
