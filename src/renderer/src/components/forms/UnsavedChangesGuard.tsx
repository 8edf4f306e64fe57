import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLeaveGuard } from '../../navigation/leave-guard';
import { ConfirmDialog } from '../ConfirmDialog';

export interface UnsavedChanges {
  /** Render it in the form: the question, when someone tries to leave with changes. */
  dialog: ReactElement;
  /** Call just before leaving on purpose (after a save): the guard lets the next move pass. */
  allowLeave(): void;
  /** For a Cancel button: runs `then` at once when nothing changed, else after the question. */
  confirmDiscard(then: () => void): void;
}

/**
 * Asks before leaving a form with unsaved changes, in an accessible dialog in the page. "Stay"
 * keeps everything as typed; "Leave without saving" finishes the move that was held up, after
 * `onLeaveWithoutSaving` (which forgets the form's draft: the user chose to drop it).
 */
export function useUnsavedChanges(dirty: boolean, onLeaveWithoutSaving?: () => void): UnsavedChanges {
  const { t } = useTranslation();
  const dirtyRef = useRef(dirty);
  const allowed = useRef(false);
  const pending = useRef<(() => void) | null>(null);
  const [asking, setAsking] = useState(false);
  const leaveRef = useRef(onLeaveWithoutSaving);
  leaveRef.current = onLeaveWithoutSaving;

  useEffect(() => {
    dirtyRef.current = dirty;
    // A new change after a "leave" was allowed is worth asking about again.
    if (dirty) allowed.current = false;
  }, [dirty]);

  const guard = useCallback((proceed: () => void) => {
    if (!dirtyRef.current || allowed.current) return true;
    pending.current = proceed;
    setAsking(true);
    return false;
  }, []);
  useLeaveGuard(guard);

  const allowLeave = useCallback(() => {
    allowed.current = true;
  }, []);

  const dialog = (
    <ConfirmDialog
      open={asking}
      title={t('records.leave.title')}
      confirmLabel={t('records.leave.confirm')}
      cancelLabel={t('records.leave.stay')}
      danger
      testId="leave-dialog"
      onCancel={() => {
        pending.current = null;
        setAsking(false);
      }}
      onConfirm={() => {
        allowed.current = true;
        setAsking(false);
        leaveRef.current?.();
        const proceed = pending.current;
        pending.current = null;
        proceed?.();
      }}
    >
      <p>{t('records.leave.body')}</p>
    </ConfirmDialog>
  );

  const confirmDiscard = useCallback((then: () => void) => {
    if (!dirtyRef.current) return then();
    pending.current = then;
    setAsking(true);
  }, []);

  return { dialog, allowLeave, confirmDiscard };
}
