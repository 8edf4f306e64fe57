import { spawn } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp';

/*
 * `npm start` goes through scripts/start-electron.mjs. Each test copies the launcher into a
 * temporary project whose node_modules holds a stand-in Electron install script and a stand-in
 * electron-vite, so no test touches the network or the real node_modules/electron.
 */
const LAUNCHER = resolve(__dirname, '../../scripts/start-electron.mjs');

// Prints its arguments, so a test can see that the launcher handed over to electron-vite.
const FAKE_ELECTRON_VITE = `console.log('electron-vite ' + JSON.stringify(process.argv.slice(2)));`;

const INSTALLS = {
  fails: `console.error('Error: getaddrinfo ENOTFOUND github.com\\n    at a stack trace'); process.exit(1);`,
  hangs: `setInterval(() => undefined, 1000);`,
  succeeds: `
    const { mkdirSync, writeFileSync } = require('node:fs');
    mkdirSync('dist', { recursive: true });
    writeFileSync('dist/electron', '');
    writeFileSync('path.txt', 'electron');`,
  leavesNothing: `process.exit(0);`,
} as const;

async function project(install: keyof typeof INSTALLS | null): Promise<string> {
  const root = await tempFolder('casekeep-launcher-');
  await mkdir(join(root, 'scripts'));
  await copyFile(LAUNCHER, join(root, 'scripts/start-electron.mjs'));
  await mkdir(join(root, 'node_modules/electron-vite/bin'), { recursive: true });
  await writeFile(join(root, 'node_modules/electron-vite/bin/electron-vite.js'), FAKE_ELECTRON_VITE);
  if (install !== null) {
    await mkdir(join(root, 'node_modules/electron'), { recursive: true });
    await writeFile(join(root, 'node_modules/electron/install.js'), INSTALLS[install]);
  }
  return root;
}

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function launch(root: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
    delete environment.ELECTRON_EXEC_PATH;
    const child = spawn(process.execPath, [join(root, 'scripts/start-electron.mjs'), ...args], { env: environment });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolveRun({ code, out, err }));
  });
}

function expectOneSentence(err: string, reason: RegExp): void {
  const lines = err.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  const [line] = lines as [string];
  expect(line).toMatch(/^Casekeep's window cannot start because Electron's binary is missing and could not be downloaded \(/);
  expect(line).toMatch(reason);
  expect(line).toContain('`npx casekeep …`');
  expect(line).toContain('`npm test`');
  expect(line).toMatch(/still work\.$/);
  // The install script's own noise (a stack trace) stays out of it.
  expect(line).not.toMatch(/ENOTFOUND|stack/);
}

describe('npm start without Electron’s binary', () => {
  it('exits 1 with one sentence when the download fails, and never reaches electron-vite', async () => {
    const run = await launch(await project('fails'), ['preview']);
    expect(run.code).toBe(1);
    expectOneSentence(run.err, /\(its install script exited with code 1\)/);
    expect(run.out).not.toContain('electron-vite');
  });

  it('stops a download that does not finish within the time limit', async () => {
    const run = await launch(await project('hangs'), ['dev'], { CASEKEEP_ELECTRON_INSTALL_LIMIT_MS: '300' });
    expect(run.code).toBe(1);
    expectOneSentence(run.err, /\(the download did not finish within 0 s\)/);
  });

  it('says so when the electron package itself is missing', async () => {
    const run = await launch(await project(null), ['preview']);
    expect(run.code).toBe(1);
    expectOneSentence(run.err, /\(the electron package is not installed\)/);
  });

  it('does not trust an install script that succeeds without leaving an executable', async () => {
    const run = await launch(await project('leavesNothing'), ['preview']);
    expect(run.code).toBe(1);
    expectOneSentence(run.err, /\(its install script left no executable behind\)/);
  });
});

describe('npm start with Electron’s binary', () => {
  it('downloads once, then hands the mode and arguments to electron-vite', async () => {
    const root = await project('succeeds');
    const first = await launch(root, ['preview', '--skipBuild']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('electron-vite ["preview","--skipBuild"]');
    expect(first.out).toContain('downloading');

    // path.txt is there now: no second download.
    const second = await launch(root, ['dev']);
    expect(second.code).toBe(0);
    expect(second.out.trim()).toBe('electron-vite ["dev"]');
  });

  it('refuses an unknown mode with exit code 2', async () => {
    const run = await launch(await project('succeeds'), ['build']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^Usage: /);
  });
});
