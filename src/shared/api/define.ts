import type { z } from 'zod';

/**
 * One method of the contract: the schema its input must pass, the type of its result (carried
 * only as a type), and whether it needs an unlocked vault.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly needsUnlock: boolean;
  /** Methods that may report progress while they run (long imports, attachments). */
  readonly progress?: boolean;
  readonly __output?: O;
}

export function method<O>() {
  return <I extends z.ZodType>(
    input: I,
    options: { needsUnlock: boolean; progress?: boolean },
  ): MethodSpec<I, O> => ({ input, ...options });
}
