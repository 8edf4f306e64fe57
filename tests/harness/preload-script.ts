import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../src/shared/bridge';

/*
 * The script the harness adds to index.html in place of Electron's preload: the emulation of
 * Electron's sandbox (preload-sandbox.js) and the BUILT preload bundle, wrapped in a function as
 * Electron wraps a sandboxed preload. Generated at request time from the files on disk, so the page
 * runs whatever `npm run build` produced, and served as a same-origin file: the CSP
 * (`script-src 'self'`, no eval) holds, and nothing in the page evaluates strings.
 */
const SANDBOX_PATH = join(__dirname, 'preload-sandbox.js');

// The parameters of Electron's wrapper for sandboxed preloads; `require` is the sandboxed one.
const WRAPPER_PARAMETERS = ['require', 'module', 'exports', 'process', 'global', 'setImmediate', 'clearImmediate'] as const;

export async function preloadScript(bundlePath: string): Promise<string> {
  const [sandbox, bundle] = await Promise.all([
    readFile(SANDBOX_PATH, 'utf8'),
    readFile(bundlePath, 'utf8').catch(() => {
      throw new Error(`No built preload at ${bundlePath}: run \`npm run build\` first.`);
    }),
  ]);
  const channels = JSON.stringify({ invoke: INVOKE_CHANNEL, event: EVENT_CHANNEL });
  const args = WRAPPER_PARAMETERS.map((name) => `sandbox.${name}`).join(', ');
  return [
    '(() => {',
    sandbox,
    `const sandbox = createElectronSandbox(${channels});`,
    `(function (${WRAPPER_PARAMETERS.join(', ')}) {`,
    // A line of its own, so that a `//` comment at the end of the bundle cannot swallow the `}`.
    bundle,
    `\n}).call(undefined, ${args});`,
    '})();',
    '',
  ].join('\n');
}
