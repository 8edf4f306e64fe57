import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerView } from '../../../../shared/api/partners';
import { api } from '../../api/client';
import { useNavigation } from '../../navigation/routes';

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; partners: PartnerView[] };

/**
 * The partners a consent to share names, chosen from the address book: one checkbox each, so the
 * keyboard reaches every one with Tab and toggles it with Space. A partner removed from the book
 * since stays listed while it is chosen, so saving the form never drops it unseen.
 */
export function PartnerPicker({ id, testId, label, selected, onChange }: { id: string; testId: string; label: string; selected: readonly string[]; onChange(ids: string[]): void }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  // A draft kept by an older version may lack the list; it reads as none chosen.
  const chosen = Array.isArray(selected) ? selected : [];

  useEffect(() => {
    let live = true;
    api.call('partners.list', {}).then(
      (partners) => live && setLoad({ state: 'ready', partners }),
      () => live && setLoad({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);

  function toggle(partnerId: string, on: boolean): void {
    onChange(on ? [...chosen.filter((existing) => existing !== partnerId), partnerId] : chosen.filter((existing) => existing !== partnerId));
  }

  const known = load.state === 'ready' ? load.partners : [];
  const gone = load.state === 'ready' ? chosen.filter((partnerId) => !known.some((partner) => partner.id === partnerId)) : [];

  return (
    <fieldset className="partner-picker" id={id} data-testid={testId}>
      <legend className="field__label">{label}</legend>
      {load.state === 'loading' ? <p className="busy-note">{t('partners.loading')}</p> : null}
      {load.state === 'failed' ? <p className="field__error">{t('partners.picker.failed')}</p> : null}
      {load.state === 'ready' && known.length === 0 && gone.length === 0 ? (
        <p className="field__hint">
          {t('partners.picker.none')}{' '}
          <button type="button" className="button button--link" onClick={() => navigation.go({ name: 'partners' })} data-testid={`${testId}-open-book`}>
            {t('partners.picker.open')}
          </button>
        </p>
      ) : null}
      <div className="partner-picker__options">
        {known.map((partner) => (
          <label key={partner.id} className="checkbox partner-picker__option">
            <input type="checkbox" checked={chosen.includes(partner.id)} onChange={(event) => toggle(partner.id, event.target.checked)} data-testid={`${testId}-${partner.id}`} />
            <span dir="auto">{partner.name}</span>
          </label>
        ))}
        {gone.map((partnerId) => (
          <label key={partnerId} className="checkbox partner-picker__option partner-picker__option--gone">
            <input type="checkbox" checked onChange={(event) => toggle(partnerId, event.target.checked)} data-testid={`${testId}-${partnerId}`} />
            <span>{t('partners.picker.removed')}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
