import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerView } from '../../../../shared/api/partners';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { Fingerprint } from './Fingerprint';

/** The address book: each partner with its fingerprint and keys; rename, note, remove. */
export function PartnerList({ partners, onChanged, onRemoved }: { partners: PartnerView[]; onChanged(partner: PartnerView): void; onRemoved(partner: PartnerView): void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<PartnerView | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusHeading, setFocusHeading] = useState(false);

  // After the dialog has closed (and put focus back on a button that is gone): the list's heading.
  useEffect(() => {
    if (!focusHeading || removing !== null) return;
    heading.current?.focus();
    setFocusHeading(false);
  }, [focusHeading, removing]);

  async function remove(): Promise<void> {
    if (!removing) return;
    setBusy(true);
    setFailure(null);
    try {
      await api.call('partners.remove', { id: removing.id });
      const gone = removing;
      setRemoving(null);
      onRemoved(gone);
      setFocusHeading(true);
    } catch (error) {
      setRemoving(null);
      setFailure(toApiError(error).code);
    }
    setBusy(false);
  }

  return (
    <section className="admin-panel stack" aria-labelledby="partners-book-title" data-testid="partner-list">
      <h2 id="partners-book-title" ref={heading} tabIndex={-1}>
        {t('partners.book.title')}
      </h2>
      <p className="admin-screen__intro">{t('partners.book.intro')}</p>
      <FormError code={failure} />
      {partners.length === 0 ? <p data-testid="partner-list-empty">{t('partners.book.empty')}</p> : null}
      <ul className="partner-list">
        {partners.map((partner) =>
          editing === partner.id ? (
            <li key={partner.id} className="partner-list__item" data-testid={`partner-${partner.id}`}>
              <EditPartner
                partner={partner}
                onDone={(changed) => {
                  setEditing(null);
                  if (changed) onChanged(changed);
                }}
              />
            </li>
          ) : (
            <li key={partner.id} className="partner-list__item" data-testid={`partner-${partner.id}`}>
              <h3 className="partner-list__name" dir="auto">
                {partner.name}
              </h3>
              <Fingerprint value={partner.fingerprint} testId={`partner-${partner.id}-fingerprint`} />
              <p className="field__hint">
                {t('partners.book.recipient')}: <code className="key-list__key">{partner.recipient}</code>
              </p>
              {partner.note ? (
                <p dir="auto" data-testid={`partner-${partner.id}-note`}>
                  {partner.note}
                </p>
              ) : null}
              <div className="button-row">
                <button type="button" className="button button--secondary button--small" onClick={() => setEditing(partner.id)} data-testid={`partner-${partner.id}-edit`}>
                  {t('partners.book.edit')}
                  <span className="visually-hidden">: {partner.name}</span>
                </button>
                <button type="button" className="button button--danger-outline" onClick={() => setRemoving(partner)} data-testid={`partner-${partner.id}-remove`}>
                  {t('partners.book.remove')}
                  <span className="visually-hidden">: {partner.name}</span>
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        title={t('partners.book.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('partners.book.removeConfirm')}
        cancelLabel={t('partners.book.cancel')}
        danger
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
        testId="partner-remove-dialog"
      >
        <p>{t('partners.book.removeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

function EditPartner({ partner, onDone }: { partner: PartnerView; onDone(changed: PartnerView | null): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(partner.name);
  const [note, setNote] = useState(partner.note);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(): Promise<void> {
    setBusy(true);
    setFailure(null);
    try {
      onDone(await api.call('partners.update', { id: partner.id, name, note }));
    } catch (error) {
      setFailure(toApiError(error).code);
      setBusy(false);
    }
  }

  return (
    <form
      className="stack"
      noValidate
      aria-label={t('partners.book.editTitle', { name: partner.name })}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone(null);
      }}
    >
      <FormError code={failure} />
      <div className="field">
        <label className="field__label" htmlFor={`partner-name-${partner.id}`}>
          {t('partners.book.name')}
        </label>
        <input id={`partner-name-${partner.id}`} className="input" dir="auto" maxLength={200} autoFocus value={name} onChange={(event) => setName(event.target.value)} data-testid={`partner-${partner.id}-name`} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`partner-note-${partner.id}`}>
          {t('partners.book.note')}
        </label>
        <input id={`partner-note-${partner.id}`} className="input" dir="auto" maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} data-testid={`partner-${partner.id}-note-input`} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" disabled={busy || name.trim() === ''} data-testid={`partner-${partner.id}-save`}>
          {t('partners.book.save')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => onDone(null)}>
          {t('partners.book.cancel')}
        </button>
      </div>
    </form>
  );
}
