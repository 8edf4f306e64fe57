import { z } from 'zod';
import { requiredText, termCode } from '../domain/common';
import type { Vocabulary } from '../domain/views';
import { LANGUAGES, type Language } from '../languages';
import { method } from './define';

const empty = z.object({}).strict();
/** A label in every interface language, none left out. */
const labels = z.object(Object.fromEntries(LANGUAGES.map((language) => [language, requiredText(300)])) as Record<Language, ReturnType<typeof requiredText>>).strict();

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
