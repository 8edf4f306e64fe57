import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredRecord } from '../../../../src/shared/domain/views';
import type { ErrorCode } from '../../../../src/shared/errors';

// The saver runs in the page and keeps its timers on `window`; here the page is this process.
vi.hoisted(() => {
  (globalThis as { window?: unknown }).window = globalThis;
});

const { ApiError } = await import('../../../../src/renderer/src/api/api-error');
const { DraftSaver, DRAFT_DEBOUNCE_MS, DRAFT_MAX_WAIT_MS } = await import('../../../../src/renderer/src/features/testimonies/draft-saver');
type SaveStatus = import('../../../../src/renderer/src/features/testimonies/draft-saver').SaveStatus;

const ID = '0190a0a0-0000-7000-8000-0000000000aa';

interface Call {
  id: string | undefined;
  data: unknown;
  answer(): void;
  refuse(code: ErrorCode): void;
}

/** A stand-in for main's `testimonies.saveDraft` whose answers the test gives, one call at a time. */
function fakeMain() {
  const calls: Call[] = [];
  const save = (id: string | undefined, data: unknown) =>
    new Promise<StoredRecord<'testimony'>>((resolve, reject) => {
      calls.push({
        id,
        data: structuredClone(data),
        answer: () => resolve({ id: id ?? ID } as StoredRecord<'testimony'>),
        refuse: (code) => reject(new ApiError({ code, message: code })),
      });
    });
  return { calls, save };
}

function saver(options: { id?: string; typed: () => unknown; save: ReturnType<typeof fakeMain>['save'] }) {
  const statuses: SaveStatus['state'][] = [];
  const created: string[] = [];
  const draft = new DraftSaver({
    ...(options.id ? { id: options.id } : {}),
    read: options.typed,
    save: options.save,
    onStatus: (status) => statuses.push(status.state),
    onCreated: (record) => created.push(record.id),
  });
  return { draft, statuses, created };
}

/** Lets the promise callbacks of an answered call run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('docs/security.md S18: a testimony draft keeps what was typed', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once typing pauses, with the text as it is at that moment, and says saved only when main answered', async () => {
    const main = fakeMain();
    let text = 'a';
    const { draft, statuses } = saver({ typed: () => ({ transcript: text }), save: main.save });
    draft.changed();
    text = 'ab';
    draft.changed();
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS - 1);
    expect(main.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(main.calls.map((call) => call.data)).toEqual([{ transcript: 'ab' }]);
    expect(draft.current.state).toBe('saving');
    expect(draft.unsaved).toBe(true);
    main.calls[0]!.answer();
    await settle();
    expect(draft.current.state).toBe('saved');
    expect(draft.unsaved).toBe(false);
    expect(statuses).toEqual(['pending', 'pending', 'saving', 'saved']);
  });

  it('saves at the longest wait while someone types without a pause', async () => {
    const main = fakeMain();
    const { draft } = saver({ typed: () => ({}), save: main.save });
    for (let elapsed = 0; elapsed < DRAFT_MAX_WAIT_MS; elapsed += DRAFT_DEBOUNCE_MS / 2) {
      draft.changed();
      await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS / 2);
    }
    expect(main.calls).toHaveLength(1);
  });

  it('creates a new testimony exactly once, however many saves are asked for while the first is on its way', async () => {
    const main = fakeMain();
    let text = 'first';
    const { draft, created } = saver({ typed: () => ({ transcript: text }), save: main.save });
    draft.changed();
    const first = draft.flush();
    text = 'second';
    draft.changed();
    const second = draft.flush();
    const third = draft.flush();
    expect(main.calls).toHaveLength(1);
    main.calls[0]!.answer();
    await settle();
    // What was typed during the first call goes in a second call, to the record the first made.
    expect(main.calls.map((call) => [call.id, call.data])).toEqual([
      [undefined, { transcript: 'first' }],
      [ID, { transcript: 'second' }],
    ]);
    main.calls[1]!.answer();
    expect(await Promise.all([first, second, third])).toEqual([true, true, true]);
    expect(created).toEqual([ID]);
    expect(draft.id).toBe(ID);
  });

  it('keeps what failed to save, says so, and retries until main takes it', async () => {
    const main = fakeMain();
    const { draft, statuses } = saver({ id: ID, typed: () => ({ transcript: 'kept' }), save: main.save });
    draft.changed();
    const flushed = draft.flush();
    main.calls[0]!.refuse('INTERNAL');
    expect(await flushed).toBe(false);
    expect(draft.current).toEqual({ state: 'failed', code: 'INTERNAL', retrying: true });
    expect(draft.unsaved).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(main.calls).toHaveLength(2);
    main.calls[1]!.refuse('INTERNAL');
    await settle();
    // Each retry waits longer than the one before.
    await vi.advanceTimersByTimeAsync(1999);
    expect(main.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(main.calls).toHaveLength(3);
    main.calls[2]!.answer();
    await settle();
    expect(draft.unsaved).toBe(false);
    expect(statuses.filter((state) => state === 'saved')).toHaveLength(1);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('does not retry against a locked vault, which refuses every call', async () => {
    const main = fakeMain();
    const { draft } = saver({ id: ID, typed: () => ({}), save: main.save });
    draft.changed();
    const flushed = draft.flush();
    main.calls[0]!.refuse('VAULT_LOCKED');
    await flushed;
    expect(draft.current).toEqual({ state: 'failed', code: 'VAULT_LOCKED', retrying: false });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(main.calls).toHaveLength(1);
  });

  it('sends what is unsaved once more when stopped, and nothing while paused until started again', async () => {
    const main = fakeMain();
    const { draft } = saver({ id: ID, typed: () => ({ transcript: 'last words' }), save: main.save });
    draft.changed();
    draft.stop();
    expect(main.calls.map((call) => call.data)).toEqual([{ transcript: 'last words' }]);
    main.calls[0]!.answer();
    await settle();
    expect(draft.unsaved).toBe(false);

    draft.start();
    draft.pause();
    draft.changed();
    await vi.advanceTimersByTimeAsync(DRAFT_MAX_WAIT_MS * 2);
    expect(main.calls).toHaveLength(1);
    draft.start();
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    expect(main.calls).toHaveLength(2);
  });
});
