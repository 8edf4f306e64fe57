import { join } from 'node:path';
import { app, BrowserWindow, dialog, powerMonitor, protocol, session, shell } from 'electron';
import { loadDriver } from '../core/db/driver';
import { CasekeepService } from '../core/service/service';
import { AppError } from '../../shared/errors';
import type { LockReason } from '../../shared/bridge';
import { LOCK_GRACE_MS, startAutoLock } from '../core/auto-lock/auto-lock';
import { withIdleLimitSync } from '../core/auto-lock/idle-limit-sync';
import { registerIpc, sendEvent } from './ipc';
import { createLockWarning } from './lock-warning';
import { APP_PARTITION, hardenSession } from './session-policy';
import { APP_SCHEME, normalizeExternalUrl } from './url-policy';
import { folderDialog } from './folder-dialog';
import { openDialog } from './open-dialog';
import { saveDialog } from './save-dialog';
import { createMainWindow } from './window';

const RENDERER_ROOT = join(__dirname, '../renderer');
const PRELOAD_PATH = join(__dirname, '../preload/index.js');
// Quitting waits for the vault to close, but never forever.
const QUIT_LOCK_TIMEOUT_MS = 10_000;

// Both must happen before `ready`: every renderer sandboxed, and app:// a secure standard origin.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);

// A second instance would open the same vault folder beside this one.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function logInternalError(error: unknown): void {
  // Name only: messages and stacks can quote SQL values or file names (S16).
  console.error('Casekeep internal error:', error instanceof Error ? error.name : typeof error);
}

/**
 * A native driver that was never built would otherwise surface as a crash on the first unlock;
 * say it once, in one sentence, and leave (the message names no path and no case data).
 */
function driverReady(): boolean {
  try {
    loadDriver();
    return true;
  } catch (error) {
    const sentence = error instanceof AppError ? error.message : 'The database driver could not be loaded.';
    console.error(`Casekeep cannot start: ${sentence}`);
    dialog.showErrorBox('Casekeep cannot start', sentence);
    app.exit(1);
    return false;
  }
}

function start(): void {
  let mainWindow: BrowserWindow | undefined;
  let promptOpen = false;
  let lockedForQuit = false;

  const service = new CasekeepService({
    folder: join(app.getPath('userData'), 'vault'),
    preferencesFile: join(app.getPath('userData'), 'preferences.json'),
    onProgress: (event) => sendEvent(mainWindow, { type: 'progress', ...event }),
    onDamaged: (pages) => sendEvent(mainWindow, { type: 'damaged', pages }),
    onInternalError: logInternalError,
    chooseSavePath: saveDialog(() => mainWindow),
    chooseOpenPath: openDialog(() => mainWindow),
    chooseFolder: folderDialog(() => mainWindow),
  });

  // Before a lock it did not ask for, the page gets a bounded moment to save its drafts (S18).
  const lockWarning = createLockWarning((event) => sendEvent(mainWindow, event));

  async function lockAndTell(reason: LockReason): Promise<void> {
    await service.lock();
    sendEvent(mainWindow, { type: 'locked', reason });
  }

  async function confirmExternalLink(url: string): Promise<void> {
    const external = normalizeExternalUrl(url);
    // One prompt at a time, so a page cannot bury the user in dialogs.
    if (external === null || promptOpen || mainWindow === undefined) return;
    promptOpen = true;
    try {
      const { response } = await dialog.showMessageBox(mainWindow, {
        type: 'question',
        buttons: ['Cancel', 'Open in browser'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
        message: 'Open this link in your web browser?',
        detail: `${external}\n\nYour browser will connect to this website, and anyone watching the network can see that.`,
      });
      if (response === 1) await shell.openExternal(external);
    } finally {
      promptOpen = false;
    }
  }

  function openMainWindow(): void {
    mainWindow = createMainWindow({
      preloadPath: PRELOAD_PATH,
      devTools: !app.isPackaged,
      onExternalLink: (url) => {
        confirmExternalLink(url).catch(() => undefined);
      },
    });
    mainWindow.on('closed', () => {
      mainWindow = undefined;
    });
    saveBeforeClose(mainWindow);
  }

  // Closing the window quits the app and locks the vault: the page first saves its drafts,
  // within the same bounded wait as any other lock (docs/security.md S18). The close goes on
  // whatever the page does.
  function saveBeforeClose(window: BrowserWindow): void {
    let state: 'open' | 'saving' | 'saved' = 'open';
    window.on('close', (event) => {
      if (state === 'saved' || !service.isUnlocked) return;
      event.preventDefault();
      if (state === 'saving') return;
      state = 'saving';
      const grace = new Promise<void>((resolve) => setTimeout(resolve, LOCK_GRACE_MS));
      Promise.race([lockWarning.warn('shutdown'), grace]).finally(() => {
        state = 'saved';
        if (!window.isDestroyed()) window.close();
      });
    });
  }

  // Defence in depth for any web contents created outside createMainWindow.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app.on('second-instance', () => {
    // The second instance's arguments are ignored: nothing may open a file or URL by command line.
    if (mainWindow === undefined) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());

  app.on('before-quit', (event) => {
    if (lockedForQuit) return;
    event.preventDefault();
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, QUIT_LOCK_TIMEOUT_MS));
    const grace = new Promise<void>((resolve) => setTimeout(resolve, LOCK_GRACE_MS));
    // The page saves its drafts first, within the same bounded wait as any other lock (S18).
    const warned = service.isUnlocked && mainWindow !== undefined ? Promise.race([lockWarning.warn('shutdown'), grace]) : Promise.resolve();
    warned
      .then(() => Promise.race([service.lock(), timeout]))
      .catch(() => undefined)
      .finally(() => {
        lockedForQuit = true;
        app.quit();
      });
  });

  app
    .whenReady()
    .then(() => {
      if (!driverReady()) return;
      hardenSession(session.fromPartition(APP_PARTITION), RENDERER_ROOT);
      // Nothing should use the default session; shut it the same way in case something does.
      hardenSession(session.defaultSession, RENDERER_ROOT);
      const autoLock = startAutoLock({
        monitor: powerMonitor,
        isUnlocked: () => service.isUnlocked,
        lock: lockAndTell,
        warn: lockWarning.warn,
      });
      // The idle limit follows the one saved in the vault (S25); the page's own vault.lock is
      // its answer to a lock warning.
      registerIpc(lockWarning.wrap(withIdleLimitSync(service, autoLock)), () => mainWindow);
      openMainWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      logInternalError(error);
      app.exit(1);
    });
}
