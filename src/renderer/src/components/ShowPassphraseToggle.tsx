import { useTranslation } from 'react-i18next';

/** One switch per form: it shows every passphrase field of the form at once. */
export function ShowPassphraseToggle({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  const { t } = useTranslation();
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {t('common.showPassphrase')}
    </label>
  );
}
