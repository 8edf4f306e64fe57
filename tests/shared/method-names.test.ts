import { describe, expect, it } from 'vitest';
import { METHODS } from '../../src/shared/api';
import { METHOD_NAMES } from '../../src/shared/method-names';

// The preload filters calls by METHOD_NAMES because it cannot load the zod contract (S34).
describe('the preload’s list of method names', () => {
  it('names exactly the contract’s methods, each once', () => {
    expect([...METHOD_NAMES].sort()).toEqual([...METHODS].sort());
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
  });
});
