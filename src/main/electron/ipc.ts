import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type CasekeepEvent } from '../../shared/bridge';
import type { ErrorData, Result } from '../../shared/errors';
import type { Invoker } from '../core/service/service';
import { isAppUrl } from './url-policy';

/** The facts of a frame that the sender check reads; Electron's WebFrameMain has them all. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}

export interface SenderFacts {
  senderFrame: FrameLike | null | undefined;
  /** `event.sender.id`: the webContents the message came from. */
  senderWebContentsId: number | undefined;
  /** The main window's webContents id, or undefined when there is no window. */
  expectedWebContentsId: number | undefined;
}

const FORBIDDEN: ErrorData = Object.freeze({
  code: 'FORBIDDEN',
  message: 'This call did not come from the Casekeep window.',
});

/**
 * S6: null if the message came from the top-level frame of the main window showing an app://
 * page, else the refusal to send back. An iframe, another window or a page that somehow left
 * app:// gets nothing.
 */
export function checkSender(facts: SenderFacts): ErrorData | null {
  try {
    const frame = facts.senderFrame;
    if (frame === null || frame === undefined) return FORBIDDEN;
    if (facts.expectedWebContentsId === undefined || facts.senderWebContentsId !== facts.expectedWebContentsId) {
      return FORBIDDEN;
    }
    // Only the top-level frame has no parent; an iframe is refused even when it is app://.
    if (frame.parent !== null) return FORBIDDEN;
    return isAppUrl(frame.url) ? null : FORBIDDEN;
  } catch {
    // Reading a frame that navigated away or was destroyed throws; such a sender is refused.
    return FORBIDDEN;
  }
}

function expectedId(window: BrowserWindow | undefined): number | undefined {
  return window === undefined || window.isDestroyed() ? undefined : window.webContents.id;
}

async function answer(
  service: Invoker,
  mainWindow: () => BrowserWindow | undefined,
  event: IpcMainInvokeEvent,
  method: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  const refusal = checkSender({
    senderFrame: event.senderFrame,
    senderWebContentsId: event.sender.id,
    expectedWebContentsId: expectedId(mainWindow()),
  });
  if (refusal !== null) return { ok: false, error: refusal };
  try {
    return await service.invoke(method, input);
  } catch {
    // invoke() answers with a Result; this only guards the bridge against a broken promise.
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Casekeep.' } };
  }
}

/** Registers the single IPC entry point; returns the function that removes it. */
export function registerIpc(service: Invoker, mainWindow: () => BrowserWindow | undefined): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) =>
    answer(service, mainWindow, event, method, input),
  );
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Sends an event to the page of the main window, if it is still there. */
export function sendEvent(window: BrowserWindow | undefined, event: CasekeepEvent): void {
  if (window === undefined || window.isDestroyed() || window.webContents.isDestroyed()) return;
  window.webContents.send(EVENT_CHANNEL, event);
}
