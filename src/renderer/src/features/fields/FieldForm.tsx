import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../../../shared/api/fields';
import type { RecordKind } from '../../../../shared/domain/records';
import type { Vocabulary } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { LANGUAGES, type Language } from '../../../../shared/languages';
import { api, ApiError, toApiError } from '../../api/client';
import { FormError } from '../../components/FormError';
import { SelectField, TextArea, TextInput } from '../../components/forms/Fields';
import { errorText, type FieldProblem } from '../../components/forms/form-errors';
import { currentLanguage } from '../../i18n';
import {
  checkDraft,
  draftOf,
  emptyDraft,
  FIELD_TYPES,
  suggestKey,
  toChange,
  toNewDefinition,
  type DraftField,
  type DraftIssue,
  type FieldDraft,
} from './field-form-state';

interface FieldFormProps {
  kind: RecordKind;
  /** The field being edited; none when adding. */
  definition: FieldDefinition | null;
  /** Keys the kind's fields already use, removed ones too. */
  takenKeys: ReadonlySet<string>;
  vocabularies: readonly Vocabulary[];
  onSaved(definition: FieldDefinition): void;
  onCancel(): void;
}

type Issue = { key: DraftIssue } | { server: FieldProblem };
const FIELD_ORDER: readonly DraftField[] = [...LANGUAGES.map((lang) => `labels.${lang}` as const), 'key', 'vocabulary', ...LANGUAGES.map((lang) => `help.${lang}` as const)];
const fieldId = (field: DraftField) => `field-${field.replace('.', '-')}`;

/**
 * Adds a field to a kind of record, or edits one. Its type, key and vocabulary are fixed once
 * made (values typed under them must stay valid); labels, help, required and sensitive change.
 */
