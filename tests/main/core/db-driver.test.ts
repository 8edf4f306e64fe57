import { spawn } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRIVER_PACKAGE, loadDriver, loadDriverModule, sqlite3 } from '../../../src/main/core/db/driver';
import { AppError } from '../../../src/shared/errors';
import { tempFolder } from '../../helpers/temp';

const REPO = resolve(__dirname, '../../..');

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('the native driver is loaded lazily and a missing one is a clear error', () => {
  it('reports a driver module that does not exist as AppError, with the command that fixes it', () => {
    const error = caught(() => loadDriverModule('casekeep-no-such-driver'));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toData()).toEqual({
      code: 'INTERNAL',
      message: 'The database driver is not built: run `npm rebuild casekeep-no-such-driver`.',
      details: { driver: 'casekeep-no-such-driver' },
    });
  });

  it('reports a driver whose native addon was never compiled the same way, without its paths', async () => {
    const folder = await tempFolder('casekeep-driver-');
    // What `bindings` throws when `npm ci` skipped the install script.
    await writeFile(join(folder, 'index.js'), `throw new Error('Could not locate the bindings file. Tried: ${folder}/build/node_sqlite3.node');`);
    const error = caught(() => loadDriverModule(join(folder, 'index.js')));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/^The database driver is not built: run `npm rebuild /);
    expect((error as AppError).message).not.toContain('bindings');
  });

  it('loads the real driver on first use, through the name database.ts uses', () => {
    expect(DRIVER_PACKAGE).toBe('@journeyapps/sqlcipher');
    expect(typeof sqlite3.OPEN_READWRITE).toBe('number');
    expect(sqlite3.Database).toBe(loadDriver().Database);
  });
});

// Makes every require of the driver fail as an unbuilt addon does; loaded with --require.
const UNBUILT_DRIVER_HOOK = `
const Module = require('node:module');
const original = Module._load;
Module._load = function (request, ...rest) {
  if (request === '${DRIVER_PACKAGE}') throw new Error('Could not locate the bindings file.');
  return original.call(this, request, ...rest);
};`;

function runCli(args: string[], hook: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, ['--require', hook, '--import', 'tsx', join(REPO, 'src/cli/main.ts'), ...args], {
      cwd: REPO,
      env: { ...process.env, CASEKEEP_PASSPHRASE: 'a passphrase for the driver test' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => done({ code, out, err }));
  });
}

describe('the CLI without a built driver', () => {
  it('says in one line what is wrong and how to fix it, and leaves no vault behind', async () => {
    const folder = await tempFolder('casekeep-driver-cli-');
    const hook = join(folder, 'unbuilt-driver.cjs');
    await writeFile(hook, UNBUILT_DRIVER_HOOK);
    const vault = join(folder, 'vault');
    await mkdir(vault);

    const run = await runCli(['init', '--vault', vault], hook);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toBe('casekeep: INTERNAL: The database driver is not built: run `npm rebuild @journeyapps/sqlcipher`.\n');
    expect(await readdir(vault)).toEqual([]);
  });
});
