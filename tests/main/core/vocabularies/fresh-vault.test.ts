import { describe, expect, it } from 'vitest';
import { listVocabularies } from '../../../../src/main/core/store/vocabularies';
import { DEFAULT_VOCABULARIES } from '../../../../src/main/core/vocabularies/defaults';
import { Vault } from '../../../../src/main/core/vault/vault';
import { tempFolder } from '../../../helpers/temp';

describe('the default vocabularies', () => {
  it('are what a vault made from scratch holds, after every migration', async () => {
    const { vault } = await Vault.create(await tempFolder(), 'vocabularies of a fresh vault');
    try {
      const held = await listVocabularies(vault.db);
      const expected = DEFAULT_VOCABULARIES.map((v) => ({
        key: v.key,
        labels: v.labels,
        hierarchical: v.hierarchical,
        terms: v.terms.map((t) => ({ code: t.code, labels: t.labels, parent: t.parent ?? null, deprecated: false })),
      }));
      expect(held).toEqual([...expected].sort((a, b) => a.key.localeCompare(b.key)));
    } finally {
      await vault.lock();
    }
  });
});
