import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sql } from '../../../../../src/main/core/db/sql';
import { MIGRATIONS } from '../../../../../src/main/core/db/migrations';
import { DEFENDERS_TERMS } from '../../../../../src/main/core/db/migrations/0100-defenders-vocabularies-data';
import { listVocabularies } from '../../../../../src/main/core/store/vocabularies';
import { Vault } from '../../../../../src/main/core/vault/vault';
import { tempFolder } from '../../../../helpers/temp';

/** The SHA-256 of the terms as vaults received them from migration 0100. */
const FROZEN = '57a8322ae4c879813d44220d02d0548a8aed587dd4e9af2c2cbd3a0809cef18b';

const PASSPHRASE = 'vocabularies before 0100';
const BEFORE = MIGRATIONS.filter((m) => m.version < 100);

async function codes(vault: Vault, key: string): Promise<string[]> {
  const vocabulary = (await listVocabularies(vault.db)).find((v) => v.key === key)!;
  return vocabulary.terms.map((t) => t.code);
}

describe('migration 0100', () => {
  it('adds its terms to a vault made before it, each after the term it names', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE, { migrations: BEFORE });
    expect(await codes(vault, 'agency')).not.toContain('kz_police');
    await vault.lock();

    const upgraded = await Vault.unlock(folder, PASSPHRASE);
    try {
      const agency = await codes(upgraded, 'agency');
      expect(agency.slice(agency.indexOf('employer'), agency.indexOf('employer') + 6)).toEqual([
        'employer',
        'kz_police',
        'kz_national_security_committee',
        'kz_prosecutor_office',
        'kz_court',
        'kazakhstan_authorities',
      ]);
      const incident = await codes(upgraded, 'incident_type');
      expect(incident.slice(incident.indexOf('surveillance'), incident.indexOf('surveillance') + 3)).toEqual(['surveillance', 'search_or_raid', 'intimidation']);
      expect(incident.at(-1)).toBe('other');
      const rows = await upgraded.db.all<{ position: number }>(sql`SELECT position FROM vocabulary_terms WHERE vocabulary = 'incident_type' ORDER BY position`);
      expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i));
    } finally {
      await upgraded.lock();
    }
  });

  it("keeps a term the users already made under one of its codes, and the users' own terms", async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE, { migrations: BEFORE });
    const mine = { en: 'Pressure by phone', ru: 'Давление по телефону', kk: 'Телефон арқылы қысым' };
    await vault.db.run(
      sql`INSERT INTO vocabulary_terms (vocabulary, code, labels, parent, position) VALUES ('incident_type', 'intimidation', ${JSON.stringify(mine)}, NULL, 900)`,
    );
    await vault.db.run(
      sql`INSERT INTO vocabulary_terms (vocabulary, code, labels, parent, position) VALUES ('agency', 'akimat', ${JSON.stringify({ en: 'Akimat', ru: 'Акимат', kk: 'Әкімдік' })}, NULL, 901)`,
    );
    await vault.lock();

    const upgraded = await Vault.unlock(folder, PASSPHRASE);
    try {
      const incident = (await listVocabularies(upgraded.db)).find((v) => v.key === 'incident_type')!;
      const intimidation = incident.terms.filter((t) => t.code === 'intimidation');
      // Theirs in every word: 0130 gives it no Uyghur label of ours, so it reads in English there.
      expect(intimidation).toEqual([{ code: 'intimidation', labels: { ...mine, ug: mine.en }, parent: null, deprecated: false }]);
      expect(incident.terms.map((t) => t.code)).toContain('search_or_raid');
      expect((await codes(upgraded, 'agency')).at(-1)).toBe('akimat');
    } finally {
      await upgraded.lock();
    }
  });

  it('writes the terms it always wrote: its data is frozen, changes are new migrations', () => {
    expect(createHash('sha256').update(JSON.stringify(DEFENDERS_TERMS)).digest('hex')).toBe(FROZEN);
  });
});
