/**
 * The vocabularies a new vault holds: what migration 0030 wrote, as the migrations after it leave
 * it. None changes them yet, so this is 0030's data; a migration that adds or rewords terms
 * applies the same change here, and tests/main/core/vocabularies/fresh-vault.test.ts compares
 * this with a vault made from scratch.
 */
export {
  DEFAULT_VOCABULARIES,
  VOCABULARY_KEYS,
  type DefaultTerm,
  type DefaultVocabulary,
  type VocabularyKey,
  type VocabularyLabels,
} from '../db/migrations/0030-default-vocabularies-data';
