import type { ServerResponse } from 'node:http';
import type { CasekeepEvent } from '../../src/shared/bridge';

/** The pages listening on `GET /api/events`, as server-sent event streams. */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly waiters = new Set<() => void>();

  get size(): number {
    return this.clients.size;
  }

  attach(response: ServerResponse, headers: Record<string, string>): void {
    response.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    // A short retry so a page that lost the stream (harness restart) is listening again quickly.
    response.write('retry: 500\n: listening\n\n');
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  send(event: CasekeepEvent): void {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of this.clients) client.write(frame);
  }

  /** Resolves once a page listens: an event sent before that would reach nobody. */
  waitForListener(timeoutMs = 10_000): Promise<void> {
    if (this.clients.size > 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        reject(new Error('No page subscribed to harness events in time.'));
      }, timeoutMs);
      const wake = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.add(wake);
    });
  }

  closeAll(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}
