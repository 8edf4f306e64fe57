import { BrowserWindow, type WebPreferences } from 'electron';
import { APP_PARTITION } from './session-policy';
import { APP_ENTRY_URL, normalizeExternalUrl } from './url-policy';

export interface WebPreferenceOptions {
  /** Only for unpackaged development builds; the packaged app never opens DevTools. */
  devTools?: boolean;
}

/** S1: the options every Casekeep page runs under. No switch here weakens isolation for tests. */
export function secureWebPreferences(preloadPath: string, options: WebPreferenceOptions = {}): WebPreferences {
  return {
    preload: preloadPath,
    partition: APP_PARTITION,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // Spell checking would fetch dictionaries from the network (S8).
    spellcheck: false,
    // A dropped file would otherwise replace the app with the file, outside the app origin.
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: options.devTools === true,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  devTools?: boolean;
  /** Called with a vetted https: URL the page asked to open; it still needs the user's yes. */
  onExternalLink(url: string): void;
}

/** The one place windows are made: every window gets the same preferences and guards (S1, S4). */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Casekeep',
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.devTools === true }),
  });
  const contents = window.webContents;

  // The page never leaves app://; links outside go through onExternalLink and a prompt.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = normalizeExternalUrl(url);
    if (external !== null) options.onExternalLink(external);
    return { action: 'deny' };
  });

  window.once('ready-to-show', () => window.show());
  // A failed load leaves an empty window rather than a crash; the shell has nothing to fall back to.
  window.loadURL(APP_ENTRY_URL).catch(() => undefined);
  return window;
}
