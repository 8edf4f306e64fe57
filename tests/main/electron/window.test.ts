import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  class FakeWebContents {
    readonly id = 7;
    readonly listeners = new Map<string, Listener[]>();
    windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
    on(name: string, listener: Listener): this {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
      this.windowOpenHandler = handler;
    }
  }
  class FakeBrowserWindow {
    static readonly created: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly loaded: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
    once(): this {
      return this;
    }
    show(): void {}
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  return { FakeBrowserWindow };
});

vi.mock('electron', () => ({ BrowserWindow: fake.FakeBrowserWindow }));

import { createMainWindow, secureWebPreferences } from '../../../src/main/electron/window';

describe('S1 secureWebPreferences', () => {
  it('isolates and sandboxes the page, with no Node and no web-security switches', () => {
    expect(secureWebPreferences('/app/out/preload/index.js')).toEqual({
      preload: '/app/out/preload/index.js',
      partition: 'casekeep',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: false,
    });
  });

  it('uses an in-memory session, never a persisted one', () => {
    const { partition } = secureWebPreferences('/p.js');
    expect(partition).toBeTruthy();
    expect(partition).not.toMatch(/^persist:/);
  });

  it('opens DevTools only when asked, and nothing else changes with it', () => {
    const withTools = secureWebPreferences('/p.js', { devTools: true });
    expect(withTools.devTools).toBe(true);
    expect({ ...withTools, devTools: false }).toEqual(secureWebPreferences('/p.js'));
  });
});

describe('S1/S4 createMainWindow', () => {
  const opened: string[] = [];

  beforeEach(() => {
    fake.FakeBrowserWindow.created.length = 0;
    opened.length = 0;
  });

  function makeWindow() {
    createMainWindow({ preloadPath: '/app/out/preload/index.js', onExternalLink: (url) => opened.push(url) });
    const window = fake.FakeBrowserWindow.created[0];
    if (window === undefined) throw new Error('no window was created');
    return window;
  }

  it('builds the window with the secure preferences and loads only the app entry page', () => {
    const window = makeWindow();
    expect(window.options.webPreferences).toEqual(secureWebPreferences('/app/out/preload/index.js'));
    expect(window.options.show).toBe(false);
    expect(window.loaded).toEqual(['app://casekeep/index.html']);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])(
    'prevents %s',
    (name) => {
      const window = makeWindow();
      const listeners = window.webContents.listeners.get(name) ?? [];
      expect(listeners).toHaveLength(1);
      const event = { preventDefault: vi.fn(), url: 'https://evil.example/' };
      for (const listener of listeners) listener(event, 'https://evil.example/');
      expect(event.preventDefault).toHaveBeenCalled();
    },
  );

  it('denies every new window and passes only vetted https links on for confirmation', () => {
    const handler = makeWindow().webContents.windowOpenHandler;
    expect(handler).toBeDefined();
    for (const url of ['https://www.ohchr.org/en', 'javascript:alert(1)', 'file:///etc/passwd', 'https://аррle.com/', 'app://casekeep/index.html']) {
      expect(handler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://www.ohchr.org/en']);
  });
});
