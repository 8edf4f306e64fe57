import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CIPHER_PAGE_SIZE } from '../../../src/main/core/db/database';
import { sql } from '../../../src/main/core/db/sql';
import { DATABASE_FILE, Vault } from '../../../src/main/core/vault/vault';
import { tempFolder } from '../../helpers/temp';

describe('the vault is standard SQLCipher 4', () => {
  it('opens with better-sqlite3-multiple-ciphers (sqlcipher, legacy 4) and the same raw key', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, 'portable across drivers');
    await vault.db.run(sql`INSERT INTO meta (key, value) VALUES ('greeting', 'Сәлем, әлем')`);
    const keyHex = Buffer.from(vault.keys.database).toString('hex');
    await vault.lock();

    const other = new Database(join(folder, DATABASE_FILE), { fileMustExist: true });
    try {
      other.pragma(`cipher='sqlcipher'`);
      other.pragma('legacy=4');
      other.pragma(`legacy_page_size=${CIPHER_PAGE_SIZE}`);
      other.pragma(`key="x'${keyHex}'"`);
      const row = other.prepare(`SELECT value FROM meta WHERE key = 'greeting'`).get() as { value: string };
      expect(row.value).toBe('Сәлем, әлем');
    } finally {
      other.close();
    }

    const wrong = new Database(join(folder, DATABASE_FILE), { fileMustExist: true });
    try {
      wrong.pragma(`cipher='sqlcipher'`);
      wrong.pragma('legacy=4');
      wrong.pragma(`key="x'${'00'.repeat(32)}'"`);
      expect(() => wrong.prepare('SELECT count(*) FROM meta').get()).toThrow(/not a database/);
    } finally {
      wrong.close();
    }
  });
});
