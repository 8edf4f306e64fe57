import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgIdentityView } from '../../../../shared/api/partners';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { FormError } from '../../components/FormError';
import { cardProblemText } from './card-problem';
import { Fingerprint } from './Fingerprint';

/** This vault's organisation: its editable name, its public keys, the fingerprint and the card. */
export function IdentityPanel() {
  const { t } = useTranslation();
  const [identity, setIdentity] = useState<OrgIdentityView | null>(null);
  const [name, setName] = useState('');
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [cardText, setCardText] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    api.call('identity.get', {}).then(
      (loaded) => {
        if (!live) return;
        setIdentity(loaded);
        setName(loaded.name);
      },
      (error: unknown) => live && setFailure(toApiError(error).code),
    );
    return () => {
      live = false;
    };
  }, []);

  async function rename(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setStatus(null);
    setFailure(null);
    if (name.trim() === '') {
      setNameProblem(t('partners.cardErrors.name'));
      nameInput.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const renamed = await api.call('identity.rename', { name });
      setIdentity(renamed);
      setName(renamed.name);
      setNameProblem(null);
      setStatus(t('partners.identity.renamed'));
      if (cardText !== null) setCardText((await api.call('identity.cardText', {})).card);
    } catch (error) {
      const problem = cardProblemText(t, error) ?? (toApiError(error).fieldIssue('name') ? t('partners.cardErrors.name') : null);
      if (problem) {
        setNameProblem(problem);
        nameInput.current?.focus();
      } else setFailure(toApiError(error).code);
    }
    setBusy(false);
  }

  async function saveCard(): Promise<void> {
    setStatus(null);
    setFailure(null);
    try {
      const saved = await api.call('identity.saveCard', {});
      if (saved.saved) setStatus(t('partners.identity.cardSaved', { path: saved.path }));
    } catch (error) {
      setFailure(toApiError(error).code);
    }
  }

  async function toggleCard(): Promise<void> {
    if (cardText !== null) return setCardText(null);
    try {
      setCardText((await api.call('identity.cardText', {})).card);
    } catch (error) {
      setFailure(toApiError(error).code);
    }
  }

  return (
    <section className="admin-panel stack" aria-labelledby="identity-title" data-testid="identity-panel">
      <h2 id="identity-title">{t('partners.identity.title')}</h2>
      <p className="admin-screen__intro">{t('partners.identity.intro')}</p>
      <div role="status" data-testid="identity-status">
        {status ? <p className="alert alert--notice">{status}</p> : null}
      </div>
      <FormError code={failure} />
      {identity === null && failure === null ? <p className="busy-note">{t('partners.loading')}</p> : null}
      {identity ? (
        <>
          <form className="stack" noValidate onSubmit={(event) => void rename(event)} data-testid="identity-rename">
            <div className="field">
              <label className="field__label" htmlFor="identity-name">
                {t('partners.identity.name')}
              </label>
              <p id="identity-name-hint" className="field__hint">
                {t('partners.identity.nameHint')}
              </p>
              <input
                id="identity-name"
                ref={nameInput}
                className="input"
                dir="auto"
                spellCheck={false}
                maxLength={200}
                value={name}
                aria-invalid={nameProblem ? true : undefined}
                aria-describedby={nameProblem ? 'identity-name-error identity-name-hint' : 'identity-name-hint'}
                onChange={(event) => {
                  setName(event.target.value);
                  setNameProblem(null);
                }}
                data-testid="identity-name"
              />
              {nameProblem ? (
                <p id="identity-name-error" className="field__error" data-testid="identity-name-error">
                  {nameProblem}
                </p>
              ) : null}
            </div>
            <div>
              <button type="submit" className="button button--secondary" disabled={busy} data-testid="identity-rename-save">
                {t('partners.identity.rename')}
              </button>
            </div>
          </form>
          <dl className="key-list">
            <dt>{t('partners.identity.fingerprint')}</dt>
            <dd>
              <Fingerprint value={identity.fingerprint} testId="identity-fingerprint" />
              <p className="field__hint">{t('partners.identity.fingerprintHint')}</p>
            </dd>
            <dt>{t('partners.identity.recipient')}</dt>
            <dd>
              <code className="key-list__key" data-testid="identity-recipient">
                {identity.recipient}
              </code>
            </dd>
            <dt>{t('partners.identity.signingKey')}</dt>
            <dd>
              <code className="key-list__key" data-testid="identity-signing-key">
                {identity.signingKey}
              </code>
            </dd>
          </dl>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => void saveCard()} data-testid="identity-save-card">
              {t('partners.identity.saveCard')}
            </button>
            <button type="button" className="button button--secondary" aria-expanded={cardText !== null} aria-controls="identity-card-text" onClick={() => void toggleCard()} data-testid="identity-show-card">
              {cardText === null ? t('partners.identity.showCard') : t('partners.identity.hideCard')}
            </button>
          </div>
          {cardText !== null ? (
            <div className="field">
              <label className="field__label" htmlFor="identity-card-text">
                {t('partners.identity.cardText')}
              </label>
              <textarea id="identity-card-text" className="input key-list__card" readOnly rows={7} dir="ltr" spellCheck={false} value={cardText} data-testid="identity-card-text" />
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
