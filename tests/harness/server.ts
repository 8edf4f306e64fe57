/*
 * The loopback test harness: serves the built renderer exactly as the app:// protocol does
 * (same allow-list, same CSP), runs the BUILT preload in the page inside an emulation of
 * Electron's sandbox (preload-script.ts), and answers its IPC calls over HTTP with a real
 * CasekeepService, so Playwright can drive the real UI in a stock Chromium. Test tooling only:
 * nothing here is part of the app.
 *
 * Run by hand: `node --import tsx tests/harness/server.ts [--vault FOLDER]` after `npm run build`.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { LockReason } from '../../src/shared/bridge';
import type { Result } from '../../src/shared/errors';
import { CasekeepService } from '../../src/main/core/service/service';
import { APP_CSP, findAppFile } from '../../src/main/electron/app-protocol';
import { startAutoLock } from '../../src/main/core/auto-lock/auto-lock';
import { withIdleLimitSync } from '../../src/main/core/auto-lock/idle-limit-sync';
import { createLockWarning } from '../../src/main/electron/lock-warning';
import { EventStream } from './event-stream';
import { preloadScript } from './preload-script';
import { SimulatedPowerMonitor, type PowerEvent } from './simulated-power-monitor';
import { decodeWire, encodeWire } from './wire-format';

const REPO_ROOT = resolve(__dirname, '../..');
const DEFAULT_RENDERER_ROOT = join(REPO_ROOT, 'out/renderer');
const DEFAULT_PRELOAD_PATH = join(REPO_ROOT, 'out/preload/index.js');
const PRELOAD_URL_PATH = '/harness-preload.js';
const TOKEN_HEADER = 'x-casekeep-token';
const MAX_BODY_BYTES = 32 * 1024 * 1024;
const POWER_EVENTS: readonly PowerEvent[] = ['suspend', 'lock-screen', 'shutdown'];

export interface HarnessOptions {
  /** The vault folder; a fresh temporary folder (removed on close) when omitted. */
  vaultFolder?: string;
  /**
   * The preferences file (the interface language, outside the vault); by default one in a
   * temporary folder of the harness's own, kept for the harness's life like the app's own.
   */
  preferencesFile?: string;
  /** The built renderer; `out/renderer` by default. */
  rendererRoot?: string;
  /** The built preload bundle; `out/preload/index.js` by default. */
  preloadPath?: string;
  /** How often auto-lock looks at the simulated idle time. */
  idlePollMs?: number;
}

