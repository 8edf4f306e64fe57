import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { snapshotFiles, tempFolder } from '../helpers/temp';
import { memoryIo, PASSPHRASE } from './helpers';

describe('casekeep CLI', () => {
  it('init, status and passwd work from environment variables with --json', async () => {
    const vault = join(await tempFolder(), 'vault');
    const status0 = memoryIo();
    expect(await runCli(['status', '--vault', vault, '--json'], status0)).toBe(0);
    expect(JSON.parse(status0.out())).toEqual({ state: 'absent' });

    const init = memoryIo({ CASEKEEP_PASSPHRASE: PASSPHRASE });
    expect(await runCli(['init', '--vault', vault, '--json'], init)).toBe(0);
    const created = JSON.parse(init.out());
    expect(created.recoveryKey).toMatch(/^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/);

    const status1 = memoryIo();
    expect(await runCli(['status', '--vault', vault, '--json'], status1)).toBe(0);
    expect(JSON.parse(status1.out())).toEqual({ state: 'locked' });

    const passwd = memoryIo({ CASEKEEP_PASSPHRASE: PASSPHRASE, CASEKEEP_NEW_PASSPHRASE: 'second passphrase here' });
    expect(await runCli(['passwd', '--vault', vault], passwd)).toBe(0);
    expect(passwd.out()).toContain('Passphrase changed.');

    const wrong = memoryIo({ CASEKEEP_PASSPHRASE: PASSPHRASE, CASEKEEP_NEW_PASSPHRASE: 'third passphrase here' });
    const before = await snapshotFiles(vault);
    expect(await runCli(['passwd', '--vault', vault], wrong)).toBe(1);
    expect(wrong.err()).toBe('casekeep: WRONG_PASSPHRASE: The passphrase is wrong.\n');
    expect(await snapshotFiles(vault)).toEqual(before);
  });

  it('reads passphrases from a pipe when no variable is set, and checks the repeat', async () => {
    const vault = join(await tempFolder(), 'vault');
    const mismatch = memoryIo({}, 'first passphrase one\nsecond passphrase two\n');
    expect(await runCli(['init', '--vault', vault], mismatch)).toBe(1);
    expect(mismatch.err()).toContain('VALIDATION_FAILED: The two passphrases differ.');
    const piped = memoryIo({}, `${PASSPHRASE}\n${PASSPHRASE}\n`);
    expect(await runCli(['init', '--vault', vault], piped)).toBe(0);
    expect(piped.out()).toContain('Recovery key');
  });

  it('answers bad usage with exit code 2 and one clear line', async () => {
    for (const argv of [[], ['explode', '--vault', '/tmp/x'], ['status'], ['status', '--vault'], ['status', '--vault', '/tmp/x', '--colour']]) {
      const io = memoryIo();
      expect(await runCli(argv, io)).toBe(2);
      expect(io.err().split('\n')[0]).toMatch(/^casekeep: USAGE: /);
    }
    const tooShort = memoryIo({ CASEKEEP_PASSPHRASE: 'short' });
    expect(await runCli(['init', '--vault', join(await tempFolder(), 'v'), '--json'], tooShort)).toBe(1);
    expect(JSON.parse(tooShort.err()).error.code).toBe('VALIDATION_FAILED');
  });

  it('runs as a real process with exit codes and stderr', async () => {
    const vault = join(await tempFolder(), 'vault');
    const run = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
        env: { ...process.env, ...env },
        encoding: 'utf8',
        input: '',
      });
    const missing = run(['status', '--vault', vault, '--json']);
    expect(missing.status).toBe(0);
    expect(JSON.parse(missing.stdout)).toEqual({ state: 'absent' });
    const noPassphrase = run(['init', '--vault', vault]);
    expect(noPassphrase.status).toBe(1);
    expect(noPassphrase.stderr.trim().split('\n').at(-1)).toMatch(/^casekeep: /);
  });
});
