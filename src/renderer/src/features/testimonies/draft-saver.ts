import type { StoredRecord } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';

/** S18: a draft is saved within 2 s of the last keystroke; the debounce leaves room for the call. */
export const DRAFT_DEBOUNCE_MS = 1000;
/** While someone types without a pause, still save at least this often. */
export const DRAFT_MAX_WAIT_MS = 3000;
const RETRY_MS = [1000, 2000, 4000, 8000, 15000];

export type SaveStatus =
  | { state: 'empty' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'failed'; code: ErrorCode; retrying: boolean };

type SaveDraft = (id: string | undefined, data: unknown) => Promise<StoredRecord<'testimony'>>;

const callSaveDraft: SaveDraft = (id, data) => api.call('testimonies.saveDraft', id === undefined ? { data } : { id, data });

export interface DraftSaverOptions {
  /** The draft's id once it exists; a new testimony gets one from its first save. */
  id?: string;
  /** The data as typed now; read at the moment of each save. */
  read(): unknown;
  onCreated?(record: StoredRecord<'testimony'>): void;
  onStatus?(status: SaveStatus): void;
  save?: SaveDraft;
}

/**
 * Saves one testimony draft: after a short pause in typing, on demand (blur, leaving, hiding the
 * window), and again after a failure. One call at a time, so a new testimony is created exactly
 * once; "saved" is reported only after the call came back.
 */
export class DraftSaver {
  id: string | undefined;
  private version = 0;
  private savedVersion = 0;
  private inFlight: Promise<boolean> | null = null;
  private debounce: number | undefined;
  private maxWait: number | undefined;
  private retry: number | undefined;
  private failures = 0;
  private stopped = false;
  private status: SaveStatus;
  private readonly save: SaveDraft;

  constructor(private readonly options: DraftSaverOptions) {
    this.id = options.id;
    this.save = options.save ?? callSaveDraft;
    this.status = options.id ? { state: 'saved', at: new Date() } : { state: 'empty' };
  }

  /** Whether something typed has not been confirmed saved yet. */
  get unsaved(): boolean {
    return this.savedVersion < this.version;
  }

  get current(): SaveStatus {
    return this.status;
  }

  /** Restarts after `stop` (React runs effects twice in development). */
  start(): void {
    this.stopped = false;
    if (this.unsaved) this.schedule();
  }

  /** Call after every change: saves once typing pauses, or after DRAFT_MAX_WAIT_MS at the latest. */
  changed(): void {
    this.version += 1;
    if (this.stopped) return;
    if (this.status.state !== 'saving' && this.status.state !== 'failed') this.setStatus({ state: 'pending' });
    this.schedule();
  }

  private schedule(): void {
    window.clearTimeout(this.debounce);
    this.debounce = window.setTimeout(() => void this.flush(), DRAFT_DEBOUNCE_MS);
    if (this.maxWait === undefined) this.maxWait = window.setTimeout(() => void this.flush(), DRAFT_MAX_WAIT_MS);
  }

  private clearTimers(): void {
    window.clearTimeout(this.debounce);
    window.clearTimeout(this.maxWait);
    window.clearTimeout(this.retry);
    this.debounce = undefined;
    this.maxWait = undefined;
    this.retry = undefined;
  }

  /** Saves now if anything is unsaved; true once everything typed so far is saved. */
  flush(): Promise<boolean> {
    this.clearTimers();
    if (this.inFlight) return this.inFlight.then((ok) => (ok && this.unsaved ? this.flush() : ok && !this.unsaved));
    if (!this.unsaved) return Promise.resolve(true);
    this.inFlight = this.run().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async run(): Promise<boolean> {
    while (this.unsaved) {
      const version = this.version;
      const data = this.options.read();
      this.setStatus({ state: 'saving' });
      try {
        const record = await this.save(this.id, data);
        const created = this.id === undefined;
        this.id = record.id;
        this.savedVersion = Math.max(this.savedVersion, version);
        this.failures = 0;
        if (created) this.options.onCreated?.(record);
      } catch (error) {
        const code = toApiError(error).code;
        // A locked vault refuses every call; the screen is cleared by the lock itself.
        const retrying = !this.stopped && code !== 'VAULT_LOCKED' && code !== 'CONFLICT' && code !== 'NOT_FOUND';
        this.setStatus({ state: 'failed', code, retrying });
        if (retrying) {
          const delay = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)] ?? 15000;
          this.failures += 1;
          window.clearTimeout(this.retry);
          this.retry = window.setTimeout(() => void this.flush(), delay);
        }
        return false;
      }
    }
    this.setStatus({ state: 'saved', at: new Date() });
    return true;
  }

  /** Holds saving (while the draft is being finished); `start` resumes. */
  pause(): void {
    this.stopped = true;
    this.clearTimers();
  }

  /** Stops the timers; whatever is unsaved is sent once more, without waiting for the answer. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    const unsaved = this.unsaved;
    this.clearTimers();
    if (unsaved) void this.flush().then(() => this.clearTimers());
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.options.onStatus?.(status);
  }
}
