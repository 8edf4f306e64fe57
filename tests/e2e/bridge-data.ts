import type { Page } from '@playwright/test';
import type { BridgeHolder } from './pages/casekeep-app';

interface Answer<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

/** One contract call from inside the page, as the renderer makes it; throws on a refusal. */
export async function call<T = { id: string }>(page: Page, method: string, input: unknown): Promise<T> {
  const answer = (await page.evaluate(([m, i]) => (globalThis as unknown as BridgeHolder).casekeep.invoke(m, i), [method, input] as const)) as Answer<T>;
  if (!answer.ok) throw new Error(`${method} was refused: ${JSON.stringify(answer.error)}`);
  return answer.value as T;
}

export function create(page: Page, kind: string, data: Record<string, unknown>): Promise<{ id: string; label: string }> {
  return call(page, 'records.create', { kind, data });
}

/**
 * Many `records.create` calls in one evaluation, `chunk` at a time in parallel (main queues the
 * writes); answers the ids in input order.
 */
export function createMany(page: Page, inputs: ReadonlyArray<{ kind: string; data: Record<string, unknown> }>, chunk = 50): Promise<string[]> {
  return page.evaluate(
    async ([all, size]) => {
      const bridge = (globalThis as unknown as BridgeHolder).casekeep;
      const ids: string[] = [];
      for (let i = 0; i < all.length; i += size) {
        const answers = (await Promise.all(all.slice(i, i + size).map((input) => bridge.invoke('records.create', input)))) as Array<{
          ok: boolean;
          value?: { id: string };
          error?: unknown;
        }>;
        for (const answer of answers) {
          if (!answer.ok || !answer.value) throw new Error(`records.create was refused: ${JSON.stringify(answer.error)}`);
          ids.push(answer.value.id);
        }
      }
      return ids;
    },
    [inputs, chunk] as const,
  );
}
