import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sql } from '../../../../../src/main/core/db/sql';
import { MIGRATIONS } from '../../../../../src/main/core/db/migrations';
import { ORGANISATION_VOCABULARIES } from '../../../../../src/main/core/db/migrations/0140-organisations-data';
import { listVocabularies } from '../../../../../src/main/core/store/vocabularies';
import { Vault } from '../../../../../src/main/core/vault/vault';
import { tempFolder } from '../../../../helpers/temp';

/** The SHA-256 of the vocabularies as vaults received them from migration 0140. */
const FROZEN = 'f2477c6f89707b199687c5121c83f98c0b006fdfb0d10973f64e3b31b134adfb';

const PASSPHRASE = 'a vault from before organisations';
const BEFORE = MIGRATIONS.filter((m) => m.version < 140);
const NOW = '2026-12-06T18:00:00.000Z';
const ORIGIN = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('migration 0140', () => {
  it('lets a vault made before it hold organisations, drafts of them and fields for them, keeping what it held', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE, { migrations: BEFORE });
    const insert = (id: string, kind: string) =>
      vault.db.run(sql`INSERT INTO records (id, kind, label, data, created_at, updated_at, origin) VALUES (${id}, ${kind}, 'x', '{}', ${NOW}, ${NOW}, ${ORIGIN})`);
    await insert('kept-case', 'case');
    await vault.db.run(sql`INSERT INTO record_cases (case_id, record_id) VALUES ('kept-case', 'kept-case')`);
    await expect(insert('too-early', 'organisation')).rejects.toThrow(/CHECK constraint/);
    await vault.lock();

    const upgraded = await Vault.unlock(folder, PASSPHRASE);
    try {
      await upgraded.db.run(sql`INSERT INTO records (id, kind, label, data, created_at, updated_at, origin) VALUES ('an-organisation', 'organisation', 'x', '{}', ${NOW}, ${NOW}, ${ORIGIN})`);
      await upgraded.db.run(sql`INSERT INTO drafts (id, kind, record_id, data, updated_at) VALUES ('a-draft', 'organisation', 'an-organisation', '{}', ${NOW})`);
      await upgraded.db.run(
        sql`INSERT INTO field_definitions (id, kind, key, type, labels, help, required, sensitive, multiple, position, created_at, updated_at) VALUES ('a-field', 'organisation', 'registration', 'text', '{}', '{}', 0, 0, 0, 0, ${NOW}, ${NOW})`,
      );
      // Still a constraint: a kind nobody knows is refused as before.
      await expect(upgraded.db.run(sql`INSERT INTO records (id, kind, label, data, created_at, updated_at, origin) VALUES ('nonsense', 'planet', 'x', '{}', ${NOW}, ${NOW}, ${ORIGIN})`)).rejects.toThrow(
        /CHECK constraint/,
      );
      expect(await upgraded.db.all(sql`SELECT record_id FROM record_cases`)).toEqual([{ record_id: 'kept-case' }]);
      expect(await upgraded.db.get(sql`PRAGMA integrity_check`)).toEqual({ integrity_check: 'ok' });
      const held = await listVocabularies(upgraded.db);
      for (const vocabulary of ORGANISATION_VOCABULARIES) {
        const stored = held.find((v) => v.key === vocabulary.key);
        expect(stored?.labels, vocabulary.key).toEqual(vocabulary.labels);
        expect(stored?.terms.map((t) => [t.code, t.labels])).toEqual(vocabulary.terms.map((t) => [t.code, t.labels]));
      }
    } finally {
      await upgraded.lock();
    }
  });

  it('labels every term in the four interface languages, Kazakh in Cyrillic and Uyghur in Arabic script', () => {
    for (const vocabulary of ORGANISATION_VOCABULARIES) {
      for (const labels of [vocabulary.labels, ...vocabulary.terms.map((t) => t.labels)]) {
        expect(labels.en).toMatch(/^\p{Script=Latin}/u);
        expect(labels.ru).toMatch(/^\p{Script=Cyrillic}/u);
        expect(labels.kk).toMatch(/^\p{Script=Cyrillic}/u);
        expect(labels.ug).toMatch(/^\p{Script=Arabic}/u);
      }
    }
  });

  it('writes the vocabularies it always wrote: its data is frozen, changes are new migrations', () => {
    expect(createHash('sha256').update(JSON.stringify(ORGANISATION_VOCABULARIES)).digest('hex')).toBe(FROZEN);
  });
});
