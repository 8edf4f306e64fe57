import type { Draft, DraftSummary } from '../../../../shared/api/drafts';
import type { RecordKind, SourceIdentity } from '../../../../shared/domain/records';
import { api, toApiError } from '../../api/client';

/** docs/security.md S18: saved within 2 s of the last keystroke; the debounce leaves room for the call. */
export const FORM_DRAFT_DEBOUNCE_MS = 1000;
/** While someone types without a pause, still save at least this often. */
export const FORM_DRAFT_MAX_WAIT_MS = 3000;
const RETRY_MS = 2000;

export interface FormDraftCalls {
  save(input: { kind: RecordKind; recordId?: string; draftId?: string; data: unknown; identity?: SourceIdentity }): Promise<DraftSummary>;
  discard(id: string): Promise<unknown>;
}

const contractCalls: FormDraftCalls = {
  save: (input) => api.call('drafts.save', input),
  discard: (id) => api.call('drafts.discard', { id }),
};

export interface FormDraftSaverOptions {
  kind: RecordKind;
  /** The finished record being edited; absent for a record not created yet. */
  recordId?: string | undefined;
  /** What the form holds now, or null when there is nothing unsaved to keep. */
  read(): unknown;
  /**
   * A source form's protected identity as typed and not saved yet, or null. Sent apart from the
   * data, which main keeps sealed in its own column (docs/security.md S18); read only when
   * `read` has something to keep.
   */
  readIdentity?(): SourceIdentity | null;
  calls?: FormDraftCalls;
}

/** What a save sent, to skip the next one when nothing changed: the data, and the identity when there is one. */
export function draftJson(data: unknown, identity: SourceIdentity | null = null): string {
  return identity === null ? JSON.stringify(data) : JSON.stringify({ data, identity });
}

/**
 * Keeps the unsaved contents of one record form as a draft (docs/security.md S18), apart from the
 * record itself. What was last saved is remembered as JSON, so a save is skipped when nothing
 * changed and a flush sends exactly what the form holds at that moment, whether or not a change
 * was announced. Calls go one at a time, so a new record's draft is created once.
 */
export class FormDraftSaver {
  recordId: string | undefined;
  draftId: string | undefined;
  private savedJson: string | null = null;
  private queue: Promise<boolean> = Promise.resolve(true);
  private debounce: number | undefined;
  private maxWait: number | undefined;
  private retry: number | undefined;
  private stopped = false;
  private abandoned = false;
  private readonly calls: FormDraftCalls;

  constructor(private readonly options: FormDraftSaverOptions) {
    this.recordId = options.recordId;
    this.calls = options.calls ?? contractCalls;
  }

  /** The draft found when the form opened: it is what is saved now. */
  adopt(draft: Pick<Draft, 'id'>, json: string): void {
    this.draftId = draft.id;
    this.savedJson = json;
  }

  /** Call after every change: saves once typing pauses, or after FORM_DRAFT_MAX_WAIT_MS at the latest. */
  changed(): void {
    if (this.stopped) return;
    window.clearTimeout(this.debounce);
    this.debounce = window.setTimeout(() => void this.flush(), FORM_DRAFT_DEBOUNCE_MS);
    if (this.maxWait === undefined) this.maxWait = window.setTimeout(() => void this.flush(), FORM_DRAFT_MAX_WAIT_MS);
  }

  /** Saves what the form holds now; true once it is saved (or there was nothing to save). */
  flush(): Promise<boolean> {
    this.clearTimers();
    const next = this.queue.then(() => this.run());
    this.queue = next.catch(() => false);
    return next;
  }

  /** Forgets the draft (after the record was saved, or the user discarded it); keeps running. */
  discard(): Promise<boolean> {
    this.clearTimers();
    const next = this.queue.then(async () => {
      const id = this.draftId;
      this.draftId = undefined;
      this.savedJson = null;
      if (id !== undefined) await this.calls.discard(id).catch(() => undefined);
      return true;
    });
    this.queue = next;
    return next;
  }

  /** Leaving on purpose without saving: forget the draft and save nothing more. */
  abandon(): Promise<boolean> {
    this.stopped = true;
    this.abandoned = true;
    return this.discard();
  }

  /** Unmounting: one last save of whatever is unsaved, without waiting for the answer. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    void this.flush();
  }

  /** Undoes `stop` (React runs effects twice in development). */
  start(): void {
    if (!this.abandoned) this.stopped = false;
  }

  private clearTimers(): void {
    window.clearTimeout(this.debounce);
    window.clearTimeout(this.maxWait);
    window.clearTimeout(this.retry);
    this.debounce = undefined;
    this.maxWait = undefined;
    this.retry = undefined;
  }

  private async run(): Promise<boolean> {
    if (this.abandoned) return true;
    const data = this.options.read();
    const identity = data === null || data === undefined ? null : (this.options.readIdentity?.() ?? null);
    const json = data === null || data === undefined ? null : draftJson(data, identity);
    if (json === this.savedJson) return true;
    if (json === null) {
      // Back to what the record holds: no draft is needed any more.
      const id = this.draftId;
      this.draftId = undefined;
      this.savedJson = null;
      if (id !== undefined) await this.calls.discard(id).catch(() => undefined);
      return true;
    }
    try {
      const saved = await this.save(data, identity);
      this.draftId = saved.id;
      this.savedJson = json;
      return true;
    } catch (error) {
      const code = toApiError(error).code;
      // A locked vault refuses every call; the lock clears the screen. Anything else is tried again.
      if (code !== 'VAULT_LOCKED' && code !== 'VALIDATION_FAILED' && code !== 'CONFLICT' && !this.stopped) {
        window.clearTimeout(this.retry);
        this.retry = window.setTimeout(() => void this.flush(), RETRY_MS);
      }
      return false;
    }
  }

  private async save(data: unknown, identity: SourceIdentity | null): Promise<DraftSummary> {
    const { kind } = this.options;
    // Without an identity the field is left out: main then keeps none with the draft.
    const kept = identity === null ? { data } : { data, identity };
    if (this.recordId !== undefined) return this.calls.save({ kind, recordId: this.recordId, ...kept });
    if (this.draftId !== undefined) {
      try {
        return await this.calls.save({ kind, draftId: this.draftId, ...kept });
      } catch (error) {
        // Gone meanwhile (discarded from another screen): the typing goes into a new draft.
        if (toApiError(error).code !== 'NOT_FOUND') throw error;
        this.draftId = undefined;
      }
    }
    return this.calls.save({ kind, ...kept });
  }
}
