import { z } from 'zod';
import { FIELD_MESSAGES } from '../field-issues';

export const uuid = z.uuid();

/** A calendar day, `YYYY-MM-DD`, checked to be a real date. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, FIELD_MESSAGES.dayFormat)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, FIELD_MESSAGES.notDate);

export const shortText = (max = 300) => z.string().trim().max(max);
export const requiredText = (max = 300) => z.string().trim().min(1, FIELD_MESSAGES.required).max(max);
/**
 * Transcripts run long: three hours of speech at about 150 words a minute is some 27,000 words,
 * about 170,000 characters; this leaves room for slow typists' notes and scripts that spell long.
 */
export const LONG_TEXT_MAX = 500_000;
export const longText = z.string().max(LONG_TEXT_MAX, `At most ${LONG_TEXT_MAX.toLocaleString('en')} characters.`);

/**
 * A whole record as stored JSON: a transcript with a couple of full translations fits; beyond it
 * every save, revision and audit hash copies more than any real record needs.
 */
export const RECORD_JSON_MAX = 2_000_000;

/** A BCP 47 language tag such as `kk`, `ru`, `ug-Arab`, `zh-Hans`. */
export const languageTag = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, FIELD_MESSAGES.languageTag);

/** A term of a controlled vocabulary, stored by code so labels can change freely. */
export const termCode = z.string().regex(/^[a-z][a-z0-9_]*$/, FIELD_MESSAGES.notTerm).max(80);

export const DATE_PRECISIONS = ['day', 'month', 'year', 'range', 'about'] as const;

/**
 * What a date says about its days beyond them: `after` and `before` are open on one side, the
 * earliest and latest day holding the period it is after or before ("after 10 March 2019" is
 * 10 March, so it sorts there); `night` is the night from the earliest day into the latest.
 */
export const DATE_QUALIFIERS = ['after', 'before', 'night'] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

function dayAfter(iso: string): string {
  const next = new Date(`${iso}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * A date that may be uncertain: kept as the earliest and latest day it could be, so it sorts, plus
 * how precise it is and the words it was entered as ("about 2018", "spring 2017").
 */
export const fuzzyDate = z
  .object({
    precision: z.enum(DATE_PRECISIONS),
    earliest: isoDay,
    latest: isoDay,
    qualifier: z.enum(DATE_QUALIFIERS).optional(),
    text: shortText(200).optional(),
  })
  .strict()
  .refine((date) => date.earliest <= date.latest, { message: FIELD_MESSAGES.order, path: ['latest'] })
  // "After about 2018" has no edge to be after; a night is one day into the next.
  .refine((date) => date.qualifier === undefined || date.precision !== 'about', { message: FIELD_MESSAGES.qualifiedAbout, path: ['qualifier'] })
  .refine((date) => date.qualifier !== 'night' || date.latest === dayAfter(date.earliest), { message: FIELD_MESSAGES.nightDays, path: ['latest'] });
export type FuzzyDate = z.infer<typeof fuzzyDate>;

export const caseIds = z.array(uuid).max(200).default([]);

/** What every stored record carries besides its own fields. */
export interface RecordMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** The vault that created the record: merges by id keep it. */
  origin: string;
  deletedAt: string | null;
}
