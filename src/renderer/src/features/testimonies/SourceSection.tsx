import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredRecord } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { FormError } from '../../components/FormError';
import { RecordPicker } from '../../components/forms/RecordPicker';
import { TextInput } from '../../components/forms/Fields';
import { today } from './testimony-form';

const CONSENT_WAYS = ['oral', 'written', 'recorded', 'other'] as const;
type ConsentWay = (typeof CONSENT_WAYS)[number];

interface SourceSectionProps {
  sourceId: string;
  caseIds: string[];
  onChange(sourceId: string): void;
  error?: ReactNode;
  /** A new source half filled in counts as unsaved work. */
  onDirty(dirty: boolean): void;
}

/** Who gave the testimony: an existing source, or a new one made here with the least it needs. */
export function SourceSection({ sourceId, caseIds, onChange, error, onDirty }: SourceSectionProps) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  return (
    <fieldset className="testimony-section" data-testid="testimony-source">
      <legend className="testimony-section__title">{t('testimony.source.title')}</legend>
      <RecordPicker
        id="testimony-source"
        label={t('testimony.source.pick')}
        kind="source"
        value={sourceId === '' ? undefined : sourceId}
        caseId={caseIds[0]}
        required
        onChange={(id) => {
          setCreated(null);
          onChange(id ?? '');
        }}
        onCreateNew={() => setCreating(true)}
        hint={t('testimony.source.pickHint')}
        error={error}
        testId="testimony-source-picker"
      />
      {created ? (
        <p className="alert alert--notice" role="status" data-testid="testimony-source-created">
          {t('testimony.source.created', { pseudonym: created })}
        </p>
      ) : null}
      {creating ? (
        <NewSourceForm
          caseIds={caseIds}
          onDirty={onDirty}
          onCancel={() => {
            setCreating(false);
            onDirty(false);
          }}
          onCreated={(record) => {
            setCreating(false);
            onDirty(false);
            setCreated(record.pseudonym ?? record.label);
            onChange(record.id);
          }}
        />
      ) : (
        <button type="button" className="button button--secondary button--small testimony-section__add" onClick={() => setCreating(true)} data-testid="testimony-source-new">
          {t('testimony.source.new')}
        </button>
      )}
    </fieldset>
  );
}

function NewSourceForm(props: { caseIds: string[]; onDirty(dirty: boolean): void; onCancel(): void; onCreated(record: StoredRecord): void }) {
  const { t } = useTranslation();
  const { onDirty } = props;
  const base = useId();
  const [relation, setRelation] = useState('');
  const [consented, setConsented] = useState(false);
  const [how, setHow] = useState<ConsentWay>('oral');
  const [withIdentity, setWithIdentity] = useState(false);
  const [realName, setRealName] = useState('');
  const [phone, setPhone] = useState('');
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | null>(null);

  const dirty = relation !== '' || consented || realName !== '' || phone !== '' || address !== '';
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  async function create(): Promise<void> {
    setBusy(true);
    setFailure(null);
    const identity = {
      ...(realName.trim() ? { realName } : {}),
      ...(phone.trim() ? { phone } : {}),
      ...(address.trim() ? { address } : {}),
    };
    try {
      const record = await api.call('records.create', {
        kind: 'source',
        data: {
          caseIds: props.caseIds,
          ...(relation.trim() ? { relationToVictim: relation } : {}),
          consents: consented ? [{ use: 'record', granted: true, date: today(), how }] : [],
        },
        ...(withIdentity && Object.keys(identity).length > 0 ? { identity } : {}),
      });
      props.onCreated(record);
    } catch (error) {
      setFailure(toApiError(error).code);
      setBusy(false);
    }
  }

  return (
    <div className="inline-form" role="group" aria-labelledby={`${base}-title`} data-testid="new-source-form">
      <h4 id={`${base}-title`} className="inline-form__title">
        {t('testimony.source.newTitle')}
      </h4>
      <p className="field__hint">{t('testimony.source.pseudonymNote')}</p>
      <TextInput id={`${base}-relation`} label={t('testimony.source.relation')} hint={t('testimony.source.relationHint')} value={relation} onChange={setRelation} maxLength={300} testId="new-source-relation" />
      <label className="checkbox">
        <input type="checkbox" checked={consented} onChange={(event) => setConsented(event.target.checked)} data-testid="new-source-consent" />
        {t('testimony.source.consent')}
      </label>
      {consented ? (
        <div className="field">
          <label className="field__label" htmlFor={`${base}-how`}>
            {t('testimony.source.consentHow')}
          </label>
          <select id={`${base}-how`} className="input select" value={how} onChange={(event) => setHow(event.target.value as ConsentWay)}>
            {CONSENT_WAYS.map((way) => (
              <option key={way} value={way}>
                {t(`testimony.source.how.${way}`)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="field__hint">{t('testimony.source.consentMissing')}</p>
      )}

      {withIdentity ? (
        <div className="protected-panel" role="group" aria-labelledby={`${base}-protected`} data-testid="new-source-identity">
          <h5 id={`${base}-protected`} className="protected-panel__title">
            {t('testimony.source.protectedTitle')}
          </h5>
          <p className="protected-panel__warning">{t('testimony.source.protectedWarning')}</p>
          <TextInput id={`${base}-real-name`} label={t('testimony.source.realName')} value={realName} onChange={setRealName} maxLength={300} testId="new-source-real-name" />
          <TextInput id={`${base}-phone`} label={t('testimony.source.phone')} value={phone} onChange={setPhone} maxLength={100} />
          <TextInput id={`${base}-address`} label={t('testimony.source.address')} value={address} onChange={setAddress} maxLength={1000} />
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setWithIdentity(false);
              setRealName('');
              setPhone('');
              setAddress('');
            }}
          >
            {t('testimony.source.removeProtected')}
          </button>
        </div>
      ) : (
        <button type="button" className="link-button" onClick={() => setWithIdentity(true)} data-testid="new-source-add-identity">
          {t('testimony.source.addProtected')}
        </button>
      )}

      <FormError code={failure} />
      <div className="actions">
        <button type="button" className="button button--primary button--small" onClick={() => void create()} disabled={busy} aria-busy={busy || undefined} data-testid="new-source-create">
          {busy ? t('testimony.form.creating') : t('testimony.source.create')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={props.onCancel} disabled={busy}>
          {t('testimony.form.cancel')}
        </button>
      </div>
    </div>
  );
}
