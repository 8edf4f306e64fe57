import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Input } from '../../../../shared/api';
import { recordSchemas, type RecordKind, type SourceIdentity } from '../../../../shared/domain/records';
import type { StoredRecord } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { usePendingSave } from '../../navigation/pending-saves';
import { draftJson, FormDraftSaver } from './form-draft-saver';
import { apiErrorsToErrors, NO_ERRORS, schemaIssuesToErrors, type FieldErrors } from './form-errors';
import { focusUnresolvedPick } from './unresolved-picks';

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
  /**
   * A source's protected identity, which the screen holds apart from the form: kept with the
   * draft, sealed in main (docs/security.md S18), and handed back when the draft is restored.
   */
  draftIdentity?: {
    /** The identity as typed and not saved yet, or null when there is none to keep. */
    read(): SourceIdentity | null;
    /** The draft's identity when a draft is restored; null when the draft is discarded. */
    restore(identity: SourceIdentity | null): void;
  };
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
  /** The form holds a draft kept from before (a lock, a closed screen), not saved yet. */
  restored: boolean;
  /** Drops the restored or autosaved draft and goes back to what is saved. */
  discardDraft(): void;
  /** Saves the draft now (on blur); resolves when done. */
  flushDraft(): Promise<boolean>;
  /** Leaving on purpose without saving: forget the draft. */
  abandonDraft(): void;
  /** Something kept with the draft but outside the form changed (the identity): save it soon. */
  draftChanged(): void;
}

