import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_TEXT_MAX, type CardPreview, type PartnerView } from '../../../../shared/api/partners';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { FormError } from '../../components/FormError';
import { cardProblemText } from './card-problem';
import { Fingerprint } from './Fingerprint';

/**
 * Adding a partner in two steps: the card is checked and its fingerprint shown, and only after the
 * user has compared it with the partner over the phone is anything written. A card file is read
 * here in the page, as text: main never gets a path from the page.
 */
export function AddPartnerPanel({ onAdded }: { onAdded(partner: PartnerView): void }) {
  const { t } = useTranslation();
  const [card, setCard] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [preview, setPreview] = useState<CardPreview | null>(null);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const cardInput = useRef<HTMLTextAreaElement>(null);
  const compareHeading = useRef<HTMLHeadingElement>(null);

  function refuse(message: string): void {
    setProblem(message);
    setPreview(null);
    cardInput.current?.focus();
  }

  async function readFile(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setFailure(null);
    // A card is a few hundred bytes; anything far larger is not read at all.
    if (file.size > CARD_TEXT_MAX * 4) return refuse(t('partners.add.fileTooLarge'));
    try {
      setCard(await file.text());
      setProblem(null);
      setPreview(null);
    } catch {
      refuse(t('partners.add.fileUnreadable'));
    }
  }

  async function check(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    if (card.length > CARD_TEXT_MAX) return refuse(t('partners.cardErrors.too-large'));
    setBusy(true);
    try {
      const checked = await api.call('partners.preview', { card });
      setPreview(checked);
      setName(checked.name);
      setNote('');
      setProblem(null);
      // The comparison is the next thing to read: focus goes to its heading.
      requestAnimationFrame(() => compareHeading.current?.focus());
    } catch (error) {
      const text = cardProblemText(t, error);
      if (text) refuse(text);
      else setFailure(toApiError(error).code);
    }
    setBusy(false);
  }

  async function add(): Promise<void> {
    if (busy || !preview) return;
    setBusy(true);
    setFailure(null);
    try {
      const partner = await api.call('partners.add', { card, name, note });
      setCard('');
      setPreview(null);
      onAdded(partner);
    } catch (error) {
      const text = cardProblemText(t, error);
      if (text) refuse(text);
      else setFailure(toApiError(error).code);
    }
    setBusy(false);
  }

  function cancel(): void {
    setPreview(null);
    cardInput.current?.focus();
  }

  const blocked = preview !== null && (preview.own || preview.existingPartnerId !== null);
  return (
    <section className="admin-panel stack" aria-labelledby="add-partner-title" data-testid="add-partner">
      <h2 id="add-partner-title">{t('partners.add.title')}</h2>
      <p className="admin-screen__intro">{t('partners.add.intro')}</p>
      <FormError code={failure} />
      <form className="stack" noValidate onSubmit={(event) => void check(event)}>
        <div className="field">
          <label className="field__label" htmlFor="add-partner-card">
            {t('partners.add.paste')}
          </label>
          <textarea
            id="add-partner-card"
            ref={cardInput}
            className="input key-list__card"
            rows={7}
            dir="ltr"
            spellCheck={false}
            value={card}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'add-partner-card-error' : undefined}
            onChange={(event) => {
              setCard(event.target.value);
              setProblem(null);
              setPreview(null);
            }}
            data-testid="add-partner-card"
          />
          {problem ? (
            <p id="add-partner-card-error" className="field__error" role="alert" data-testid="add-partner-card-error">
              {problem}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label className="field__label" htmlFor="add-partner-file">
            {t('partners.add.file')}
          </label>
          <input id="add-partner-file" type="file" accept=".txt,text/plain" onChange={(event) => void readFile(event)} data-testid="add-partner-file" />
        </div>
        <div>
          <button type="submit" className="button button--secondary" disabled={busy || card.trim() === ''} data-testid="add-partner-check">
            {t('partners.add.check')}
          </button>
        </div>
      </form>
      {preview ? (
        <div className="stack partner-compare" data-testid="add-partner-preview">
          <h3 ref={compareHeading} tabIndex={-1}>
            <bdi>{t('partners.add.compareTitle', { name: preview.name })}</bdi>
          </h3>
          <Fingerprint value={preview.fingerprint} testId="add-partner-fingerprint" />
          {preview.own ? <p className="alert alert--error">{t('partners.add.own')}</p> : null}
          {preview.existingPartnerId !== null && !preview.own ? <p className="alert alert--error">{t('partners.add.existing')}</p> : null}
          {!blocked ? (
            <>
              <p>{t('partners.add.compareBody')}</p>
              <div className="field">
                <label className="field__label" htmlFor="add-partner-name">
                  {t('partners.add.nameLabel')}
                </label>
                <input id="add-partner-name" className="input" dir="auto" maxLength={200} value={name} onChange={(event) => setName(event.target.value)} data-testid="add-partner-name" />
              </div>
              <div className="field">
                <label className="field__label" htmlFor="add-partner-note">
                  {t('partners.add.noteLabel')}
                </label>
                <input id="add-partner-note" className="input" dir="auto" maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} data-testid="add-partner-note" />
              </div>
            </>
          ) : null}
          <div className="button-row">
            {!blocked ? (
              <button type="button" className="button button--primary" disabled={busy || name.trim() === ''} onClick={() => void add()} data-testid="add-partner-confirm">
                {t('partners.add.confirm')}
              </button>
            ) : null}
            <button type="button" className="button button--secondary" onClick={cancel} data-testid="add-partner-cancel">
              {t('partners.add.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
