import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLeaveGuard } from '../../workspace/leave-guard';
import { ConfirmDialog } from '../ConfirmDialog';

/**
 * Remembers the click or key press that tried to leave, so that after "Leave without saving"
 * the same act can run again: the workspace's guard is synchronous and does not say where to.
 */
function replayOf(event: Event | undefined): (() => void) | null {
  if (!event || !(event.target instanceof Element)) return null;
  const target = event.target;
  if (event.type === 'click') {
    const control = target.closest<HTMLElement>('button, a, [role="option"], [role="button"], [role="link"]');
    return control ? () => control.isConnected && control.click() : null;
  }
  if (event instanceof KeyboardEvent) {
    const { key, code, ctrlKey, metaKey, altKey, shiftKey } = event;
    const init: KeyboardEventInit = { key, code, ctrlKey, metaKey, altKey, shiftKey, bubbles: true, cancelable: true };
    return () => target.isConnected && target.dispatchEvent(new KeyboardEvent(event.type, init));
  }
  return null;
}

export interface UnsavedChanges {
  /** Render it in the form: the question, when someone tries to leave with changes. */
  dialog: ReactElement;
  /** Call just before leaving on purpose (after a save): the guard lets the next move pass. */
  allowLeave(): void;
}

/**
 * Asks before leaving a form with unsaved changes, in an accessible dialog in the page. "Stay"
 * keeps everything as typed; "Leave without saving" repeats the move that was stopped.
 */
export function useUnsavedChanges(dirty: boolean): UnsavedChanges {
  const { t } = useTranslation();
  const dirtyRef = useRef(dirty);
  const allowed = useRef(false);
  const replay = useRef<(() => void) | null>(null);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    dirtyRef.current = dirty;
    // A new change after a "leave" was allowed is worth asking about again.
    if (dirty) allowed.current = false;
  }, [dirty]);

  const guard = useCallback(() => {
    if (!dirtyRef.current || allowed.current) return true;
    replay.current = replayOf(window.event);
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
        replay.current = null;
        setAsking(false);
      }}
      onConfirm={() => {
        allowed.current = true;
        setAsking(false);
        const again = replay.current;
        replay.current = null;
        // After the dialog has closed and returned focus, so the repeated act starts clean.
        if (again) window.setTimeout(again, 0);
      }}
    >
      <p>{t('records.leave.body')}</p>
    </ConfirmDialog>
  );

  return { dialog, allowLeave };
}
