import { z } from 'zod';
import { RECORD_KINDS } from '../domain/records';
import type { SearchHit } from '../domain/views';
import { method } from './define';

export const searchMethods = {
  'search.query': method<SearchHit[]>()(
    z
      .object({
        text: z.string().max(500),
        kinds: z.array(z.enum(RECORD_KINDS)).max(RECORD_KINDS.length).optional(),
        limit: z.number().int().min(1).max(200).default(20),
        // Bounded: ranking reads a window of three times offset + limit matches.
        offset: z.number().int().min(0).max(10_000).default(0),
      })
      .strict(),
    { needsUnlock: true },
  ),
};
