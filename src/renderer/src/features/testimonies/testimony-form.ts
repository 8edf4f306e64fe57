import type { TestimonyData } from '../../../../shared/domain/records';
import { customFromData, customToData, EMPTY_CUSTOM, type CustomForm } from '../../components/custom-fields/custom-form';

/**
 * The testimony form as typed. Every value is kept as the user left it; `draftData` and
 * `finalData` turn it into the record's data, leaving out what is empty.
 */
export interface TranslationRow {
  /** Local only: keys the row for React, never stored. */
  key: string;
  language: string;
  text: string;
  translator: string;
}

/** A person or incident the testimony speaks of; `id` is '' until one is chosen. */
export interface MentionRow {
  key: string;
  id: string;
  quote: string;
}

export interface TestimonyForm {
  caseIds: string[];
  sourceId: string;
  interviewDate: string;
  place: string;
  interviewer: string;
  language: string;
  transcript: string;
  translations: TranslationRow[];
  summary: string;
  personLinks: MentionRow[];
  incidentLinks: MentionRow[];
  /** The organisation's own fields (components/custom-fields). */
  custom: CustomForm;
}

/** The limits of the contract (src/shared/domain), restated for `maxLength` on the inputs. */
export const LIMITS = {
  place: 300,
  interviewer: 200,
  translator: 200,
  quote: 10_000,
  longText: 500_000,
  translations: 10,
} as const;

/**
 * Languages offered for the interview and its translations, as BCP 47 tags the contract accepts.
 * A picked list rather than free text: a draft keeps only values that pass the contract, so a
 * half-typed language code would be dropped on save. Their names are in src/shared/language-names.
 */
export const TESTIMONY_LANGUAGES = ['kk', 'ru', 'ug-Arab', 'ug-Cyrl', 'ug-Latn', 'zh-Hans', 'ky', 'uz', 'en', 'tr', 'de', 'fr', 'nl', 'ar', 'fa'] as const;
export type TestimonyLanguage = (typeof TESTIMONY_LANGUAGES)[number];

export function isKnownLanguage(tag: string): tag is TestimonyLanguage {
  return (TESTIMONY_LANGUAGES as readonly string[]).includes(tag);
}

let counter = 0;
/** A key for a new row; unique within the page. */
export function rowKey(): string {
  counter += 1;
  return `row-${counter}`;
}

/** Today in the computer's own time zone, as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyForm(caseId: string | undefined): TestimonyForm {
  return {
    caseIds: caseId ? [caseId] : [],
    sourceId: '',
    interviewDate: today(),
    place: '',
    interviewer: '',
    language: '',
    transcript: '',
    translations: [],
    summary: '',
    personLinks: [],
    incidentLinks: [],
    custom: EMPTY_CUSTOM,
  };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A stored record's data (a draft holds any subset of the fields) as the form. */
export function formFromData(data: Partial<TestimonyData> | undefined): TestimonyForm {
  const d = data ?? {};
  return {
    caseIds: Array.isArray(d.caseIds) ? [...d.caseIds] : [],
    sourceId: text(d.sourceId),
    interviewDate: text(d.interviewDate),
    place: text(d.place),
    interviewer: text(d.interviewer),
    language: text(d.language),
    transcript: text(d.transcript),
    translations: (d.translations ?? []).map((t) => ({ key: rowKey(), language: text(t.language), text: text(t.text), translator: text(t.translator) })),
    summary: text(d.summary),
    personLinks: (d.personLinks ?? []).map((l) => ({ key: rowKey(), id: l.personId, quote: text(l.quote) })),
    incidentLinks: (d.incidentLinks ?? []).map((l) => ({ key: rowKey(), id: l.incidentId, quote: text(l.quote) })),
    custom: customFromData(d.custom),
  };
}

/** Optional text: left out when empty, so a cleared field is not stored as "". */
function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value === '' ? {} : ({ [key]: value } as Record<K, string>);
}

/**
 * The record's data from the form. The same for a draft and for finishing: a draft keeps what
 * passes each field's check, finishing checks everything. Transcript, translations and summary are
 * sent exactly as typed; empty optional fields are left out.
 */
export function formData(form: TestimonyForm): Record<string, unknown> {
  return {
    caseIds: form.caseIds,
    ...optional('sourceId', form.sourceId),
    ...optional('interviewDate', form.interviewDate),
    ...optional('place', form.place),
    ...optional('interviewer', form.interviewer),
    ...optional('language', form.language),
    transcript: form.transcript,
    translations: form.translations.map((t) => ({ language: t.language, text: t.text, ...optional('translator', t.translator) })),
    ...optional('summary', form.summary),
    personLinks: form.personLinks.filter((l) => l.id !== '').map((l) => ({ personId: l.id, ...optional('quote', l.quote) })),
    incidentLinks: form.incidentLinks.filter((l) => l.id !== '').map((l) => ({ incidentId: l.id, ...optional('quote', l.quote) })),
    ...custom(form.custom),
  };
}

/** The custom values, left out when there are none. */
function custom(form: CustomForm | undefined): { custom?: NonNullable<ReturnType<typeof customToData>> } {
  const values = customToData(form);
  return values ? { custom: values } : {};
}

/** Words in a text in any script: runs of letters and digits, joined by an apostrophe or hyphen. */
export function countWords(value: string): number {
  const matches = value.match(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu);
  return matches?.length ?? 0;
}
