import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftSummary } from '../../src/shared/api/drafts';
import type { FormDraftCalls, FormDraftSaver as Saver } from '../../src/renderer/src/components/forms/form-draft-saver';

// The saver uses the window's timers, and the client it would call by default reads
// `window.casekeep` when loaded: the page's global is this one, with no bridge.
let FormDraftSaver: typeof Saver;
let DEBOUNCE: number;
let MAX_WAIT: number;
beforeAll(async () => {
  vi.stubGlobal('window', globalThis);
  const module = await import('../../src/renderer/src/components/forms/form-draft-saver');
  FormDraftSaver = module.FormDraftSaver;
  DEBOUNCE = module.FORM_DRAFT_DEBOUNCE_MS;
  MAX_WAIT = module.FORM_DRAFT_MAX_WAIT_MS;
});

interface Call {
  op: 'save' | 'discard';
  input: unknown;
}

function fakeCalls(): FormDraftCalls & { log: Call[]; known: Set<string> } {
  const log: Call[] = [];
  const known = new Set<string>();
  let n = 0;
  return {
    log,
    known,
    async save(input) {
      log.push({ op: 'save', input });
      if (input.draftId && !known.has(input.draftId)) {
        const { ApiError } = await import('../../src/renderer/src/api/api-error');
        throw new ApiError({ code: 'NOT_FOUND', message: 'This draft was discarded.' });
      }
      const id = input.draftId ?? `draft-${++n}`;
      known.add(id);
      return { id, kind: input.kind, recordId: input.recordId ?? null, updatedAt: 'now' } satisfies DraftSummary;
    },
    async discard(id) {
      log.push({ op: 'discard', input: id });
      known.delete(id);
    },
  };
}

describe('docs/security.md S18: a record form keeps a draft', () => {
  let form: { notes: string } | null;
  beforeEach(() => {
    vi.useFakeTimers();
    form = null;
  });
  afterEach(() => vi.useRealTimers());

  const make = (calls: FormDraftCalls, recordId?: string) => new FormDraftSaver({ kind: 'person', recordId, read: () => form, calls });

  it('saves within 2 s of the last keystroke, and while typing goes on, at least every few seconds', async () => {
    expect(DEBOUNCE).toBeLessThan(2000);
    const calls = fakeCalls();
    const saver = make(calls, 'record-1');
    form = { notes: 'a' };
    saver.changed();
    await vi.advanceTimersByTimeAsync(DEBOUNCE - 1);
    expect(calls.log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.log).toEqual([{ op: 'save', input: { kind: 'person', recordId: 'record-1', data: { notes: 'a' } } }]);

    // Typing without a pause: the debounce never runs out, the maximum wait does.
    for (let t = 0; t < MAX_WAIT; t += DEBOUNCE / 2) {
      form = { notes: `a${t}` };
      saver.changed();
      await vi.advanceTimersByTimeAsync(DEBOUNCE / 2);
    }
    expect(calls.log.length).toBeGreaterThan(1);
  });

  it('a flush sends what the form holds now, even a change nobody announced, and nothing twice', async () => {
    const calls = fakeCalls();
    const saver = make(calls, 'record-1');
    form = { notes: 'typed just now' };
    expect(await saver.flush()).toBe(true);
    expect(await saver.flush()).toBe(true);
    expect(calls.log.filter((c) => c.op === 'save')).toHaveLength(1);
    // Back to what the record holds: the draft goes.
    form = null;
    await saver.flush();
    expect(calls.log.at(-1)).toEqual({ op: 'discard', input: 'draft-1' });
  });

  it('a new record’s draft is created once, then updated; one discarded meanwhile is started again', async () => {
    const calls = fakeCalls();
    const saver = make(calls);
    form = { notes: 'one' };
    await Promise.all([saver.flush(), saver.flush()]);
    form = { notes: 'two' };
    await saver.flush();
    expect(calls.log.map((c) => c.input)).toEqual([
      { kind: 'person', data: { notes: 'one' } },
      { kind: 'person', draftId: 'draft-1', data: { notes: 'two' } },
    ]);
    calls.known.clear();
    form = { notes: 'three' };
    await saver.flush();
    expect(calls.log.at(-1)).toEqual({ op: 'save', input: { kind: 'person', data: { notes: 'three' } } });
    expect(saver.draftId).toBe('draft-2');
  });

  it('closing the screen saves once more; leaving without saving on purpose forgets the draft', async () => {
    const calls = fakeCalls();
    const saver = make(calls, 'record-1');
    form = { notes: 'last words' };
    saver.changed();
    saver.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.log).toEqual([{ op: 'save', input: { kind: 'person', recordId: 'record-1', data: { notes: 'last words' } } }]);

    const other = make(calls, 'record-2');
    form = { notes: 'dropped' };
    await other.flush();
    await other.abandon();
    form = { notes: 'dropped, more' };
    other.changed();
    await other.flush();
    await vi.advanceTimersByTimeAsync(MAX_WAIT);
    expect(calls.log.slice(1).map((c) => c.op)).toEqual(['save', 'discard']);
  });

  it('a locked vault is not retried; other failures are', async () => {
    const { ApiError } = await import('../../src/renderer/src/api/api-error');
    let code: 'VAULT_LOCKED' | 'IO_FAILED' = 'VAULT_LOCKED';
    let attempts = 0;
    const saver = make({
      save: async () => {
        attempts += 1;
        throw new ApiError({ code, message: 'no' });
      },
      discard: async () => undefined,
    });
    form = { notes: 'x' };
    expect(await saver.flush()).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(attempts).toBe(1);
    code = 'IO_FAILED';
    form = { notes: 'xy' };
    await saver.flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(attempts).toBeGreaterThan(2);
  });
});
