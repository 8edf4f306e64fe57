import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { passphraseIssueText } from '../i18n/passphrase-issue';
import type { NewPassphraseIssues } from '../passphrase/validate';
import { TextInput } from './forms/Fields';
import { ShowPassphraseToggle } from './ShowPassphraseToggle';
import { StrengthMeter } from './StrengthMeter';

export interface NewPassphraseValue {
  passphrase: string;
  confirm: string;
}

interface NewPassphraseFieldsProps {
  /** Ids of the two inputs and the strength meter; the test ids are the same. */
  ids: { passphrase: string; confirm: string; strength: string };
  labels: { passphrase: string; confirm: string };
  hint?: ReactNode;
  value: NewPassphraseValue;
  /** Typing into a field clears that field's issue. */
  onChange(value: NewPassphraseValue, cleared: keyof NewPassphraseIssues): void;
  issues: NewPassphraseIssues;
  /** A problem the screen finds itself (the new one is the old one), shown on the first field. */
  passphraseError?: string;
  visible: boolean;
  onVisibleChange(visible: boolean): void;
  passphraseRef?: Ref<HTMLInputElement>;
  confirmRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}

/**
 * A new passphrase, typed twice, with its strength: the block the create, recover and
 * change-passphrase screens share, so the three say and check the same things the same way.
 * One switch shows every passphrase field of the form, the current one too.
 */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  const { ids, value, issues } = props;
  const type = props.visible ? 'text' : 'password';
  return (
    <>
      <TextInput
        id={ids.passphrase}
        testId={ids.passphrase}
        label={props.labels.passphrase}
        hint={props.hint}
        type={type}
        autoComplete="new-password"
        value={value.passphrase}
        onChange={(passphrase) => props.onChange({ ...value, passphrase }, 'passphrase')}
        error={props.passphraseError ?? passphraseIssueText(t, issues.passphrase)}
        describedBy={ids.strength}
        inputRef={props.passphraseRef}
        autoFocus={props.autoFocus}
      />
      <StrengthMeter id={ids.strength} passphrase={value.passphrase} />
      <TextInput
        id={ids.confirm}
        testId={ids.confirm}
        label={props.labels.confirm}
        type={type}
        autoComplete="new-password"
        value={value.confirm}
        onChange={(confirm) => props.onChange({ ...value, confirm }, 'confirm')}
        error={passphraseIssueText(t, issues.confirm)}
        inputRef={props.confirmRef}
      />
      <ShowPassphraseToggle checked={props.visible} onChange={props.onVisibleChange} />
    </>
  );
}
