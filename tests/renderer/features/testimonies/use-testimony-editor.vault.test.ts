// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPageVault } from '../../../helpers/page-vault-bridge';

// Loaded after the bridge is in place: the page's API client takes `window.casekeep` when it loads.
const { useTestimonyEditor } = await import('../../../../src/renderer/src/features/testimonies/use-testimony-editor');
const { DRAFT_DEBOUNCE_MS } = await import('../../../../src/renderer/src/features/testimonies/draft-saver');
const { FORM_DRAFT_DEBOUNCE_MS } = await import('../../../../src/renderer/src/components/forms/form-draft-saver');
const { mayLeave } = await import('../../../../src/renderer/src/navigation/leave-guard');
const { saveAllPending } = await import('../../../../src/renderer/src/navigation/pending-saves');
type TestimonyRoute = import('../../../../src/renderer/src/features/testimonies/use-testimony-editor').TestimonyRoute;

let page: Awaited<ReturnType<typeof openPageVault>>;
let sourceId: string;

beforeAll(async () => {
  page = await openPageVault();
  sourceId = (await page.service.call('records.create', { kind: 'source', data: {} })).id;
});

beforeEach(() => {
  // Only the savers' timers: React's scheduler and the vault's own I/O keep real time.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  page.calls.length = 0;
});

afterEach(async () => {
  page.mend();
  cleanup();
  vi.useRealTimers();
  // What unmounting sent last reaches the vault before the next test starts.
  await page.idle();
});

/** Asks the screen's leave guards, as the workspace does before it changes route. */
function leave(proceed: () => void = () => undefined): boolean {
  let allowed = false;
  act(() => {
    allowed = mayLeave(proceed);
  });
  return allowed;
}

function open(route: TestimonyRoute = { name: 'testimony' }) {
  return renderHook((props: TestimonyRoute) => useTestimonyEditor(props), { initialProps: route });
}

