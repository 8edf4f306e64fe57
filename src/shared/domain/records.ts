import { z } from 'zod';
import { FIELD_MESSAGES } from '../field-issues';
import { customValues } from './custom-fields';
import { caseIds, fuzzyDate, isoDay, languageTag, longText, requiredText, shortText, termCode, uuid } from './common';

export const CASE_STATUSES = ['open', 'under_review', 'closed'] as const;
export const caseData = z
  .object({
    title: requiredText(500),
    reference: shortText(100).optional(),
    status: z.enum(CASE_STATUSES).default('open'),
    summary: longText.optional(),
    tags: z.array(requiredText(100)).max(100).default([]),
    responsibleLawyer: shortText(200).optional(),
    /** The organisation's own fields, keyed by definition id (domain/custom-fields.ts). */
    custom: customValues.optional(),
  })
  .strict();

export const SCRIPTS = ['Cyrl', 'Latn', 'Arab', 'Hans', 'Hant', 'Mong', 'other'] as const;
export const personName = z
  .object({
    value: requiredText(300),
    script: z.enum(SCRIPTS),
    language: languageTag.optional(),
    kind: z.enum(['name', 'transliteration', 'alias']).default('name'),
  })
  .strict();

export const PERSON_STATUSES = ['detained', 'released', 'missing', 'deceased', 'abroad', 'unknown'] as const;
export const statusChange = z
  .object({ status: z.enum(PERSON_STATUSES), date: fuzzyDate.optional(), note: shortText(2000).optional() })
  .strict();

export const personData = z
  .object({
    caseIds,
    names: z.array(personName).min(1, FIELD_MESSAGES.oneName).max(50),
    sex: z.enum(['female', 'male', 'other', 'unknown']).optional(),
    birthDate: fuzzyDate.optional(),
    ethnicity: termCode.optional(),
    citizenship: z.array(requiredText(100)).max(10).default([]),
    hometown: shortText(300).optional(),
    hometownPlace: termCode.optional(),
    idNumbers: z.array(z.object({ type: requiredText(100), value: requiredText(100) }).strict()).max(20).default([]),
    occupation: shortText(300).optional(),
    /** Status over time; the latest by date is the current one. */
    statusHistory: z.array(statusChange).max(200).default([]),
    relations: z.array(z.object({ personId: uuid, relationship: termCode }).strict()).max(100).default([]),
    notes: longText.optional(),
    /** The organisation's own fields, keyed by definition id (domain/custom-fields.ts). */
    custom: customValues.optional(),
  })
  .strict();

export const CONSENT_USES = ['record', 'store_audio', 'share_partners', 'publish', 'be_named'] as const;
export const consent = z
  .object({
    use: z.enum(CONSENT_USES),
    granted: z.boolean(),
    date: isoDay,
    how: z.enum(['oral', 'written', 'recorded', 'other']),
    /** For share_partners: the partners the consent names, by their id in the address book. */
    partnerIds: z.array(uuid).max(50).default([]),
    note: shortText(2000).optional(),
  })
  .strict();

export const sourceData = z
  .object({
    caseIds,
    /** The organisation the information came from (a lawyer's office, a newspaper), when it did. */
    organisationId: uuid.optional(),
    connection: termCode.optional(),
    relationToVictim: shortText(300).optional(),
    reliability: termCode.optional(),
    riskNotes: longText.optional(),
    consents: z.array(consent).max(100).default([]),
    /** The organisation's own fields, keyed by definition id (domain/custom-fields.ts). */
    custom: customValues.optional(),
  })
  .strict();

/** A source's real identity: encrypted a second time, never indexed, revealed only on audit. */
export const sourceIdentity = z
  .object({
    realName: shortText(300).optional(),
    phone: shortText(100).optional(),
    address: shortText(1000).optional(),
    notes: shortText(10_000).optional(),
  })
  .strict();

