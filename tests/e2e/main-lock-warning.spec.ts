import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type CasekeepEvent } from '../../src/shared/bridge';
import { createElectronStandIn, loadBuiltMain, type FakeWindow } from './electron-stand-in';

/*
 * docs/security.md S18 and S25 in the BUILT main bundle against the stand-in electron (see
 * main-bundle.spec.ts): before a lock it starts, main warns the page so it can save its drafts,
 * locks as soon as the page answers with vault.lock, and locks anyway when it never does.
 */
const MAIN_BUNDLE = join(resolve(__dirname, '../../out'), 'main/index.js');
const PASSPHRASE = 'steppe river lantern orchard';

type Answer = { ok: boolean; value?: unknown; error?: { code: string } };

test('main warns the page before sleep, screen lock and close, and never waits for it for long', async () => {
  const userData = await mkdtemp(join(tmpdir(), 'casekeep-lock-warning-'));
  const standIn = createElectronStandIn({ userData });
  const restore = loadBuiltMain(MAIN_BUNDLE, standIn);
  try {
    standIn.ready();
    await expect.poll(() => standIn.record.windows.length).toBe(1);
    const window = standIn.record.windows[0] as FakeWindow;
    const invoke = standIn.record.ipcHandlers.get(INVOKE_CHANNEL) as (...args: unknown[]) => Promise<Answer>;
    const event = { sender: { id: window.webContents.id }, senderFrame: { url: 'app://casekeep/index.html', parent: null }, frameId: 1, processId: 1 };
    const call = (method: string, input: unknown) => invoke(event, method, input);
    const sent = (type: CasekeepEvent['type']) =>
      window.webContents.sent.filter(([channel, body]) => channel === EVENT_CHANNEL && (body as CasekeepEvent).type === type).map(([, body]) => body);
    const state = async () => ((await call('vault.status', {})).value as { state: string }).state;
    const monitor = standIn.electron.powerMonitor as { emit(name: string): void };

    expect(await call('vault.create', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });

    await test.step('a page that answers: warned, still open while it saves, locked once it calls vault.lock', async () => {
      monitor.emit('suspend');
      await expect.poll(() => sent('locking')).toEqual([{ type: 'locking', reason: 'suspend' }]);
      expect(await state()).toBe('unlocked');
      expect(await call('drafts.save', { kind: 'person', data: { notes: 'the last words typed' } })).toMatchObject({ ok: true });
      expect(sent('locked')).toEqual([]);
      await call('vault.lock', {});
      await expect.poll(() => sent('locked')).toEqual([{ type: 'locked', reason: 'suspend' }]);
    });

    await test.step('a page that never answers is locked all the same', async () => {
      expect(await call('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
      monitor.emit('lock-screen');
      await expect.poll(() => sent('locking')).toHaveLength(2);
      await expect.poll(state, { timeout: 10_000 }).toBe('locked');
      await expect.poll(() => sent('locked')).toContainEqual({ type: 'locked', reason: 'lock-screen' });
      expect(await call('drafts.list', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    });

    await test.step('closing the window waits for the page to save, then closes', async () => {
      expect(await call('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
      let closes = 0;
      Object.assign(window, { close: () => (closes += 1) });
      let prevented = false;
      window.emit('close', { preventDefault: () => (prevented = true) });
      expect(prevented).toBe(true);
      await expect.poll(() => sent('locking').at(-1)).toEqual({ type: 'locking', reason: 'shutdown' });
      expect(closes).toBe(0);
      await call('vault.lock', {});
      await expect.poll(() => closes).toBe(1);
    });
  } finally {
    restore();
    await rm(userData, { recursive: true, force: true });
  }
});
