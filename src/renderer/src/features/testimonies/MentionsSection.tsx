import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCRIPTS } from '../../../../shared/domain/records';
import type { StoredRecord } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { FormError } from '../../components/FormError';
import { RecordPicker } from '../../components/forms/RecordPicker';
import { VocabularyPicker } from '../../components/forms/VocabularyPicker';
import { TextArea, TextInput } from '../../components/forms/Fields';
import { LIMITS, rowKey, type MentionRow } from './testimony-form';
import { errorNode } from '../../components/forms/Fields';
import type { FieldProblem } from '../../components/forms/form-errors';

type Script = (typeof SCRIPTS)[number];

/** The script most of a name is written in, as a first guess the user can change. */
export function guessScript(text: string): Script {
  if (/\p{Script=Arabic}/u.test(text)) return 'Arab';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'Cyrl';
  if (/\p{Script=Han}/u.test(text)) return 'Hans';
  if (/\p{Script=Mongolian}/u.test(text)) return 'Mong';
  return 'Latn';
}

interface MentionsProps {
  kind: 'person' | 'incident';
  rows: MentionRow[];
  caseIds: string[];
  onChange(rows: MentionRow[]): void;
  /** Errors by row index, already translated. */
  errors: Record<number, FieldProblem | undefined>;
  onDirty(dirty: boolean): void;
}

