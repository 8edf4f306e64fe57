import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/errors';
import { describeError } from './server';

// docs/security.md S16: what the harness logs of a failure never quotes its message or stack.
describe('the harness logs an error by name and code only', () => {
  it('drops the message and the stack, which may quote case text', () => {
    const error = new Error('UNIQUE constraint failed: records.title = Қайрат Әбілов');
    expect(describeError(error)).toBe('Error');
    const io = Object.assign(new Error("ENOENT: no such file, open '/vault/Қайрат.m4a'"), { code: 'ENOENT' });
    expect(describeError(io)).toBe('Error ENOENT');
    expect(describeError(new AppError('VAULT_LOCKED', 'The vault is locked.'))).toBe('AppError VAULT_LOCKED');
    expect(describeError('Қайрат Әбілов')).toBe('string');
  });
});
