import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../../../shared/api/fields';
import { RECORD_KINDS, type RecordKind } from '../../../../shared/domain/records';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { refreshFields, useFieldDefinitions } from '../../components/custom-fields/field-store';
import { FormError } from '../../components/FormError';
import { useVocabularies } from '../../components/forms/vocabulary-store';
import { currentLanguage } from '../../i18n';
import type { Route } from '../../navigation/routes';
import { FieldForm } from './FieldForm';

type Editing = { mode: 'add' } | { mode: 'edit'; id: string } | null;
type Notice = { kind: 'added' | 'saved' | 'removed' | 'restored' | 'moved'; label: string } | null;

/**
 * The organisation's own fields, kind by kind: add, relabel, reorder, remove and restore. A
 * removed field disappears from the forms; the values records hold under it stay, shown
 * read-only, and come back with it on restore.
 */
export function FieldsScreen(_props: { route: Route }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { status, definitions, failure: loadFailure } = useFieldDefinitions();
  const { vocabularies } = useVocabularies();
  const [kind, setKind] = useState<RecordKind>('person');
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    heading.current?.focus();
    void refreshFields();
  }, []);

  const ofKind = useMemo(() => definitions.filter((d) => d.kind === kind).sort((a, b) => a.position - b.position), [definitions, kind]);
  const live = ofKind.filter((d) => d.removedAt === null);
  const removed = ofKind.filter((d) => d.removedAt !== null);
  const takenKeys = useMemo(() => new Set(ofKind.map((d) => d.key)), [ofKind]);
  const edited = editing?.mode === 'edit' ? (ofKind.find((d) => d.id === editing.id) ?? null) : null;

  function open(next: Editing, from: HTMLElement) {
    returnFocus.current = from;
    setNotice(null);
    setFailure(null);
    setEditing(next);
  }

  function close() {
    setEditing(null);
    window.setTimeout(() => (returnFocus.current?.isConnected ? returnFocus.current : heading.current)?.focus(), 0);
  }

  async function act(definition: FieldDefinition, kindOfNotice: NonNullable<Notice>['kind'], call: () => Promise<unknown>, focusTestId?: string) {
    setBusyId(definition.id);
    setNotice(null);
    setFailure(null);
    try {
      await call();
      await refreshFields();
      setNotice({ kind: kindOfNotice, label: definition.labels[language] });
      if (focusTestId) window.setTimeout(() => list.current?.querySelector<HTMLElement>(`[data-field-id="${definition.id}"] [data-testid="${focusTestId}"]`)?.focus(), 0);
    } catch (error) {
      setFailure(toApiError(error).code);
      await refreshFields();
    } finally {
      setBusyId(null);
    }
  }

  function move(definition: FieldDefinition, by: -1 | 1) {
    const ids = live.map((d) => d.id);
    const at = ids.indexOf(definition.id);
    const to = at + by;
    if (to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    void act(definition, 'moved', () => api.call('fields.reorder', { kind, ids }), by < 0 ? 'field-up' : 'field-down');
  }

  const describe = (d: FieldDefinition) =>
    [
      t(`fields.types.${d.type}`),
      d.type === 'choice' ? (vocabularies.find((v) => v.key === d.vocabulary)?.labels[language] ?? d.vocabulary) : null,
      d.type === 'choice' && d.multiple ? t('fields.list.several') : null,
      d.required ? t('fields.list.required') : null,
      d.sensitive ? t('fields.list.sensitive') : null,
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <section className="admin-screen" data-testid="screen-fields" aria-labelledby="fields-title">
      <h1 id="fields-title" ref={heading} tabIndex={-1}>
        {t('fields.screen.title')}
      </h1>
      <p className="admin-screen__intro">{t('fields.screen.intro')}</p>

      <div className="vocab-toolbar">
        <div className="field">
          <label className="field__label" htmlFor="fields-kind">
            {t('fields.screen.kind')}
          </label>
          <select
            id="fields-kind"
            className="input"
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as RecordKind);
              setEditing(null);
              setNotice(null);
            }}
            data-testid="fields-kind"
          >
            {RECORD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`admin.trash.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--primary" disabled={editing !== null} onClick={(event) => open({ mode: 'add' }, event.currentTarget)} data-testid="field-add">
          {t('fields.screen.add')}
        </button>
      </div>

      <div role="status" data-testid="fields-status">
        {notice ? <p className="alert alert--notice">{t(`fields.notice.${notice.kind}`, { label: notice.label })}</p> : null}
        {status === 'loading' ? <p className="busy-note">{t('fields.screen.loading')}</p> : null}
      </div>
      {status === 'failed' ? <FormError code={loadFailure ?? 'INTERNAL'} /> : null}
      <FormError code={failure} />

      {editing ? (
        <div className="admin-panel">
          <FieldForm
            key={`${kind}:${editing.mode === 'edit' ? editing.id : ''}`}
            kind={kind}
            definition={edited}
            takenKeys={takenKeys}
            vocabularies={vocabularies}
            onCancel={close}
            onSaved={(saved) => {
              void refreshFields();
              setNotice({ kind: editing.mode === 'add' ? 'added' : 'saved', label: saved.labels[language] });
              close();
            }}
          />
        </div>
      ) : null}

      <div ref={list}>
        <h2>{t('fields.list.liveTitle', { kind: t(`admin.trash.kinds.${kind}`) })}</h2>
        {live.length === 0 ? (
          <p className="admin-screen__empty" data-testid="fields-empty">
            {t('fields.list.none')}
          </p>
        ) : (
          <ol className="field-list" data-testid="fields-live">
            {live.map((d, i) => (
              <li key={d.id} className="field-list__item" data-field-id={d.id} data-key={d.key}>
                <span className="field-list__name">
                  <strong id={`field-name-${d.id}`}>
                    <bdi>{d.labels[language]}</bdi>
                  </strong>{' '}
                  <span className="field-list__meta">{describe(d)}</span>
                </span>
                <span className="field-list__actions">
                  <button type="button" className="button button--secondary button--small" aria-describedby={`field-name-${d.id}`} disabled={editing !== null || busyId !== null} onClick={(event) => open({ mode: 'edit', id: d.id }, event.currentTarget)} data-testid="field-edit">
                    {t('fields.list.edit')}
                  </button>
                  <button type="button" className="button button--secondary button--small" aria-describedby={`field-name-${d.id}`} disabled={i === 0 || busyId !== null} onClick={() => move(d, -1)} data-testid="field-up">
                    {t('fields.list.up')}
                  </button>
                  <button type="button" className="button button--secondary button--small" aria-describedby={`field-name-${d.id}`} disabled={i === live.length - 1 || busyId !== null} onClick={() => move(d, 1)} data-testid="field-down">
                    {t('fields.list.down')}
                  </button>
                  <button type="button" className="button button--secondary button--small" aria-describedby={`field-name-${d.id}`} disabled={busyId !== null} aria-busy={busyId === d.id} onClick={() => void act(d, 'removed', () => api.call('fields.remove', { id: d.id }))} data-testid="field-remove">
                    {t('fields.list.remove')}
                  </button>
                </span>
              </li>
            ))}
          </ol>
        )}
        {removed.length > 0 ? (
          <>
            <h2>{t('fields.list.removedTitle')}</h2>
            <p className="field__hint">{t('fields.list.removedHint')}</p>
            <ul className="field-list" data-testid="fields-removed">
              {removed.map((d) => (
                <li key={d.id} className="field-list__item" data-field-id={d.id} data-key={d.key}>
                  <span className="field-list__name">
                    <strong id={`field-name-${d.id}`}>
                      <bdi>{d.labels[language]}</bdi>
                    </strong>{' '}
                    <span className="field-list__meta">{describe(d)}</span>
                  </span>
                  <button type="button" className="button button--secondary button--small" aria-describedby={`field-name-${d.id}`} disabled={busyId !== null} onClick={() => void act(d, 'restored', () => api.call('fields.restore', { id: d.id }))} data-testid="field-restore">
                    {t('fields.list.restore')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}
