import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from '../../../src/main/core/db/sql';
import { verifyAudit } from '../../../src/main/core/store/audit-log';
import { Vault } from '../../../src/main/core/vault/vault';
import { fileContains, filesContaining, tempFolder } from '../../helpers/temp';

const CANARY = 'KILL-CANARY-Үрімжі-اۋۇل';

describe('S10/S17 a process killed mid-write', () => {
  it('leaves no plaintext in the vault or the temp folder, and keeps every acknowledged write', async () => {
    const folder = await tempFolder();
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/write-canary.ts', folder, CANARY], { stdio: ['ignore', 'pipe', 'ignore'] });
    const acknowledged: string[] = [];
    let buffered = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        acknowledged.push(...lines);
        if (acknowledged.length >= 40) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.once('exit', resolve));

    expect(await filesContaining(folder, CANARY)).toEqual([]);
    const fresh: string[] = [];
    for (const entry of await readdir(tmpdir(), { withFileTypes: true })) {
      const path = join(tmpdir(), entry.name);
      if (entry.isFile() && (await stat(path)).mtimeMs >= started) fresh.push(path);
    }
    for (const path of fresh) expect(await fileContains(path, CANARY), path).toBe(false);

    const vault = await Vault.unlock(folder, 'killed while writing');
    try {
      const rows = await vault.db.all<{ id: string }>(sql`SELECT id FROM records WHERE id IN (SELECT value FROM json_each(${JSON.stringify(acknowledged)}))`);
      expect(rows.length).toBe(acknowledged.length);
      expect((await vault.checkIntegrity()).ok).toBe(true);
      expect((await verifyAudit(vault.db)).ok).toBe(true);
    } finally {
      await vault.lock();
    }
  });
});
