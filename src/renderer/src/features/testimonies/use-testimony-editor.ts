import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordInput } from '../../../../shared/domain/records';
import type { StoredRecord } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { checkCustom } from '../../components/custom-fields/custom-form';
import { useKindFields } from '../../components/custom-fields/field-store';
import { FormDraftSaver } from '../../components/forms/form-draft-saver';
import { apiErrorsToErrors, type FieldErrors } from '../../components/forms/form-errors';
import { focusUnresolvedPick } from '../../components/forms/unresolved-picks';
import { useLeaveGuard } from '../../navigation/leave-guard';
import { usePendingSave } from '../../navigation/pending-saves';
import type { Route } from '../../navigation/routes';
import { DraftSaver, type SaveStatus } from './draft-saver';
import { emptyForm, formData, formFromData, type TestimonyForm } from './testimony-form';

export type TestimonyRoute = Extract<Route, { name: 'testimony' }>;
export type Mode = 'draft' | 'final';
type InlineForm = 'source' | 'person' | 'incident';
export type LeaveReason = 'notSaved' | 'inline' | 'finalEdits';

export type Load = { phase: 'loading' } | { phase: 'failed'; code: ErrorCode } | { phase: 'ready' };

/**
 * The testimony screen's editor, apart from its layout: what is typed, the draft saver that keeps
 * it (docs/security.md S18), the kept edit of a finished testimony, finishing and saving, and
 * what leaving the screen must ask. A new testimony is a draft from the first keystroke; "finish"
 * checks it against the full schema and makes it a final record.
 */