/** Waits, in real time, for what the vault answers to reach the hook. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 10 });

async function stored(id: string) {
  return page.service.call('records.get', { id });
}

const creates = () => page.calls.filter((call) => call.method === 'testimonies.saveDraft' && !(call.input as { id?: string }).id);

describe('useTestimonyEditor keeps what was typed (docs/security.md S18)', () => {
  it('creates the draft once, after the pause in typing, and saves later typing into the same record', async () => {
    const { result } = open();
    act(() => result.current.edit({ transcript: 'Мен' }));
    act(() => result.current.edit({ transcript: 'Мен көрдім' }));
    await act(() => vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS - 1));
    // Nothing is written before the pause; the custom field definitions may already be read.
    expect(page.calls.filter((call) => call.method !== 'fields.list')).toEqual([]);
    expect(result.current.status.state).toBe('pending');
    await act(() => vi.advanceTimersByTimeAsync(1));
    await until(() => expect(result.current.status.state).toBe('saved'));
    const id = result.current.recordId!;
    expect(await stored(id)).toMatchObject({ draft: true, data: { transcript: 'Мен көрдім' } });

    act(() => result.current.edit({ place: 'Алматы' }));
    await act(() => vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS));
    await until(async () => expect((await stored(id)).data).toMatchObject({ transcript: 'Мен көрдім', place: 'Алматы' }));
    expect(creates()).toHaveLength(1);
    expect(result.current.recordId).toBe(id);
  });

  it('saves at once before a lock, without waiting for the pause', async () => {
    const { result } = open();
    act(() => result.current.edit({ transcript: 'the last words before the lock' }));
    await act(() => saveAllPending());
    expect(result.current.status.state).toBe('saved');
    expect((await stored(result.current.recordId!)).data).toMatchObject({ transcript: 'the last words before the lock' });
  });

  it('refuses to finish an incomplete testimony field by field, keeping the draft, and clears only the error of a field edited', async () => {
    const { result } = open();
    act(() => result.current.edit({ transcript: 'no source and no language yet' }));
    await act(() => result.current.finish());
    expect(result.current.formError).toBe('VALIDATION_FAILED');
    expect(Object.keys(result.current.errors).sort()).toEqual(['language', 'sourceId']);
    expect(result.current.focusError).toBe(1);
    expect(result.current.mode).toBe('draft');
    expect(await stored(result.current.recordId!)).toMatchObject({ draft: true, data: { transcript: 'no source and no language yet' } });

    act(() => result.current.edit({ language: 'kk' }));
    expect(Object.keys(result.current.errors)).toEqual(['sourceId']);
  });

  it('finishes a complete testimony into a final record and says so', async () => {
    const { result } = open();
    act(() => result.current.edit({ sourceId, language: 'kk', transcript: 'the whole account' }));
    await act(() => result.current.finish());
    expect(result.current.formError).toBeNull();
    expect(result.current).toMatchObject({ mode: 'final', finished: true, finalDirty: false, errors: {} });
    expect(await stored(result.current.recordId!)).toMatchObject({ draft: false, data: { sourceId, language: 'kk', transcript: 'the whole account' } });
    expect(leave()).toBe(true);
  });

  it('saves unsaved typing before leaving, and only then lets the move go on', async () => {
    const { result } = open();
    act(() => result.current.edit({ transcript: 'typed just before leaving' }));
    const proceed = vi.fn();
    expect(leave(proceed)).toBe(false);
    await until(() => expect(proceed).toHaveBeenCalledOnce());
    expect(result.current.leaving).toBeNull();
    expect((await stored(result.current.recordId!)).data).toMatchObject({ transcript: 'typed just before leaving' });
  });

  it('keeps the text when a save fails, says so, asks before leaving, and saves it once main answers again', async () => {
    const { result } = open();
    act(() => result.current.edit({ transcript: 'first words' }));
    await act(() => result.current.flushAll());
    const id = result.current.recordId!;
    page.cut();
    act(() => result.current.edit({ transcript: 'first words, and more that must not be lost' }));
    await act(() => vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS));
    await until(() => expect(result.current.status).toEqual({ state: 'failed', code: 'INTERNAL', retrying: true }));
    expect(result.current.form.transcript).toBe('first words, and more that must not be lost');

    const proceed = vi.fn();
    expect(leave(proceed)).toBe(false);
    await until(() => expect(result.current.leaving?.reasons).toEqual(['notSaved']));
    act(() => result.current.stay());
    expect(proceed).not.toHaveBeenCalled();

    page.mend();
    // The leave attempt failed once more: the next retry comes after the second, longer wait.
    await act(() => vi.advanceTimersByTimeAsync(2000));
    await until(() => expect(result.current.status.state).toBe('saved'));
    expect((await stored(id)).data).toMatchObject({ transcript: 'first words, and more that must not be lost' });
    expect(leave(proceed)).toBe(true);
  });

  it('asks before leaving edits of a finished testimony, and forgets their kept draft only when told to leave anyway', async () => {
    const { result } = open();
    act(() => result.current.edit({ sourceId, language: 'ru', transcript: 'finished text' }));
    await act(() => result.current.finish());
    const id = result.current.recordId!;
    act(() => result.current.edit({ summary: 'an edit after finishing' }));
    await act(() => vi.advanceTimersByTimeAsync(FORM_DRAFT_DEBOUNCE_MS));
    await until(async () => expect((await page.service.call('drafts.get', { recordId: id })).draft?.data).toMatchObject({ summary: 'an edit after finishing' }));

    const proceed = vi.fn();
    expect(leave(proceed)).toBe(false);
    expect(result.current.leaving?.reasons).toEqual(['finalEdits']);
    act(() => result.current.stay());
    expect(leave(proceed)).toBe(false);
    act(() => result.current.leaveAnyway());
    expect(proceed).toHaveBeenCalledOnce();
    await until(async () => expect((await page.service.call('drafts.get', { recordId: id })).draft).toBeNull());
    expect((await stored(id)).data).not.toHaveProperty('summary');
  });

  it('brings back a draft and the kept edit of a finished testimony when they are opened again', async () => {
    const first = open();
    act(() => first.result.current.edit({ transcript: 'a draft from yesterday' }));
    await act(() => first.result.current.flushAll());
    const draftId = first.result.current.recordId!;
    first.unmount();
    const again = open({ name: 'testimony', id: draftId });
    await until(() => expect(again.result.current.load.phase).toBe('ready'));
    expect(again.result.current).toMatchObject({ mode: 'draft', restoredFinal: false, form: { transcript: 'a draft from yesterday' } });
    again.unmount();

    const finished = open();
    act(() => finished.result.current.edit({ sourceId, language: 'kk', transcript: 'as finished' }));
    await act(() => finished.result.current.finish());
    const finalId = finished.result.current.recordId!;
    act(() => finished.result.current.edit({ transcript: 'as finished, then corrected' }));
    // Closing the screen sends the kept edit once more, without waiting for the pause.
    finished.unmount();
    await until(async () => expect((await page.service.call('drafts.get', { recordId: finalId })).draft).not.toBeNull());

    const reopened = open({ name: 'testimony', id: finalId });
    await until(() => expect(reopened.result.current.load.phase).toBe('ready'));
    expect(reopened.result.current).toMatchObject({ mode: 'final', restoredFinal: true, finalDirty: true, form: { transcript: 'as finished, then corrected' } });
    expect((await stored(finalId)).data).toMatchObject({ transcript: 'as finished' });
    act(() => reopened.result.current.discardRestored());
    expect(reopened.result.current).toMatchObject({ restoredFinal: false, finalDirty: false, form: { transcript: 'as finished' } });
  });

  it('saves the edits of a finished testimony with Save changes, and reports a field main refuses by that field', async () => {
    const { result } = open();
    act(() => result.current.edit({ sourceId, language: 'kk', transcript: 'to be corrected' }));
    await act(() => result.current.finish());
    const id = result.current.recordId!;
    act(() => result.current.edit({ interviewDate: '2020-02-30' }));
    await act(() => result.current.saveFinal());
    expect(result.current.formError).toBe('VALIDATION_FAILED');
    expect(Object.keys(result.current.errors)).toEqual(['interviewDate']);
    expect(result.current.finalDirty).toBe(true);
    expect(result.current.form.interviewDate).toBe('2020-02-30');

    act(() => result.current.edit({ interviewDate: '2020-02-03', transcript: 'corrected' }));
    await act(() => result.current.saveFinal());
    expect(result.current).toMatchObject({ formError: null, errors: {}, finalDirty: false });
    expect((await stored(id)).data).toMatchObject({ interviewDate: '2020-02-03', transcript: 'corrected' });
    expect(leave()).toBe(true);
  });
});
