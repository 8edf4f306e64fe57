import Module from 'node:module';
import { resolve } from 'node:path';

/*
 * A stand-in for the `electron` module, for loading the BUILT main bundle (out/main/index.js) in
 * plain Node (docs/security.md S34). It records what main asks of Electron: app calls and
 * listeners, privileged schemes, the window's options, IPC handlers, each session's handlers. A
 * member it does not know answers a recorded no-op, so that new wiring in main does not break
 * the recording of the rest; what the tests assert, it models explicitly.
 */

type Listener = (...args: unknown[]) => unknown;

export class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  off(event: string, listener: Listener): this {
    return this.removeListener(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/** Whatever main calls that the stand-in does not model: recorded, answers undefined. */
function tolerant<T extends object>(target: T, name: string, calls: string[]): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property in object) return Reflect.get(object, property, receiver) as unknown;
      return (..._args: unknown[]) => {
        calls.push(`${name}.${property}`);
        return undefined;
      };
    },
  });
}

export class FakeSession {
  readonly protocolHandlers = new Map<string, Listener>();
  readonly handlers = new Map<string, Listener>();
  readonly events = new Emitter();
  spellChecker: boolean | undefined;
  dictionaryUrl: string | undefined;
  readonly protocol = {
    handle: (scheme: string, handler: Listener) => void this.protocolHandlers.set(scheme, handler),
  };
  readonly webRequest = {
    onBeforeRequest: (handler: Listener) => void this.handlers.set('webRequest.onBeforeRequest', handler),
  };
  setPermissionRequestHandler(handler: Listener): void {
    this.handlers.set('permissionRequest', handler);
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.handlers.set('permissionCheck', handler);
  }
  setDevicePermissionHandler(handler: Listener): void {
    this.handlers.set('devicePermission', handler);
  }
  setDisplayMediaRequestHandler(handler: Listener): void {
    this.handlers.set('displayMedia', handler);
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled;
  }
  setSpellCheckerDictionaryDownloadURL(url: string): void {
    this.dictionaryUrl = url;
  }
  on(event: string, listener: Listener): this {
    this.events.on(event, listener);
    return this;
  }
}

let nextWebContentsId = 1;

export class FakeWebContents extends Emitter {
  readonly id = nextWebContentsId++;
  readonly sent: unknown[][] = [];
  windowOpenHandler: Listener | undefined;
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  isDestroyed(): boolean {
    return false;
  }
}

export interface ElectronRecord {
  /** `app.*` and other top-level calls, in order. */
  calls: string[];
  app: Emitter;
  privilegedSchemes: unknown[];
  windows: FakeWindow[];
  ipcHandlers: Map<string, Listener>;
  sessions: Map<string, FakeSession>;
  errorBoxes: [string, string][];
  exitCodes: number[];
  quits: number;
}

export class FakeWindow extends Emitter {
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  constructor(readonly options: Record<string, unknown>) {
    super();
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
}

export interface StandInOptions {
  userData: string;
  /** What requestSingleInstanceLock answers; true unless another instance is "running". */
  singleInstance?: boolean;
}

export interface StandIn {
  electron: Record<string, unknown>;
  record: ElectronRecord;
  /** Resolves app.whenReady(), as Electron does once it has started. */
  ready(): void;
}

export function createElectronStandIn(options: StandInOptions): StandIn {
  const calls: string[] = [];
  const app = new Emitter();
  const record: ElectronRecord = {
    calls,
    app,
    privilegedSchemes: [],
    windows: [],
    ipcHandlers: new Map(),
    sessions: new Map(),
    errorBoxes: [],
    exitCodes: [],
    quits: 0,
  };
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolveReady) => (markReady = resolveReady));
  const session = (key: string): FakeSession => {
    let found = record.sessions.get(key);
    if (found === undefined) {
      found = new FakeSession();
      record.sessions.set(key, found);
    }
    return found;
  };

  const appApi = tolerant(
    {
      isPackaged: false,
      enableSandbox: () => void calls.push('app.enableSandbox'),
      requestSingleInstanceLock: () => {
        calls.push('app.requestSingleInstanceLock');
        return options.singleInstance !== false;
      },
      whenReady: () => {
        calls.push('app.whenReady');
        return readyPromise;
      },
      getPath: (name: string) => {
        calls.push(`app.getPath ${name}`);
        if (name !== 'userData') throw new Error(`The stand-in knows only userData, not ${name}.`);
        return options.userData;
      },
      on: (event: string, listener: Listener) => {
        calls.push(`app.on ${event}`);
        app.on(event, listener);
        return appApi;
      },
      quit: () => {
        calls.push('app.quit');
        record.quits++;
      },
      exit: (code = 0) => {
        calls.push(`app.exit ${code}`);
        record.exitCodes.push(code);
      },
    },
    'app',
    calls,
  );

  class BrowserWindow extends FakeWindow {
    constructor(windowOptions: Record<string, unknown>) {
      super(windowOptions);
      calls.push('new BrowserWindow');
      record.windows.push(this);
    }
    static getAllWindows(): FakeWindow[] {
      return record.windows;
    }
  }

  const electron = {
    app: appApi,
    BrowserWindow,
    protocol: tolerant(
      {
        registerSchemesAsPrivileged: (schemes: unknown[]) => {
          calls.push('protocol.registerSchemesAsPrivileged');
          record.privilegedSchemes.push(...schemes);
        },
      },
      'protocol',
      calls,
    ),
    session: {
      fromPartition: (partition: string) => session(partition),
      get defaultSession() {
        return session('(default)');
      },
    },
    ipcMain: tolerant(
      {
        handle: (channel: string, handler: Listener) => void record.ipcHandlers.set(channel, handler),
        removeHandler: (channel: string) => void record.ipcHandlers.delete(channel),
      },
      'ipcMain',
      calls,
    ),
    dialog: tolerant(
      {
        showErrorBox: (title: string, content: string) => void record.errorBoxes.push([title, content]),
        showMessageBox: () => Promise.resolve({ response: 0 }),
      },
      'dialog',
      calls,
    ),
    powerMonitor: tolerant(Object.assign(new Emitter(), { getSystemIdleTime: () => 0 }), 'powerMonitor', calls),
    shell: tolerant({ openExternal: () => Promise.resolve() }, 'shell', calls),
  };
  return { electron, record, ready: () => markReady() };
}

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Load };

export interface LoadOptions {
  /** Module names whose require throws, as an unbuilt native addon does. */
  broken?: readonly string[];
}

/**
 * Loads the built main bundle with `electron` answered by the stand-in; returns the function that
 * removes the require hook (keep it until the test ends: main loads the driver lazily). A fresh
 * copy each time: the bundle's modules are dropped from the require cache first.
 */
export function loadBuiltMain(bundle: string, standIn: StandIn, options: LoadOptions = {}): () => void {
  const outDir = resolve(bundle, '..');
  for (const id of Object.keys(require.cache)) if (id.startsWith(outDir)) delete require.cache[id];
  const original = moduleInternals._load;
  moduleInternals._load = function (this: unknown, request, parent, isMain) {
    if (request === 'electron') return standIn.electron;
    if (options.broken?.includes(request)) throw new Error(`Could not locate the bindings file for ${request}.`);
    return original.call(this, request, parent, isMain);
  };
  const restore = (): void => {
    moduleInternals._load = original;
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle is CommonJS and must load through the hooked require
    require(bundle);
  } catch (error) {
    restore();
    throw error;
  }
  return restore;
}