export function useTestimonyEditor(route: TestimonyRoute) {
  const [load, setLoad] = useState<Load>(route.id ? { phase: 'loading' } : { phase: 'ready' });
  const [form, setForm] = useState<TestimonyForm>(() => emptyForm(route.caseId));
  const formRef = useRef(form);
  const [mode, setMode] = useState<Mode>('draft');
  const modeRef = useRef<Mode>('draft');
  const [recordId, setRecordId] = useState<string | undefined>(route.id);
  const saverRef = useRef<DraftSaver | null>(null);
  const [status, setStatus] = useState<SaveStatus>(route.id ? { state: 'saved', at: new Date() } : { state: 'empty' });
  const [finalDirty, setFinalDirty] = useState(false);
  const finalDirtyRef = useRef(false);
  const [finalSavedAt, setFinalSavedAt] = useState<Date | null>(null);
  const updatedAtRef = useRef<string | undefined>(undefined);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const [finished, setFinished] = useState(false);
  const inlineDirty = useRef(new Set<InlineForm>());
  const allowLeave = useRef(false);
  const [leaving, setLeaving] = useState<{ proceed(): void; reasons: LeaveReason[] } | null>(null);
  const [focusError, setFocusError] = useState(0);
  // Edits of a finished testimony are kept as a draft of it, apart from the record, until saved.
  const finalSaverRef = useRef<FormDraftSaver | null>(null);
  const savedFinalForm = useRef<TestimonyForm | null>(null);
  const [restoredFinal, setRestoredFinal] = useState(false);
  const finalSaver = useCallback((): FormDraftSaver | null => {
    const id = saverRef.current?.id ?? route.id;
    if (finalSaverRef.current === null && id !== undefined) {
      finalSaverRef.current = new FormDraftSaver({
        kind: 'testimony',
        recordId: id,
        read: () => (modeRef.current === 'final' && finalDirtyRef.current ? formRef.current : null),
      });
    }
    return finalSaverRef.current;
  }, [route.id]);

  // An existing testimony: load it, exactly as it was last saved.
  useEffect(() => {
    if (!route.id) return;
    let live = true;
    api.call('records.get', { id: route.id }).then(
      (record) => {
        if (!live) return;
        if (record.kind !== 'testimony' || record.deletedAt) {
          setLoad({ phase: 'failed', code: 'NOT_FOUND' });
          return;
        }
        const loaded = formFromData((record as StoredRecord<'testimony'>).data);
        const loadedMode: Mode = record.draft ? 'draft' : 'final';
        // A finished testimony may have an edit kept from before (a lock, a closed screen).
        const kept = loadedMode === 'final' ? api.call('drafts.get', { recordId: record.id }).then((found) => found.draft, () => null) : Promise.resolve(null);
        void kept.then((draft) => {
          if (!live) return;
          const data = draft && typeof draft.data === 'object' && draft.data !== null && !Array.isArray(draft.data) ? draft.data : null;
          const shown = data ? ({ ...emptyForm(route.caseId), ...data } as TestimonyForm) : loaded;
          savedFinalForm.current = loaded;
          formRef.current = shown;
          setForm(shown);
          modeRef.current = loadedMode;
          setMode(loadedMode);
          if (draft && data) {
            finalDirtyRef.current = true;
            setFinalDirty(true);
            setRestoredFinal(true);
            finalSaver()?.adopt(draft, JSON.stringify(shown));
          }
          updatedAtRef.current = record.updatedAt;
          setFinalSavedAt(new Date(record.updatedAt));
          setStatus({ state: 'saved', at: new Date(record.updatedAt) });
          setLoad({ phase: 'ready' });
        });
      },
      (error) => live && setLoad({ phase: 'failed', code: toApiError(error).code }),
    );
    return () => {
      live = false;
    };
  }, [route.id, route.caseId, finalSaver]);

  // The draft saver lives while the screen shows a draft.
  useEffect(() => {
    if (load.phase !== 'ready' || mode !== 'draft') return;
    const saver =
      saverRef.current ??
      new DraftSaver({
        id: route.id,
        read: () => formData(formRef.current),
        onCreated: (record) => setRecordId(record.id),
        onStatus: setStatus,
      });
    saverRef.current = saver;
    saver.start();
    return () => saver.stop();
  }, [load.phase, mode, route.id]);

  /** Saves what is typed now: the draft testimony, or the kept edit of a finished one. */
  const flushAll = useCallback((): Promise<boolean> | undefined => {
    if (modeRef.current === 'draft') return saverRef.current?.flush();
    return finalSaverRef.current?.flush();
  }, []);
  // Before any lock (docs/security.md S18).
  usePendingSave(flushAll);

  // The kept edit of a finished testimony is saved once more on leaving the screen.
  useEffect(() => {
    finalSaverRef.current?.start();
    return () => finalSaverRef.current?.stop();
  }, []);

  // Hiding or closing the window saves at once: the next thing may be a lock or a power cut.
  useEffect(() => {
    const flush = () => {
      void flushAll();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, [flushAll]);


  /** Every edit goes through here: the form, the saver, and the errors of what changed. */
  const edit = useCallback((change: Partial<TestimonyForm>) => {
    const next = { ...formRef.current, ...change };
    formRef.current = next;
    setForm(next);
    allowLeave.current = false;
    setFinished(false);
    if (modeRef.current === 'draft') {
      saverRef.current?.changed();
    } else {
      finalDirtyRef.current = true;
      setFinalDirty(true);
      finalSaver()?.changed();
    }
    const keys = Object.keys(change);
    setErrors((current) => {
      const kept = Object.entries(current).filter(([path]) => !keys.some((key) => path === key || path.startsWith(`${key}.`)));
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  }, [finalSaver]);

  const setInlineDirty = useCallback((which: InlineForm, dirty: boolean) => {
    if (dirty) inlineDirty.current.add(which);
    else inlineDirty.current.delete(which);
  }, []);
  const onSourceDirty = useCallback((dirty: boolean) => setInlineDirty('source', dirty), [setInlineDirty]);
  const onPersonDirty = useCallback((dirty: boolean) => setInlineDirty('person', dirty), [setInlineDirty]);
  const onIncidentDirty = useCallback((dirty: boolean) => setInlineDirty('incident', dirty), [setInlineDirty]);

  // Leaving: saved work goes at once; unsaved draft changes are saved first, then the move goes
  // on; anything that cannot be saved (a failure, a half-made source, edits to a finished
  // testimony) is left behind only after asking.
  const guard = useCallback((proceed: () => void) => {
    if (allowLeave.current) return true;
    const reasons: LeaveReason[] = [];
    if (inlineDirty.current.size > 0) reasons.push('inline');
    if (modeRef.current === 'final') {
      if (finalDirtyRef.current) reasons.push('finalEdits');
      if (reasons.length === 0) return true;
      setLeaving({ proceed, reasons });
      return false;
    }
    const saver = saverRef.current;
    if (!saver?.unsaved && reasons.length === 0) return true;
    if (!saver?.unsaved) {
      setLeaving({ proceed, reasons });
      return false;
    }
    void saver.flush().then((saved) => {
      if (saved && reasons.length === 0) {
        allowLeave.current = true;
        proceed();
      } else {
        setLeaving({ proceed, reasons: saved ? reasons : ['notSaved', ...reasons] });
      }
    });
    return false;
  }, []);
  useLeaveGuard(guard);

  const customFields = useKindFields('testimony');
  /** A custom number or date typed but unreadable, or a required one empty: shown, and the save waits. */
  function customProblems(): boolean {
    const found = checkCustom(formRef.current.custom, customFields.live);
    if (Object.keys(found).length === 0) return false;
    setErrors(found);
    setFocusError((n) => n + 1);
    return true;
  }

  async function finish(): Promise<void> {
    const saver = saverRef.current;
    if (!saver) return;
    setFormError(null);
    // Text typed into a picker that names nothing must be resolved before the testimony is final.
    if (focusUnresolvedPick() || customProblems()) {
      setFormError('VALIDATION_FAILED');
      return;
    }
    setBusy(true);
    // The draft first: the id to finish, and nothing typed left behind if finishing fails.
    if (saver.id === undefined) saver.changed();
    const saved = await saver.flush();
    if (!saved || saver.id === undefined) {
      const current = saver.current;
      setFormError(current.state === 'failed' ? current.code : 'INTERNAL');
      setBusy(false);
      return;
    }
    saver.pause();
    const sent = formRef.current;
    try {
      const record = await api.call('records.update', {
        kind: 'testimony',
        id: saver.id,
        data: formData(sent) as unknown as RecordInput<'testimony'>,
      });
      modeRef.current = 'final';
      setMode('final');
      updatedAtRef.current = record.updatedAt;
      setFinalSavedAt(new Date());
      setErrors({});
      // Typed while the call ran: kept on screen, to be saved with "Save changes".
      const typedSince = formRef.current !== sent;
      finalDirtyRef.current = typedSince;
      setFinalDirty(typedSince);
      setFinished(true);
    } catch (error) {
      const failure = toApiError(error);
      saver.start();
      if (failure.code === 'VALIDATION_FAILED') {
        setErrors(apiErrorsToErrors(failure));
        setFocusError((n) => n + 1);
      }
      setFormError(failure.code);
    } finally {
      setBusy(false);
    }
  }

  async function saveFinal(): Promise<void> {
    if (!recordId) return;
    setFormError(null);
    if (focusUnresolvedPick() || customProblems()) {
      setFormError('VALIDATION_FAILED');
      return;
    }
    setBusy(true);
    const sent = formRef.current;
    try {
      const record = await api.call('records.update', {
        kind: 'testimony',
        id: recordId,
        data: formData(sent) as unknown as RecordInput<'testimony'>,
        ...(updatedAtRef.current ? { expectedUpdatedAt: updatedAtRef.current } : {}),
      });
      updatedAtRef.current = record.updatedAt;
      setFinalSavedAt(new Date());
      setErrors({});
      const typedSince = formRef.current !== sent;
      finalDirtyRef.current = typedSince;
      setFinalDirty(typedSince);
      // Saved: the record holds the edit now, so its kept draft goes (what was typed since stays).
      savedFinalForm.current = sent;
      setRestoredFinal(false);
      const kept = finalSaver();
      void kept?.discard().then(() => {
        if (typedSince) kept.changed();
      });
    } catch (error) {
      const failure = toApiError(error);
      if (failure.code === 'VALIDATION_FAILED') {
        setErrors(apiErrorsToErrors(failure));
        setFocusError((n) => n + 1);
      }
      setFormError(failure.code);
    } finally {
      setBusy(false);
    }
  }


  /** Sends the draft now, so that the testimony exists (attachments need its id). */
  const saveDraftNow = useCallback(() => {
    saverRef.current?.changed();
    void saverRef.current?.flush();
  }, []);

  const retry = useCallback(() => void saverRef.current?.flush(), []);

  /** Drops the kept edit of a finished testimony and shows the record as saved. */
  const discardRestored = useCallback(() => {
    void finalSaver()?.discard();
    const saved = savedFinalForm.current;
    if (saved) {
      formRef.current = saved;
      setForm(saved);
    }
    finalDirtyRef.current = false;
    setFinalDirty(false);
    setRestoredFinal(false);
    setErrors({});
  }, [finalSaver]);

  const stay = useCallback(() => setLeaving(null), []);

  const leaveAnyway = useCallback(() => {
    const proceed = leaving?.proceed;
    // Leaving without saving the edits of a finished testimony: its kept draft goes too.
    if (leaving?.reasons.includes('finalEdits')) void finalSaverRef.current?.abandon();
    setLeaving(null);
    allowLeave.current = true;
    proceed?.();
  }, [leaving]);

  return {
    load,
    form,
    mode,
    recordId,
    status,
    finalDirty,
    finalSavedAt,
    errors,
    formError,
    busy,
    finished,
    restoredFinal,
    leaving,
    focusError,
    edit,
    flushAll,
    finish,
    saveFinal,
    saveDraftNow,
    retry,
    discardRestored,
    stay,
    leaveAnyway,
    onSourceDirty,
    onPersonDirty,
    onIncidentDirty,
  };
}
