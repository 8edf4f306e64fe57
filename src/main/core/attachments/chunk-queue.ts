/**
 * A push-to-pull bridge: contract calls push chunks, the blob writer pulls them. push() resolves
 * once the writer has taken the chunk, so at most one chunk waits in memory per upload. It holds
 * one chunk only: callers serialise their pushes (AttachmentStore chains appends per upload), and
 * a second push while one waits is refused rather than allowed to overwrite it.
 */
export class ChunkQueue implements AsyncIterable<Uint8Array> {
  private chunk: Uint8Array | undefined;
  private taken: (() => void) | undefined;
  private wake: (() => void) | undefined;
  private ended = false;
  private failure: Error | undefined;

  push(chunk: Uint8Array): Promise<void> {
    if (this.ended || this.failure) return Promise.reject(new Error('The upload has ended.'));
    if (this.taken) return Promise.reject(new Error('A chunk is already waiting; pushes must not overlap.'));
    this.chunk = chunk;
    return new Promise((resolve) => {
      this.taken = resolve;
      this.wake?.();
    });
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  fail(error: Error): void {
    this.failure = error;
    this.wake?.();
    this.taken?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    for (;;) {
      if (this.failure) throw this.failure;
      if (this.chunk) {
        const chunk = this.chunk;
        this.chunk = undefined;
        const taken = this.taken;
        this.taken = undefined;
        taken?.();
        yield chunk;
        continue;
      }
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}
