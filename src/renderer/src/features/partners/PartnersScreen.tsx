import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerView } from '../../../../shared/api/partners';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { FormError } from '../../components/FormError';
import type { Route } from '../../navigation/routes';
import { AddPartnerPanel } from './AddPartnerPanel';
import { IdentityPanel } from './IdentityPanel';
import { PartnerList } from './PartnerList';

/** The organisation's own card, the address book, and adding a partner from a card. */
export function PartnersScreen(_props: { route: Route }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [partners, setPartners] = useState<PartnerView[] | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    heading.current?.focus();
    api.call('partners.list', {}).then(
      (loaded) => live && setPartners(loaded),
      (error: unknown) => live && setFailure(toApiError(error).code),
    );
    return () => {
      live = false;
    };
  }, []);

  const sorted = (list: PartnerView[]) => [...list].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));

  return (
    <section className="admin-screen partners" data-testid="screen-partners" aria-labelledby="partners-title">
      <h1 id="partners-title" ref={heading} tabIndex={-1}>
        {t('partners.title')}
      </h1>
      <p className="admin-screen__intro">{t('partners.intro')}</p>
      <div role="status" data-testid="partners-status">
        {status ? (
          <p className="alert alert--notice">
            <bdi>{status}</bdi>
          </p>
        ) : null}
      </div>
      <FormError code={failure} />
      <IdentityPanel />
      {partners ? (
        <>
          <PartnerList
            partners={partners}
            onChanged={(changed) => {
              setPartners((list) => sorted((list ?? []).map((p) => (p.id === changed.id ? changed : p))));
              setStatus(t('partners.book.saved', { name: changed.name }));
            }}
            onRemoved={(gone) => {
              setPartners((list) => (list ?? []).filter((p) => p.id !== gone.id));
              setStatus(t('partners.book.removed', { name: gone.name }));
            }}
          />
          <AddPartnerPanel
            onAdded={(added) => {
              setPartners((list) => sorted([...(list ?? []), added]));
              setStatus(t('partners.add.added', { name: added.name }));
            }}
          />
        </>
      ) : failure === null ? (
        <p className="busy-note">{t('partners.loading')}</p>
      ) : null}
    </section>
  );
}
