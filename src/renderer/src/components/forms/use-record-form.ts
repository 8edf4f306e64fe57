import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Input } from '../../../../shared/api';
import { recordSchemas, type RecordKind } from '../../../../shared/domain/records';
import type { StoredRecord } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { apiErrorsToErrors, NO_ERRORS, schemaIssuesToErrors, type FieldErrors } from './form-errors';

export type LoadStatus = 'loading' | 'ready' | 'failed';

export interface RecordFormOptions<K extends RecordKind, F> {
  kind: K;
  /** The record being edited; a new one when absent. */
  id?: string;
  /** The form of a new record. */
  empty(): F;
  fromRecord(record: StoredRecord<K>): F;
  /** The record's data as the contract expects it (before its defaults). */
  toData(form: F): unknown;
  /** Problems the schema cannot see (an unreadable date), by path. */
  check?(form: F): FieldErrors;
}

export interface RecordForm<K extends RecordKind, F> {
  status: LoadStatus;
  loadFailure: ErrorCode | null;
  record: StoredRecord<K> | null;
  form: F;
  setForm(update: (form: F) => F): void;
  errors: FieldErrors;
  /** A refusal that is not about one field. */
  failure: ErrorCode | null;
  saving: boolean;
  dirty: boolean;
  /** Checks against the contract, then creates or updates; the stored record, or null. */
  save(extra?: { identity?: Input<'sources.setIdentity'>['identity'] }): Promise<StoredRecord<K> | null>;
  /** Loads the stored record again, dropping the edits (after a conflict). */
  reload(): void;
}

/**
 * Load, edit, check and save one record of a kind. The page checks the data with the contract's
 * own schema before sending; main checks it again, and its field errors land on the same paths.
 * An update names the `updatedAt` it started from, so a change made meanwhile elsewhere is a
 * CONFLICT, never silently overwritten.
 */
export function useRecordForm<K extends RecordKind, F>(options: RecordFormOptions<K, F>): RecordForm<K, F> {
  const { kind, id } = options;
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const [status, setStatus] = useState<LoadStatus>(id ? 'loading' : 'ready');
  const [loadFailure, setLoadFailure] = useState<ErrorCode | null>(null);
  const [record, setRecord] = useState<StoredRecord<K> | null>(null);
  const [initial] = useState<F>(() => options.empty());
  const [form, setFormState] = useState<F>(initial);
  const [baseline, setBaseline] = useState<string>(() => JSON.stringify(initial));
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [saving, setSaving] = useState(false);
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    if (!id) return;
    let live = true;
    setStatus('loading');
    api.call('records.get', { id }).then(
      (stored) => {
        if (!live) return;
        if (stored.kind !== kind) {
          setLoadFailure('NOT_FOUND');
          setStatus('failed');
          return;
        }
        const typed = stored as StoredRecord<K>;
        const loaded = optionsRef.current.fromRecord(typed);
        setRecord(typed);
        setFormState(loaded);
        setBaseline(JSON.stringify(loaded));
        setErrors(NO_ERRORS);
        setFailure(null);
        setStatus('ready');
      },
      (error: unknown) => {
        if (!live) return;
        setLoadFailure(toApiError(error).code);
        setStatus('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [id, kind, loads]);

  const setForm = useCallback((update: (current: F) => F) => {
    setFormState((current) => update(current));
  }, []);

  const dirty = useMemo(() => status === 'ready' && JSON.stringify(form) !== baseline, [form, baseline, status]);

  const save = useCallback(
    async (extra: { identity?: Input<'sources.setIdentity'>['identity'] } = {}): Promise<StoredRecord<K> | null> => {
      if (saving) return null;
      setFailure(null);
      const { toData, check } = optionsRef.current;
      const data = toData(form);
      const extraErrors = check?.(form) ?? NO_ERRORS;
      const parsed = recordSchemas[kind].safeParse(data);
      const schemaErrors = parsed.success ? NO_ERRORS : schemaIssuesToErrors(parsed.error.issues);
      const found = { ...schemaErrors, ...extraErrors };
      setErrors(found);
      if (Object.keys(found).length > 0) {
        setFailure('VALIDATION_FAILED');
        return null;
      }
      setSaving(true);
      try {
        const input = (
          record
            ? { kind, id: record.id, data, expectedUpdatedAt: record.updatedAt }
            : { kind, data, ...(kind === 'source' && extra.identity ? { identity: extra.identity } : {}) }
        ) as Input<'records.create'> & Input<'records.update'>;
        const stored = (record ? await api.call('records.update', input) : await api.call('records.create', input)) as StoredRecord<K>;
        const saved = optionsRef.current.fromRecord(stored);
        setRecord(stored);
        setFormState(saved);
        setBaseline(JSON.stringify(saved));
        setErrors(NO_ERRORS);
        return stored;
      } catch (error) {
        const refused = toApiError(error);
        setFailure(refused.code);
        if (refused.code === 'VALIDATION_FAILED') setErrors(apiErrorsToErrors(refused, ['data.', 'identity.']));
        return null;
      } finally {
        setSaving(false);
      }
    },
    [form, kind, record, saving],
  );

  const reload = useCallback(() => setLoads((n) => n + 1), []);

  return { status, loadFailure, record, form, setForm, errors, failure, saving, dirty, save, reload };
}

export { rowKey } from './form-values';
