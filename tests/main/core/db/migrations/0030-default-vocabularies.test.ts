import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARIES } from '../../../../../src/main/core/db/migrations/0030-default-vocabularies-data';

/** The SHA-256 of the data as vaults made since migration 0030 received it. */
const FROZEN = 'c500049d16b9c1c02523b99cb2c3b2b0f2591b90ce1973e52015e6b605c980ba';

describe('migration 0030', () => {
  it('writes the vocabularies it always wrote: its data is frozen, changes are new migrations', () => {
    expect(createHash('sha256').update(JSON.stringify(DEFAULT_VOCABULARIES)).digest('hex')).toBe(FROZEN);
  });
});
