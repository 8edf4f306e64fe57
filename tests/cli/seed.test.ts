import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/shared/api';
import { tempFolder } from '../helpers/temp';
import { cli } from './helpers';

let vault: string;
let seeded: { records: number; byKind: Record<string, number>; recordsPerSecond: number };

beforeAll(async () => {
  vault = join(await tempFolder(), 'vault');
  expect((await cli(['init', '--vault', vault])).code).toBe(0);
});

// Every CLI run unlocks the vault again (Argon2id at 256 MiB): seconds each on a busy machine.
describe('casekeep seed', { timeout: 180_000 }, () => {
  it('seeds 200 testimonies with a progress line, and list shows them', async () => {
    const ran = await cli(['seed', '--vault', vault, '--testimonies', '200'], { tty: true });
    expect(ran.code, ran.err).toBe(0);
    expect(ran.out).toMatch(/^Seeded [\d,]+ records \(.*200 testimony.*\) in [\d.]+ s: [\d,]+ records\/s \([\d,]+ records\/s writing alone\)\.\n$/);
    expect(ran.err).toMatch(/^\rSeeding: [\d,]+ of 200 testimonies, [\d,]+ records.*\rSeeding: 200 of 200 testimonies, [\d,]+ records\n$/s);

    const list = await cli(['list', 'testimony', '--vault', vault, '--json']);
    expect(list.code).toBe(0);
    const page = list.json<{ items: StoredRecord<'testimony'>[]; total: number }>();
    expect(page.total).toBe(200);
    expect(page.items).toHaveLength(200);
    expect(new Set(page.items.map((t) => t.id)).size).toBe(200);
    // Multilingual: more than one interview language, and Cyrillic text among the transcripts.
    expect(new Set(page.items.map((t) => t.data.language)).size).toBeGreaterThan(1);
    expect(page.items.some((t) => /\p{Script=Cyrillic}/u.test(t.data.transcript))).toBe(true);
  });

  it('prints JSON with the timing, and refuses to seed the same ids twice, writing nothing', async () => {
    const again = await cli(['seed', '--vault', vault, '--testimonies', '200', '--json']);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.err).error).toEqual({ code: 'CONFLICT', message: 'This vault already holds these seeded records (seed 1); use another --seed or a fresh vault.' });

    const other = await cli(['seed', '--vault', vault, '--testimonies', '5', '--seed', '7', '--json']);
    expect(other.code, other.err).toBe(0);
    seeded = other.json();
    expect(seeded.byKind.testimony).toBe(5);
    expect(seeded.recordsPerSecond).toBeGreaterThan(0);

    const list = await cli(['list', 'testimony', '--vault', vault, '--limit', '3', '--json']);
    expect(list.json<{ items: unknown[]; total: number }>()).toMatchObject({ total: 205, items: expect.any(Array) });
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(3);

    const audit = await cli(['audit', 'verify', '--vault', vault, '--json']);
    expect(audit.json()).toMatchObject({ ok: true, problems: [] });
  });

  it('needs --testimonies N', async () => {
    for (const argv of [['seed', '--vault', vault], ['seed', '--vault', vault, '--testimonies', '0'], ['seed', '--vault', vault, '--testimonies', 'many']]) {
      expect((await cli(argv)).code).toBe(2);
    }
  });
});