export function FieldForm({ kind, definition, takenKeys, vocabularies, onSaved, onCancel }: FieldFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const adding = definition === null;
  const [draft, setDraft] = useState<FieldDraft>(() => (definition ? draftOf(definition) : emptyDraft()));
  const [issues, setIssues] = useState<Partial<Record<DraftField, Issue>>>({});
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  // The form opens on its first field, so the keyboard starts where the typing does.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>(`#${fieldId('labels.en')}`)?.focus();
  }, []);

  const update = (next: Partial<FieldDraft>, cleared: DraftField[] = []) => {
    setDraft((old) => ({ ...old, ...next }));
    setIssues((old) => ({ ...old, ...Object.fromEntries(cleared.map((field) => [field, undefined])) }));
  };

  function setLabel(lang: Language, value: string) {
    const follows = lang === 'en' && adding && !draft.keyTouched;
    update({ labels: { ...draft.labels, [lang]: value }, ...(follows ? { key: suggestKey(value, takenKeys) } : {}) }, [`labels.${lang}`, ...(follows ? (['key'] as const) : [])]);
  }

  function issueText(issue: Issue | undefined): string | undefined {
    if (!issue) return undefined;
    if ('key' in issue) return t(`fields.errors.${issue.key}`);
    const shown = errorText(t, issue.server);
    return shown ? (shown.original ? `${shown.text} (${shown.original})` : shown.text) : undefined;
  }

  function focusFirst(found: Partial<Record<DraftField, Issue>>) {
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) window.setTimeout(() => form.current?.querySelector<HTMLElement>(`#${fieldId(first)}`)?.focus(), 0);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const found = Object.fromEntries(Object.entries(checkDraft(draft, takenKeys, adding)).map(([field, key]) => [field, { key }])) as Partial<Record<DraftField, Issue>>;
    setIssues(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    setBusy(true);
    try {
      const saved = definition ? await api.call('fields.update', toChange(definition.id, draft)) : await api.call('fields.create', toNewDefinition(kind, draft));
      onSaved(saved);
    } catch (error) {
      const apiError = toApiError(error);
      setFailure(apiError.code);
      if (error instanceof ApiError) {
        const server: Partial<Record<DraftField, Issue>> = {};
        for (const issue of error.fields) {
          const field = issue.path as DraftField;
          if (FIELD_ORDER.includes(field) && !server[field]) server[field] = { server: issue };
        }
        setIssues(server);
        focusFirst(server);
      }
    } finally {
      setBusy(false);
    }
  }

  const typeName = (type: FieldDraft['type']) => t(`fields.types.${type}`);
  const vocabularyName = (key: string) => vocabularies.find((v) => v.key === key)?.labels[language] ?? key;

  return (
    <form ref={form} className="field-form stack" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="field-form-title" data-testid="field-form">
      <h2 id="field-form-title">{adding ? t('fields.form.addTitle') : t('fields.form.editTitle', { label: definition.labels[language] })}</h2>
      <FormError code={failure} />
      <fieldset className="group stack">
        <legend>{t('fields.form.labels')}</legend>
        {LANGUAGES.map((lang) => (
          <TextInput
            key={lang}
            id={fieldId(`labels.${lang}`)}
            testId={`field-label-${lang}`}
            label={t(`fields.form.labelIn.${lang}`)}
            lang={lang}
            required
            value={draft.labels[lang]}
            error={issueText(issues[`labels.${lang}`])}
            onChange={(value) => setLabel(lang, value)}
          />
        ))}
      </fieldset>
      <SelectField
        id="field-type"
        testId="field-type"
        label={t('fields.form.type')}
        hint={adding ? undefined : t('fields.form.fixed')}
        disabled={!adding}
        value={draft.type}
        options={FIELD_TYPES.map((type) => ({ value: type, label: typeName(type) }))}
        onChange={(type) => type !== '' && update({ type }, ['vocabulary'])}
      />
      {draft.type === 'choice' ? (
        <>
          <SelectField
            id={fieldId('vocabulary')}
            testId="field-vocabulary"
            label={t('fields.form.vocabulary')}
            hint={adding ? t('fields.form.vocabularyHint') : t('fields.form.fixed')}
            required
            disabled={!adding}
            value={draft.vocabulary}
            emptyLabel={t('fields.form.chooseVocabulary')}
            options={vocabularies.map((v) => ({ value: v.key, label: vocabularyName(v.key) }))}
            error={issueText(issues.vocabulary)}
            onChange={(vocabulary) => update({ vocabulary }, ['vocabulary'])}
          />
          <label className="checkbox">
            <input type="checkbox" checked={draft.multiple} disabled={!adding} onChange={(event) => update({ multiple: event.target.checked })} data-testid="field-multiple" />{' '}
            {t('fields.form.multiple')}
          </label>
        </>
      ) : null}
      <TextInput
        id={fieldId('key')}
        testId="field-key"
        label={t('fields.form.key')}
        hint={adding ? t('fields.form.keyHint') : t('fields.form.fixed')}
        mono
        required={adding}
        disabled={!adding}
        value={draft.key}
        error={issueText(issues.key)}
        onChange={(key) => update({ key, keyTouched: true }, ['key'])}
      />
      <label className="checkbox">
        <input type="checkbox" checked={draft.required} onChange={(event) => update({ required: event.target.checked })} data-testid="field-required" />{' '}
        {t('fields.form.required')}
      </label>
      <div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.sensitive}
            aria-describedby="field-sensitive-hint"
            onChange={(event) => update({ sensitive: event.target.checked })}
            data-testid="field-sensitive"
          />{' '}
          {t('fields.form.sensitive')}
        </label>
        <p id="field-sensitive-hint" className="field__hint">
          {t('fields.form.sensitiveHint')}
        </p>
      </div>
      <fieldset className="group stack">
        <legend>{t('fields.form.help')}</legend>
        {LANGUAGES.map((lang) => (
          <TextArea
            key={lang}
            id={fieldId(`help.${lang}`)}
            testId={`field-help-${lang}`}
            label={t(`fields.form.helpIn.${lang}`)}
            rows={2}
            value={draft.help[lang]}
            error={issueText(issues[`help.${lang}`])}
            onChange={(value) => update({ help: { ...draft.help, [lang]: value } }, [`help.${lang}`])}
          />
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy} data-testid="field-save">
          {adding ? t('fields.form.add') : t('fields.form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} data-testid="field-cancel">
          {t('fields.form.cancel')}
        </button>
      </div>
    </form>
  );
}
