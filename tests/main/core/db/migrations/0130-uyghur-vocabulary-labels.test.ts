import { describe, expect, it } from 'vitest';
import { sql } from '../../../../../src/main/core/db/sql';
import { MIGRATIONS } from '../../../../../src/main/core/db/migrations';
import { UYGHUR_VOCABULARY_LABELS } from '../../../../../src/main/core/db/migrations/0130-uyghur-vocabulary-labels-data';
import { Vault } from '../../../../../src/main/core/vault/vault';
import { tempFolder } from '../../../../helpers/temp';

const PASSPHRASE = 'vocabularies before 0130';
const BEFORE = MIGRATIONS.filter((m) => m.version < 130);

async function storedLabels(vault: Vault, vocabulary: string, code: string): Promise<Record<string, string>> {
  const row = await vault.db.get<{ labels: string }>(sql`SELECT labels FROM vocabulary_terms WHERE vocabulary = ${vocabulary} AND code = ${code}`);
  return JSON.parse(row!.labels) as Record<string, string>;
}

describe('migration 0130', () => {
  it('labels the shipped terms in Uyghur, and leaves the terms users made or reworded as they wrote them', async () => {
    const folder = await tempFolder();
    const { vault } = await Vault.create(folder, PASSPHRASE, { migrations: BEFORE });
    const reworded = { en: 'Held in a camp', ru: 'Содержание в лагере', kk: 'Лагерьде ұстау' };
    await vault.db.run(sql`UPDATE vocabulary_terms SET labels = ${JSON.stringify(reworded)} WHERE vocabulary = 'incident_type' AND code = 'reeducation_camp_internment'`);
    const written = { en: 'Arrest', ru: 'Арест', kk: 'Қамау', ug: 'قولغا ئېلىنىش' };
    await vault.db.run(sql`UPDATE vocabulary_terms SET labels = ${JSON.stringify(written)} WHERE vocabulary = 'incident_type' AND code = 'arrest'`);
    const mine = { en: 'Akimat', ru: 'Акимат', kk: 'Әкімдік' };
    await vault.db.run(sql`INSERT INTO vocabulary_terms (vocabulary, code, labels, parent, position) VALUES ('agency', 'akimat', ${JSON.stringify(mine)}, NULL, 901)`);
    await vault.lock();

    const upgraded = await Vault.unlock(folder, PASSPHRASE);
    try {
      const shipped = await storedLabels(upgraded, 'incident_type', 'house_arrest');
      expect(shipped.ug).toBe(UYGHUR_VOCABULARY_LABELS.incident_type!.terms.house_arrest);
      // A term 0100 added gets its label too.
      expect((await storedLabels(upgraded, 'agency', 'kz_police')).ug).toBe(UYGHUR_VOCABULARY_LABELS.agency!.terms.kz_police);
      expect(await storedLabels(upgraded, 'incident_type', 'reeducation_camp_internment')).toEqual(reworded);
      expect(await storedLabels(upgraded, 'incident_type', 'arrest')).toEqual(written);
      expect(await storedLabels(upgraded, 'agency', 'akimat')).toEqual(mine);
      const vocabulary = await upgraded.db.get<{ labels: string }>(sql`SELECT labels FROM vocabularies WHERE key = 'agency'`);
      expect(JSON.parse(vocabulary!.labels).ug).toBe(UYGHUR_VOCABULARY_LABELS.agency!.label);
      // Every shipped term of every vocabulary has its Uyghur label after the upgrade, but the two users touched.
      const missing = await upgraded.db.all<{ code: string }>(sql`SELECT code FROM vocabulary_terms WHERE json_extract(labels, '$.ug') IS NULL ORDER BY code`);
      expect(missing.map((m) => m.code)).toEqual(['akimat', 'reeducation_camp_internment']);
    } finally {
      await upgraded.lock();
    }
  });
});