/** Persons or incidents the testimony speaks of, each with an optional quote. */
export function MentionsSection({ kind, rows, caseIds, onChange, errors, onDirty }: MentionsProps) {
  const { t } = useTranslation();
  const base = useId();
  const [creating, setCreating] = useState<{ text: string } | null>(null);
  // The row just added by "Link a person/incident": its picker takes the focus once rendered.
  const [added, setAdded] = useState<string | null>(null);
  const chosen = rows.map((row) => row.id).filter(Boolean);

  useEffect(() => {
    if (added === null) return;
    document.getElementById(`${base}-${added}-record`)?.focus();
    setAdded(null);
  }, [added, base]);

  const update = (key: string, change: Partial<MentionRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <fieldset className="testimony-section" data-testid={`testimony-${kind}-links`}>
      <legend className="testimony-section__title">{t(`testimony.mentions.${kind}.title`)}</legend>
      {rows.length === 0 ? <p className="field__hint">{t(`testimony.mentions.${kind}.none`)}</p> : null}
      <ol className="mention-list">
        {rows.map((row, index) => (
          <li key={row.key} className="mention" data-testid={`testimony-${kind}-link`}>
            <RecordPicker
              id={`${base}-${row.key}-record`}
              label={t(`testimony.mentions.${kind}.pick`, { n: index + 1 })}
              kind={kind}
              value={row.id === '' ? undefined : row.id}
              caseId={caseIds[0]}
              excludeIds={chosen.filter((id) => id !== row.id)}
              onChange={(id) => update(row.key, { id: id ?? '' })}
              error={errorNode(errors[index])}
              testId={`testimony-${kind}-picker`}
            />
            <TextArea
              id={`${base}-${row.key}-quote`}
              label={t('testimony.mentions.quote')}
              hint={row.id === '' ? t(`testimony.mentions.${kind}.chooseFirst`) : t('testimony.mentions.quoteHint')}
              disabled={row.id === '' && row.quote === ''}
              value={row.quote}
              onChange={(quote) => update(row.key, { quote })}
              maxLength={LIMITS.quote}
              rows={2}
              testId={`testimony-${kind}-quote`}
            />
            <button type="button" className="button button--secondary button--small" onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
              {t(`testimony.mentions.${kind}.remove`, { n: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      {creating ? (
        kind === 'person' ? (
          <NewPersonForm
            caseIds={caseIds}
            initial={creating.text}
            onDirty={onDirty}
            onCancel={() => {
              setCreating(null);
              onDirty(false);
            }}
            onCreated={(record) => {
              setCreating(null);
              onDirty(false);
              onChange([...rows.filter((row) => row.id !== ''), { key: rowKey(), id: record.id, quote: '' }]);
            }}
          />
        ) : (
          <NewIncidentForm
            caseIds={caseIds}
            initial={creating.text}
            onDirty={onDirty}
            onCancel={() => {
              setCreating(null);
              onDirty(false);
            }}
            onCreated={(record) => {
              setCreating(null);
              onDirty(false);
              onChange([...rows.filter((row) => row.id !== ''), { key: rowKey(), id: record.id, quote: '' }]);
            }}
          />
        )
      ) : (
        <div className="actions">
          <button type="button" className="button button--secondary button--small" onClick={() => {
              const key = rowKey();
              onChange([...rows, { key, id: '', quote: '' }]);
              setAdded(key);
            }} data-testid={`testimony-${kind}-add`}>
            {t(`testimony.mentions.${kind}.add`)}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setCreating({ text: '' })} data-testid={`testimony-${kind}-new`}>
            {t(`testimony.mentions.${kind}.new`)}
          </button>
        </div>
      )}
    </fieldset>
  );
}

interface NewFormProps {
  caseIds: string[];
  initial: string;
  onDirty(dirty: boolean): void;
  onCancel(): void;
  onCreated(record: StoredRecord): void;
}

function NewPersonForm(props: NewFormProps) {
  const { t } = useTranslation();
  const { onDirty } = props;
  const base = useId();
  const [name, setName] = useState(props.initial);
  const [script, setScript] = useState<Script | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [missing, setMissing] = useState(false);
  const shownScript = script ?? guessScript(name);

  useEffect(() => onDirty(name !== ''), [name, onDirty]);

  async function create(): Promise<void> {
    if (name.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      props.onCreated(await api.call('records.create', { kind: 'person', data: { caseIds: props.caseIds, names: [{ value: name, script: shownScript }] } }));
    } catch (error) {
      setFailure(toApiError(error).code);
      setBusy(false);
    }
  }

  return (
    <div className="inline-form" role="group" aria-labelledby={`${base}-title`} data-testid="new-person-form">
      <h4 id={`${base}-title`} className="inline-form__title">
        {t('testimony.mentions.person.newTitle')}
      </h4>
      <TextInput
        id={`${base}-name`}
        label={t('testimony.mentions.person.name')}
        hint={t('testimony.mentions.person.nameHint')}
        value={name}
        onChange={(value) => {
          setName(value);
          setMissing(false);
        }}
        maxLength={300}
        required
        error={missing ? t('testimony.errors.personName') : undefined}
        testId="new-person-name"
      />
      <div className="field">
        <label className="field__label" htmlFor={`${base}-script`}>
          {t('testimony.mentions.person.script')}
        </label>
        <select id={`${base}-script`} className="input select" value={shownScript} onChange={(event) => setScript(event.target.value as Script)} data-testid="new-person-script">
          {SCRIPTS.map((code) => (
            <option key={code} value={code}>
              {t(`testimony.scripts.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <FormError code={failure} />
      <div className="actions">
        <button type="button" className="button button--primary button--small" onClick={() => void create()} disabled={busy} aria-busy={busy || undefined} data-testid="new-person-create">
          {busy ? t('testimony.form.creating') : t('testimony.mentions.person.create')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={props.onCancel} disabled={busy}>
          {t('testimony.form.cancel')}
        </button>
      </div>
    </div>
  );
}

function NewIncidentForm(props: NewFormProps) {
  const { t } = useTranslation();
  const { onDirty } = props;
  const base = useId();
  const [title, setTitle] = useState(props.initial);
  const [type, setType] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [missing, setMissing] = useState<{ title: boolean; type: boolean }>({ title: false, type: false });

  useEffect(() => onDirty(title !== '' || type !== undefined), [title, type, onDirty]);

  async function create(): Promise<void> {
    const problems = { title: title.trim() === '', type: type === undefined };
    setMissing(problems);
    if (problems.title || problems.type || type === undefined) return;
    setBusy(true);
    setFailure(null);
    try {
      props.onCreated(await api.call('records.create', { kind: 'incident', data: { caseIds: props.caseIds, title, type } }));
    } catch (error) {
      setFailure(toApiError(error).code);
      setBusy(false);
    }
  }

  return (
    <div className="inline-form" role="group" aria-labelledby={`${base}-title`} data-testid="new-incident-form">
      <h4 id={`${base}-title`} className="inline-form__title">
        {t('testimony.mentions.incident.newTitle')}
      </h4>
      <TextInput
        id={`${base}-name`}
        label={t('testimony.mentions.incident.name')}
        value={title}
        onChange={(value) => {
          setTitle(value);
          setMissing((m) => ({ ...m, title: false }));
        }}
        maxLength={500}
        required
        error={missing.title ? t('testimony.errors.incidentTitle') : undefined}
        testId="new-incident-title"
      />
      <VocabularyPicker
        id={`${base}-type`}
        label={t('testimony.mentions.incident.type')}
        vocabulary="incident_type"
        value={type}
        onChange={(code) => {
          setType(code);
          setMissing((m) => ({ ...m, type: false }));
        }}
        required
        error={missing.type ? t('testimony.errors.incidentType') : undefined}
        testId="new-incident-type"
      />
      <FormError code={failure} />
      <div className="actions">
        <button type="button" className="button button--primary button--small" onClick={() => void create()} disabled={busy} aria-busy={busy || undefined} data-testid="new-incident-create">
          {busy ? t('testimony.form.creating') : t('testimony.mentions.incident.create')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={props.onCancel} disabled={busy}>
          {t('testimony.form.cancel')}
        </button>
      </div>
    </div>
  );
}