/** A draft of a new record belongs to a form for the same cases: a new person in case A does not pick up the one begun in case B. */
function sameCases(draftCases: readonly string[], empty: unknown): boolean {
  const formCases = (empty as { caseIds?: unknown } | null)?.caseIds;
  return JSON.stringify(draftCases) === JSON.stringify(Array.isArray(formCases) ? formCases : []);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Load, edit, check and save one record of a kind. The page checks the data with the contract's
 * own schema before sending; main checks it again, and its field errors land on the same paths.
 * An update names the `updatedAt` it started from, so a change made meanwhile elsewhere is a
 * CONFLICT, never silently overwritten. Unsaved edits are kept as a draft of the record within
 * 2 s of the last keystroke, on blur and before a lock, and offered back when the form opens again
 * (docs/security.md S18); saving the record discards its draft.
 */
export function useRecordForm<K extends RecordKind, F>(options: RecordFormOptions<K, F>): RecordForm<K, F> {
  const { kind, id } = options;
  const optionsRef = useRef(options);
  optionsRef.current = options;
  // Even a new form waits for its draft lookup, so nothing typed races a restore.
  const [status, setStatus] = useState<LoadStatus>('loading');
  const [loadFailure, setLoadFailure] = useState<ErrorCode | null>(null);
  const [record, setRecord] = useState<StoredRecord<K> | null>(null);
  const [initial] = useState<F>(() => options.empty());
  const [form, setFormState] = useState<F>(initial);
  const [baseline, setBaseline] = useState<string>(() => JSON.stringify(initial));
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [saving, setSaving] = useState(false);
  const [loads, setLoads] = useState(0);
  const [restored, setRestored] = useState(false);
  // The form as the record holds it, for Discard.
  const savedForm = useRef<F>(initial);
  // Read by the draft saver at the moment it saves: the form as last rendered, if it differs.
  const current = useRef<{ form: F; baseline: string; ready: boolean }>({ form, baseline, ready: false });
  current.current = { form, baseline, ready: status === 'ready' };
  const saverRef = useRef<FormDraftSaver | null>(null);
  if (saverRef.current === null) {
    saverRef.current = new FormDraftSaver({
      kind,
      recordId: id,
      read: () => {
        const now = current.current;
        if (!now.ready) return null;
        const json = JSON.stringify(now.form);
        // An identity typed into an unchanged form still needs a draft to travel with.
        const identity = optionsRef.current.draftIdentity?.read() ?? null;
        return json === now.baseline && identity === null ? null : now.form;
      },
      readIdentity: () => (current.current.ready ? (optionsRef.current.draftIdentity?.read() ?? null) : null),
    });
  }
  const saver = saverRef.current;

  useEffect(() => {
    let live = true;
    setStatus('loading');
    const empty = initial;
    const draftLookup = async (): Promise<{ id: string; data: Record<string, unknown>; identity: SourceIdentity | null } | null> => {
      // A reload after a conflict drops the edits on purpose: the draft with them goes too.
      if (loads > 0) {
        await saver.discard();
        return null;
      }
      const mine = id ? undefined : (await api.call('drafts.list', { kind, newOnly: true })).find((candidate) => sameCases(candidate.caseIds, empty));
      const draft = id
        ? (await api.call('drafts.get', { recordId: id })).draft
        : mine
          ? (await api.call('drafts.get', { draftId: mine.id })).draft
          : null;
      return draft && isObject(draft.data) ? { id: draft.id, data: draft.data, identity: draft.identity ?? null } : null;
    };
    const load = async (): Promise<void> => {
      let loaded = empty;
      let typed: StoredRecord<K> | null = null;
      if (id) {
        const stored = await api.call('records.get', { id });
        if (stored.kind !== kind) throw new ApiErrorLike('NOT_FOUND');
        typed = stored as StoredRecord<K>;
        loaded = optionsRef.current.fromRecord(typed);
      }
      // A draft that cannot be read is not a reason to refuse the form.
      const draft = await draftLookup().catch(() => null);
      if (!live) return;
      // The draft is the whole form as it was typed; a key it lacks was empty then. A new form
      // someone already typed into keeps what they typed (its own draft follows).
      const typedAlready = !id && current.current.form !== empty;
      const useDraft = draft !== null && !typedAlready;
      const shown = useDraft ? ({ ...empty, ...draft.data } as F) : loaded;
      savedForm.current = loaded;
      if (useDraft) {
        saver.adopt(draft, draftJson(shown, draft.identity));
        if (draft.identity) optionsRef.current.draftIdentity?.restore(draft.identity);
      }
      setRecord(typed);
      if (!typedAlready) setFormState(shown);
      setBaseline(JSON.stringify(loaded));
      setRestored(useDraft);
      setErrors(NO_ERRORS);
      setFailure(null);
      setStatus('ready');
    };
    load().catch((error: unknown) => {
      if (!live) return;
      setLoadFailure(error instanceof ApiErrorLike ? error.code : toApiError(error).code);
      setStatus('failed');
    });
    return () => {
      live = false;
    };
  }, [id, kind, loads, initial, saver]);

  // Every change is kept as a draft shortly after typing pauses.
  useEffect(() => {
    if (status === 'ready') saver.changed();
  }, [form, status, saver]);

  // Leaving the screen saves once more; hiding the window saves at once (a lock may follow).
  useEffect(() => {
    saver.start();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      saver.stop();
    };
  }, [saver]);
  usePendingSave(() => saver.flush());

  const setForm = useCallback((update: (current: F) => F) => {
    setFormState((current) => update(current));
  }, []);

  const dirty = useMemo(() => status === 'ready' && JSON.stringify(form) !== baseline, [form, baseline, status]);

  const save = useCallback(
    async (extra: { identity?: Input<'sources.setIdentity'>['identity'] } = {}): Promise<StoredRecord<K> | null> => {
      if (saving) return null;
      setFailure(null);
      // Text typed into a picker that names nothing is not saved as if the field were untouched.
      if (focusUnresolvedPick()) {
        setFailure('VALIDATION_FAILED');
        return null;
      }
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
        // Saved: the record holds it now, so its draft goes. The saver reads the saved form from
        // here on, even if the screen closes before it renders again (Save, then back).
        current.current = { form: saved, baseline: JSON.stringify(saved), ready: true };
        saver.recordId = stored.id;
        void saver.discard();
        savedForm.current = saved;
        setRecord(stored);
        setFormState(saved);
        setBaseline(JSON.stringify(saved));
        setRestored(false);
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
    [form, kind, record, saving, saver],
  );

  const reload = useCallback(() => setLoads((n) => n + 1), []);

  const discardDraft = useCallback(() => {
    current.current = { ...current.current, form: savedForm.current };
    optionsRef.current.draftIdentity?.restore(null);
    void saver.discard();
    setFormState(savedForm.current);
    setRestored(false);
    setErrors(NO_ERRORS);
    setFailure(null);
  }, [saver]);
  const flushDraft = useCallback(() => saver.flush(), [saver]);
  const abandonDraft = useCallback(() => void saver.abandon(), [saver]);
  const draftChanged = useCallback(() => {
    if (current.current.ready) saver.changed();
  }, [saver]);

  return { status, loadFailure, record, form, setForm, errors, failure, saving, dirty, save, reload, restored, discardDraft, flushDraft, abandonDraft, draftChanged };
}

/** A load refused by the page itself (a record of another kind), before any ApiError exists. */
class ApiErrorLike extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

export { rowKey } from './form-values';
