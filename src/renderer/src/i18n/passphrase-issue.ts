import type { TFunction } from 'i18next';
import { PASSPHRASE_MIN_LENGTH, type PassphraseIssue } from '../passphrase/validate';

export function passphraseIssueText(t: TFunction, issue: PassphraseIssue | undefined): string | undefined {
  switch (issue) {
    case undefined:
      return undefined;
    case 'required':
      return t('validation.required');
    case 'tooShort':
      return t('validation.tooShort', { count: PASSPHRASE_MIN_LENGTH });
    case 'tooLong':
      return t('validation.tooLong');
    case 'mismatch':
      return t('validation.mismatch');
  }
}
