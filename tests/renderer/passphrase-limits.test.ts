import { describe, expect, it } from 'vitest';
import { newPassphrase, PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH, recoveryKeyInput } from '../../src/shared/api';
import * as limits from '../../src/renderer/src/passphrase/limits';
import { checkNewPassphrase } from '../../src/renderer/src/passphrase/validate';

describe("the page's passphrase limits", () => {
  it('equal the contract they restate', () => {
    expect(limits.PASSPHRASE_MIN_LENGTH).toBe(PASSPHRASE_MIN_LENGTH);
    expect(limits.PASSPHRASE_MAX_LENGTH).toBe(PASSPHRASE_MAX_LENGTH);
    expect(recoveryKeyInput.safeParse('A'.repeat(limits.RECOVERY_KEY_MAX_LENGTH)).success).toBe(true);
    expect(recoveryKeyInput.safeParse('A'.repeat(limits.RECOVERY_KEY_MAX_LENGTH + 1)).success).toBe(false);
  });

  it('never accept a new passphrase that main would refuse', () => {
    const samples = ['', 'short', '123456789', '1234567890', '😀😀😀😀😀', 'x'.repeat(1024), 'x'.repeat(1025), 'қазақ тілі бар'];
    for (const sample of samples) {
      const pageAccepts = checkNewPassphrase(sample, sample).passphrase === undefined;
      if (pageAccepts) expect(newPassphrase.safeParse(sample).success, sample).toBe(true);
    }
    expect(checkNewPassphrase('a long passphrase', 'a long passphrasf').confirm).toBe('mismatch');
  });
});
