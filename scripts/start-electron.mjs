#!/usr/bin/env node
/*
 * `npm start` and `npm run dev` come here before electron-vite: electron-vite only reads
 * node_modules/electron/path.txt, which exists once Electron's binary has been downloaded, and
 * otherwise dies with "Error: Electron uninstall". This launcher fetches the binary with
 * Electron's own install script (under a time limit) and, where that cannot happen (no network),
 * says so in one sentence and names what works without the window.
 *
 * Usage: node scripts/start-electron.mjs preview|dev [electron-vite arguments…]
 * Plain Node on purpose: it must run before anything is built.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');
const ELECTRON_VITE = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const MODES = new Set(['preview', 'dev']);
// A real download is about 100 MB; without a network the install script fails in well under this.
const DEFAULT_INSTALL_LIMIT_MS = 180_000;

function installLimitMs() {
  const given = Number(process.env.CASEKEEP_ELECTRON_INSTALL_LIMIT_MS);
  return Number.isInteger(given) && given > 0 ? given : DEFAULT_INSTALL_LIMIT_MS;
}

/** The executable Electron's path.txt names, if that file and the executable are both there. */
function installedElectron() {
  if (process.env.ELECTRON_EXEC_PATH) return process.env.ELECTRON_EXEC_PATH;
  try {
    const executable = join(ELECTRON_DIR, 'dist', readFileSync(join(ELECTRON_DIR, 'path.txt'), 'utf8').trim());
    return existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

/** Runs Electron's install script; resolves with null on success or a short reason. */
function installElectron(limitMs) {
  const script = join(ELECTRON_DIR, 'install.js');
  if (!existsSync(script)) return Promise.resolve('the electron package is not installed');
  console.log('Casekeep: downloading Electron’s binary (once)…');
  return new Promise((resolve) => {
    // Its own output is a stack trace when offline; the sentence below says what matters.
    const child = spawn(process.execPath, [script], { cwd: ELECTRON_DIR, stdio: 'ignore' });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(`the download did not finish within ${Math.round(limitMs / 1000)} s`);
    }, limitMs);
    child.once('error', () => {
      clearTimeout(timer);
      resolve('its install script could not be run');
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(null);
      else resolve(signal ? `its install script was stopped by ${signal}` : `its install script exited with code ${code}`);
    });
  });
}

function runElectronVite(mode, args) {
  const child = spawn(process.execPath, [ELECTRON_VITE, mode, ...args], { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.once('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}

async function main() {
  const [mode, ...args] = process.argv.slice(2);
  if (!MODES.has(mode)) {
    console.error('Usage: node scripts/start-electron.mjs preview|dev [electron-vite arguments].');
    process.exit(2);
  }
  if (installedElectron() === null) {
    const failure = await installElectron(installLimitMs());
    if (failure !== null || installedElectron() === null) {
      const why = failure ?? 'its install script left no executable behind';
      console.error(
        `Casekeep's window cannot start because Electron's binary is missing and could not be downloaded (${why}); ` +
          'without it, the command line (`npm run build`, then `npx casekeep …`) and the tests (`npm test`) still work.',
      );
      process.exit(1);
    }
  }
  runElectronVite(mode, args);
}

await main();
