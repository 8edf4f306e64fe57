import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'stream', 'util', 'net', 'http', 'https'];

const noSyncIpc = { selector: "CallExpression[callee.property.name='sendSync']", message: 'No synchronous IPC.' };

/** Only src/main/core/crypto may reach the cryptography libraries; everything else calls it. */
const cryptoOnlyThere = 'Cryptography lives in src/main/core/crypto: call its helpers (envelope, hash, random, signing, age) instead.';
const cryptoModule = '/^(libsodium.*|node:crypto|crypto)$/';

/** tools/ (the seed generator) is for the CLI's seed command, the bench and tests: never the app. */
const noTools = ['**/tools/**'];
const rendererForbidden = [...nodeBuiltins, 'electron', '@journeyapps/*', 'libsodium*', '**/main/**', '**/preload/**', '**/cli/**', ...noTools];
const rendererMessage = 'The renderer talks only to the contract through its API client.';
const cliForbidden = ['electron', '**/renderer/**', '**/preload/**', '**/main/electron/**'];

/** Import zones from DESIGN.md: imports point down only; a wrong one fails lint. */
const zone = (files, patterns, message, ...more) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }, ...more] }],
  },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noSyncIpc],
    },
  },
  zone(['src/shared/**'], [...nodeBuiltins, 'electron', 'react', 'react-dom', '**/main/**', '**/renderer/**', '**/preload/**', '@journeyapps/*', ...noTools], 'src/shared runs anywhere: no Node, Electron, React or other layers.'),
  zone(['src/renderer/**'], rendererForbidden, rendererMessage),
  // A later zone for the same files replaces the renderer's options, so these repeat its patterns.
  zone(['src/renderer/src/features/**', 'src/renderer/src/components/**'], rendererForbidden, rendererMessage, {
    group: ['**/workspace/**'],
    message: 'The workspace imports the features, not the other way round: routes, leave guards and pending saves live in src/renderer/src/navigation.',
  }),
  zone(['src/renderer/src/navigation/**'], rendererForbidden, rendererMessage, {
    group: ['**/workspace/**', '**/features/**'],
    message: 'Navigation sits below the workspace and the features: it imports neither.',
  }),
  zone(['src/main/core/**'], ['electron', '**/electron/**', '**/renderer/**', '**/preload/**', '**/cli/**', ...noTools], 'The core runs in plain Node: never Electron, never the UI, never tools/.'),
  zone(['src/main/electron/**'], noTools, 'The app never ships the developer tools in tools/.'),
  zone(['src/cli/**'], [...cliForbidden, ...noTools], 'The CLI uses the core through the contract; only its seed command reaches tools/.'),
  // Only the seed command may reach tools/seed; the bench and tests have no zone.
  zone(['src/cli/commands/seed.ts'], cliForbidden, 'The CLI uses the core through the contract.'),
  zone(['src/preload/**'], ['**/main/**', '**/renderer/**', '@journeyapps/*', 'zod', '**/shared/api', '**/shared/api/**', '**/zod-jitless', ...nodeBuiltins, ...noTools], 'The preload only forwards contract calls: a sandboxed preload can require nothing but electron (docs/security.md S34).'),
  zone(['tools/**'], ['electron', '**/main/electron/**', '**/renderer/**', '**/preload/**', '**/cli/**'], 'Tools use the core and shared, never Electron, the UI or the CLI.'),
  {
    // A separate rule name from the zones' no-restricted-imports, so neither replaces the other.
    files: ['src/**', 'tools/**'],
    ignores: ['src/main/core/crypto/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          // Exact names: a pattern "crypto" would also match this folder's own path, ../crypto/….
          paths: ['node:crypto', 'crypto'].map((name) => ({ name, message: cryptoOnlyThere })),
          patterns: [{ regex: '^libsodium', message: cryptoOnlyThere }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        noSyncIpc,
        { selector: `ImportExpression[source.value=${cryptoModule}]`, message: cryptoOnlyThere },
        { selector: `CallExpression[callee.name='require'][arguments.0.value=${cryptoModule}]`, message: cryptoOnlyThere },
        { selector: `CallExpression[callee.property.name='resolve'][arguments.0.value=${cryptoModule}]`, message: cryptoOnlyThere },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/main/electron/ipc.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'ipcMain', message: 'Only src/main/electron/ipc.ts talks to ipcMain.' }],
    },
  },
  {
    files: ['**/*.cjs', '**/*.js', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
  },
);