export const testimonyData = z
  .object({
    caseIds,
    sourceId: uuid,
    interviewDate: isoDay,
    place: shortText(300).optional(),
    interviewer: shortText(200).optional(),
    language: languageTag,
    transcript: longText.default(''),
    translations: z.array(z.object({ language: languageTag, text: longText, translator: shortText(200).optional() }).strict()).max(10).default([]),
    summary: longText.optional(),
    personLinks: z.array(z.object({ personId: uuid, quote: shortText(10_000).optional() }).strict()).max(500).default([]),
    incidentLinks: z.array(z.object({ incidentId: uuid, quote: shortText(10_000).optional() }).strict()).max(500).default([]),
    /** The organisation's own fields, keyed by definition id (domain/custom-fields.ts). */
    custom: customValues.optional(),
  })
  .strict();

export const INVOLVEMENT_ROLES = ['victim', 'perpetrator', 'witness', 'official'] as const;
/**
 * Who took part in an incident: a person or an organisation (a newspaper closed, an NGO fined),
 * never both in one entry. Entries written before organisations existed hold a personId alone.
 */
export const involvement = z
  .object({ personId: uuid.optional(), organisationId: uuid.optional(), role: z.enum(INVOLVEMENT_ROLES) })
  .strict()
  .superRefine((entry, context) => {
    if ((entry.personId === undefined) === (entry.organisationId === undefined)) {
      context.addIssue({ code: 'custom', path: ['personId'], message: FIELD_MESSAGES.required });
    }
  });

export const VERIFICATION_STATUSES = ['unverified', 'corroborated', 'verified', 'disputed'] as const;
export const incidentData = z
  .object({
    caseIds,
    title: requiredText(500),
    type: termCode,
    date: fuzzyDate.optional(),
    place: termCode.optional(),
    facilityKind: termCode.optional(),
    facilityName: shortText(300).optional(),
    placeText: shortText(500).optional(),
    description: longText.optional(),
    involved: z.array(involvement).max(500).default([]),
    agency: termCode.optional(),
    verification: z.enum(VERIFICATION_STATUSES).default('unverified'),
    evidence: z
      .array(
        z
          .object({
            kind: z.enum(['testimony', 'attachment']),
            id: uuid,
            stance: z.enum(['supports', 'contradicts']),
            note: shortText(2000).optional(),
          })
          .strict(),
      )
      .max(500)
      .default([]),
    /** The organisation's own fields, keyed by definition id (domain/custom-fields.ts). */
    custom: customValues.optional(),
    /**
     * The incident of the same case this one follows in a chain of events (HURIDOCS): a transfer
     * after an arrest. Never itself, never round in a circle (store/kinds/incident-chain.ts).
     */
    follows: uuid.optional(),
  })
  .strict();

/** An organisation: a human-rights group, a newspaper, a state body; its people by role. */
export const organisationData = z
  .object({
    caseIds,
    names: z.array(personName).min(1, FIELD_MESSAGES.oneName).max(50),
    /** A term of the organisation_kind vocabulary. */
    type: termCode.optional(),
    place: termCode.optional(),
    description: longText.optional(),
    members: z.array(z.object({ personId: uuid, role: termCode }).strict()).max(500).default([]),
    /** The organisation's own fields, keyed by definition id (domain/custom-fields.ts). */
    custom: customValues.optional(),
  })
  .strict();

export const RECORD_KINDS = ['case', 'person', 'source', 'testimony', 'incident', 'organisation'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const recordSchemas = {
  case: caseData,
  person: personData,
  source: sourceData,
  testimony: testimonyData,
  incident: incidentData,
  organisation: organisationData,
} as const satisfies Record<RecordKind, z.ZodType>;

export type RecordInput<K extends RecordKind> = z.input<(typeof recordSchemas)[K]>;
export type RecordData<K extends RecordKind> = z.output<(typeof recordSchemas)[K]>;
export type CaseData = RecordData<'case'>;
export type PersonData = RecordData<'person'>;
export type SourceData = RecordData<'source'>;
export type TestimonyData = RecordData<'testimony'>;
export type IncidentData = RecordData<'incident'>;
export type OrganisationData = RecordData<'organisation'>;
export type SourceIdentity = z.infer<typeof sourceIdentity>;
export type FuzzyDateInput = z.input<typeof fuzzyDate>;
