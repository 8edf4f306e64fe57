import { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH } from './limits';

export { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH };

/** What is wrong with a field, as a key the screen translates. */
export type PassphraseIssue = 'required' | 'tooShort' | 'tooLong' | 'mismatch';

export interface NewPassphraseIssues {
  passphrase?: PassphraseIssue;
  confirm?: PassphraseIssue;
}

// zod counts UTF-16 units. The minimum here counts code points, so that five emoji (ten units)
// do not pass for ten characters; both limits stay at least as strict as main's.
function length(text: string): { units: number; codePoints: number } {
  return { units: text.length, codePoints: [...text].length };
}

/** The same rules as the contract's `newPassphrase`, checked before the slow KDF runs in main. */
export function checkNewPassphrase(passphrase: string, confirm: string): NewPassphraseIssues {
  const issues: NewPassphraseIssues = {};
  const { units, codePoints } = length(passphrase);
  if (units === 0) issues.passphrase = 'required';
  else if (codePoints < PASSPHRASE_MIN_LENGTH) issues.passphrase = 'tooShort';
  else if (units > PASSPHRASE_MAX_LENGTH) issues.passphrase = 'tooLong';
  else if (confirm !== passphrase) issues.confirm = 'mismatch';
  return issues;
}

export function hasIssues(issues: NewPassphraseIssues): boolean {
  return issues.passphrase !== undefined || issues.confirm !== undefined;
}
