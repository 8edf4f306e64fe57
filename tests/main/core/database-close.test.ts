import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Database } from '../../../src/main/core/db/database';
import { sql } from '../../../src/main/core/db/sql';
import { sizeOf, tempFolder } from '../../helpers/temp';

describe('Database.close', () => {
  it('refuses work asked for once a close has begun, and still empties the WAL', async () => {
    const path = join(await tempFolder(), 'close.db');
    const db = await Database.open(path, new Uint8Array(randomBytes(32)), { create: true });
    await db.exec('CREATE TABLE t (v TEXT) STRICT;');
    const before = db.run(sql`INSERT INTO t (v) VALUES (${'queued before the close'})`);
    const closing = db.close({ checkpoint: true });
    // Asked for after the lock began: it must not run beside the checkpoint or be cut off by it.
    const late = db.run(sql`INSERT INTO t (v) VALUES (${'asked for during the close'})`).then(
      () => 'ran',
      (error: { code?: string }) => error.code,
    );
    const second = db.close({ checkpoint: true });
    await expect(before).resolves.toMatchObject({ changes: 1 });
    expect(await late).toBe('VAULT_LOCKED');
    await Promise.all([closing, second]);
    expect((await sizeOf(`${path}-wal`)) ?? 0).toBe(0);
  });
});