export interface Harness {
  /** The page to open: `http://127.0.0.1:PORT/`. */
  url: string;
  origin: string;
  token: string;
  vaultFolder: string;
  service: CasekeepService;
  /**
   * Where `attachments.saveCopy` wrote, in order: the harness's stand-in for the save dialog
   * answers with a fresh path in its own temporary folder, so a spec can read the bytes back.
   */
  savedCopies: readonly string[];
  /**
   * The file the harness's stand-in for the open dialog answers with next (imports); null, the
   * default, answers as a cancelled dialog. Each answer is recorded in `openedFiles`.
   */
  setFileToOpen(path: string | null): void;
  openedFiles: readonly string[];
  /**
   * The folder the harness's stand-in for the folder dialog answers with (backups): by default a
   * fresh temporary folder of its own; null answers as a cancelled dialog.
   */
  setBackupFolder(path: string | null): void;
  backupFolder(): string | null;
  /** Test-only (S25): pretend the system has been idle this long; auto-lock polls it. */
  simulateIdle(seconds: number): void;
  /** Test-only (S25): pretend the operating system reported suspend, screen lock or shutdown. */
  simulatePowerEvent(event: PowerEvent): void;
  /** Resolves once the page has subscribed to events. */
  waitForEventListener(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function baseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': APP_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer, head = false): void {
  response.writeHead(status, baseHeaders(contentType));
  response.end(head ? undefined : body);
}

function sendResult(response: ServerResponse, status: number, result: Result<unknown>): void {
  send(response, status, 'application/json; charset=utf-8', encodeWire(result));
}

function sameToken(given: string | undefined | null, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RequestError(413, 'Request body too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJsonObject(request: IncomingMessage): Promise<Record<string, unknown>> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new RequestError(415, 'Send JSON.');
  }
  let parsed: unknown;
  try {
    parsed = decodeWire(await readBody(request));
  } catch (error) {
    if (error instanceof RequestError) throw error;
    throw new RequestError(400, 'The body is not JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new RequestError(400, 'The body is not a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

/** What the harness logs of an error: its name and code, never a message or stack that may quote case text (S16). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name} ${code}` : error.name;
}

function injectPreload(html: string, token: string): string {
  // External, so the CSP's `script-src 'self'` holds; a classic script, it runs before the
  // deferred module script, as Electron runs the preload before the page.
  const tag = `<script src="${PRELOAD_URL_PATH}?token=${token}"></script>`;
  if (!html.includes('</head>')) throw new Error('The built index.html has no </head>.');
  return html.replace('</head>', `${tag}\n</head>`);
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const rendererRoot = options.rendererRoot ?? DEFAULT_RENDERER_ROOT;
  const preloadPath = options.preloadPath ?? DEFAULT_PRELOAD_PATH;
  const indexPath = await realpath(join(rendererRoot, 'index.html')).catch(() => {
    throw new Error(`No built renderer at ${rendererRoot}: run \`npm run build\` first.`);
  });
  const ownFolder = options.vaultFolder === undefined;
  const vaultFolder = options.vaultFolder ?? (await mkdtemp(join(tmpdir(), 'casekeep-harness-')));
  const token = randomBytes(32).toString('hex');
  const events = new EventStream();
  const monitor = new SimulatedPowerMonitor();

  const savesFolder = await mkdtemp(join(tmpdir(), 'casekeep-harness-saves-'));
  const preferencesFolder = await mkdtemp(join(tmpdir(), 'casekeep-harness-preferences-'));
  const preferencesFile = options.preferencesFile ?? join(preferencesFolder, 'preferences.json');
  const savedCopies: string[] = [];
  let fileToOpen: string | null = null;
  const openedFiles: string[] = [];
  const backupsFolder = await mkdtemp(join(tmpdir(), 'casekeep-harness-backups-'));
  let backupFolder: string | null = backupsFolder;
  const service = new CasekeepService({
    chooseOpenPath: async () => {
      if (fileToOpen !== null) openedFiles.push(fileToOpen);
      return fileToOpen;
    },
    chooseFolder: async () => backupFolder,
    folder: vaultFolder,
    preferencesFile,
    chooseSavePath: async (suggestedName) => {
      const path = join(savesFolder, `${savedCopies.length + 1}-${basename(suggestedName)}`);
      savedCopies.push(path);
      return { path, overwrite: false };
    },
    onProgress: (event) => events.send({ type: 'progress', ...event }),
    onDamaged: (pages) => events.send({ type: 'damaged', pages }),
    onInternalError: (error) => console.error('harness: internal error', describeError(error)),
  });

  // The same sequence as main's lockAndTell: lock first, then tell the page.
  async function lockAndTell(reason: LockReason): Promise<void> {
    await service.lock();
    events.send({ type: 'locked', reason });
  }

  // As in main: the page gets a bounded moment to save its drafts before a lock it did not ask for.
  const lockWarning = createLockWarning((event) => events.send(event));
  const autoLock = startAutoLock({
    monitor,
    isUnlocked: () => service.isUnlocked,
    lock: lockAndTell,
    warn: lockWarning.warn,
    pollMs: options.idlePollMs ?? 100,
  });
  // As in main: the idle limit follows the one saved in the vault; the page's vault.lock answers a warning.
  const invoker = lockWarning.wrap(withIdleLimitSync(service, autoLock));

  let origin = '';
  let host = '';

  async function serveStatic(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    if (pathname === PRELOAD_URL_PATH) {
      // Read at each request: the page always runs the preload that the last build wrote.
      return send(response, 200, 'text/javascript; charset=utf-8', await preloadScript(preloadPath), head);
    }
    const file = await findAppFile(rendererRoot, pathname);
    if (file === null) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    if (file.path === indexPath) {
      return send(response, 200, file.contentType, injectPreload(await readFile(file.path, 'utf8'), token), head);
    }
    return send(response, 200, file.contentType, await readFile(file.path), head);
  }

  async function serveApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    // A page elsewhere in the browser may POST here; its Origin gives it away.
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) throw new RequestError(403, 'Foreign origin.');

    if (url.pathname === '/api/events' && request.method === 'GET') {
      // EventSource cannot send headers, so this one route takes the token in the query.
      if (!sameToken(url.searchParams.get('token'), token)) throw new RequestError(403, 'Bad token.');
      return events.attach(response, baseHeaders('text/event-stream; charset=utf-8'));
    }
    if (!sameToken(request.headers[TOKEN_HEADER] as string | undefined, token)) throw new RequestError(403, 'Bad token.');
    if (request.method !== 'POST') throw new RequestError(405, 'Method not allowed.');

    if (url.pathname === '/api/invoke') {
      const { method, input } = await readJsonObject(request);
      monitor.userActed();
      // As main's IPC entry point: the service checks the name, the lock and the input schema.
      return sendResult(response, 200, await invoker.invoke(method, input));
    }
    // Test-only hooks for S25; the app has no such door.
    if (url.pathname === '/api/test/idle') {
      const { seconds } = await readJsonObject(request);
      if (typeof seconds !== 'number') throw new RequestError(400, 'Send { seconds }.');
      monitor.setIdleSeconds(seconds);
      return send(response, 204, 'text/plain; charset=utf-8', '');
    }
    if (url.pathname === '/api/test/power') {
      const { event } = await readJsonObject(request);
      if (!POWER_EVENTS.includes(event as PowerEvent)) throw new RequestError(400, 'Send { event }.');
      monitor.fire(event as PowerEvent);
      return send(response, 204, 'text/plain; charset=utf-8', '');
    }
    if (url.pathname === '/api/test/wait-for-listener') {
      await events.waitForListener();
      return send(response, 204, 'text/plain; charset=utf-8', '');
    }
    throw new RequestError(404, 'Not found.');
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      // DNS rebinding: a page that reaches this port under another name is refused.
      if (request.headers.host !== host) throw new RequestError(421, 'Wrong host.');
      const url = new URL(request.url ?? '/', origin);
      if (url.pathname.startsWith('/api/')) await serveApi(request, response, url);
      else await serveStatic(request, response, url.pathname);
    } catch (error) {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      const status = error instanceof RequestError ? error.status : 500;
      const message = error instanceof RequestError ? error.message : 'Harness failure.';
      if (!(error instanceof RequestError)) console.error('harness:', describeError(error));
      sendResult(response, status, { ok: false, error: { code: status === 403 ? 'FORBIDDEN' : 'INTERNAL', message } });
    }
  }

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;
  origin = `http://${host}`;

  let closed = false;
  return {
    url: `${origin}/`,
    origin,
    token,
    vaultFolder,
    service,
    savedCopies,
    setFileToOpen: (path) => {
      fileToOpen = path;
    },
    openedFiles,
    setBackupFolder: (path) => {
      backupFolder = path;
    },
    backupFolder: () => backupFolder,
    simulateIdle: (seconds) => monitor.setIdleSeconds(seconds),
    simulatePowerEvent: (event) => monitor.fire(event),
    waitForEventListener: (timeoutMs) => events.waitForListener(timeoutMs),
    async close() {
      if (closed) return;
      closed = true;
      autoLock.stop();
      events.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      await service.lock().catch(() => undefined);
      if (ownFolder) await rm(vaultFolder, { recursive: true, force: true });
      await rm(savesFolder, { recursive: true, force: true });
      await rm(preferencesFolder, { recursive: true, force: true });
      await rm(backupsFolder, { recursive: true, force: true });
    },
  };
}

function parseArgs(argv: readonly string[]): HarnessOptions {
  const options: HarnessOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--vault' && value !== undefined) {
      options.vaultFolder = resolve(value);
      i++;
    } else if (argv[i] === '--renderer' && value !== undefined) {
      options.rendererRoot = resolve(value);
      i++;
    } else {
      throw new Error(`Unknown argument: ${argv[i]}. Use --vault FOLDER or --renderer FOLDER.`);
    }
  }
  return options;
}

async function runFromCommandLine(): Promise<void> {
  const harness = await startHarness(parseArgs(process.argv.slice(2)));
  console.log(`Casekeep harness: ${harness.url}`);
  console.log(`Vault folder: ${harness.vaultFolder}`);
  console.log(`Test hooks: POST ${harness.origin}/api/test/idle {"seconds":600} or /api/test/power {"event":"lock-screen"}`);
  console.log(`  with header ${TOKEN_HEADER}: ${harness.token}`);
  const stop = (): void => {
    harness.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  runFromCommandLine().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
