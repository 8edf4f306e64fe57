import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in a sentence or two. */
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Draws the confirm button as destructive. */
  danger?: boolean;
  busy?: boolean;
  /** Keeps the confirm button disabled (a required reason not yet given). */
  confirmDisabled?: boolean;
  onConfirm(): void;
  onCancel(): void;
  testId?: string;
}

/**
 * A modal question in the page, on the native <dialog>: the browser traps focus inside, Escape
 * cancels, and focus returns to where it was. Focus starts on the first field, or on Cancel, so
 * a stray Enter never confirms a destructive act.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const { open } = props;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      const field = element.querySelector<HTMLElement>('input, textarea, select');
      (field ?? cancel.current)?.focus();
      return () => {
        if (element.open) element.close();
        if (returnTo?.isConnected) returnTo.focus();
      };
    }
    return undefined;
  }, [open]);

  function confirm(): void {
    if (!props.busy && !props.confirmDisabled) props.onConfirm();
  }

  // Not a <form>: the dialog may sit inside a record's form, and forms do not nest. Enter in a
  // one-line field confirms, as it would submit a form, and never submits the form around it.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target instanceof HTMLInputElement) {
      event.preventDefault();
      confirm();
    }
  }

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={props.children ? bodyId : undefined}
      data-testid={props.testId ?? 'confirm-dialog'}
      onCancel={(event) => {
        event.preventDefault();
        if (!props.busy) props.onCancel();
      }}
    >
      {open ? (
        <div className="confirm-dialog__form" onKeyDown={onKeyDown}>
          <h2 id={titleId} className="confirm-dialog__title">
            {props.title}
          </h2>
          {props.children ? (
            <div id={bodyId} className="confirm-dialog__body">
              {props.children}
            </div>
          ) : null}
          <div className="actions confirm-dialog__actions">
            <button
              type="button"
              onClick={confirm}
              className={props.danger ? 'button button--danger' : 'button button--primary'}
              disabled={props.busy || props.confirmDisabled}
              aria-busy={props.busy || undefined}
              data-testid="confirm-dialog-confirm"
            >
              {props.confirmLabel}
            </button>
            <button ref={cancel} type="button" className="button button--secondary" disabled={props.busy} onClick={props.onCancel} data-testid="confirm-dialog-cancel">
              {props.cancelLabel ?? t('records.common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
