import { z } from 'zod';
import { requiredText, termCode } from '../domain/common';
import type { Vocabulary } from '../domain/views';
import { method } from './define';

const empty = z.object({}).strict();
const labels = z.object({ en: requiredText(300), ru: requiredText(300), kk: requiredText(300) }).strict();

export const vocabularyMethods = {
  'vocabularies.list': method<Vocabulary[]>()(empty, { needsUnlock: true }),
  'vocabularies.saveTerm': method<Vocabulary>()(
    z
      .object({
        vocabulary: termCode,
        code: termCode,
        labels,
        parent: termCode.nullable().default(null),
        deprecated: z.boolean().default(false),
      })
      .strict(),
    { needsUnlock: true },
  ),
};
