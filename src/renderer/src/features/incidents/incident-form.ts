import type { FuzzyDate } from '../../../../shared/domain/common';
import { INVOLVEMENT_ROLES, VERIFICATION_STATUSES, type IncidentData } from '../../../../shared/domain/records';
import type { StoredRecord } from '../../../../shared/domain/views';
import { optionalLong, optionalText, rowKey } from '../../components/forms/form-values';
import { REQUIRED, UNREADABLE_DATE, type FieldErrors, type FieldProblem } from '../../components/forms/form-errors';

export type Role = (typeof INVOLVEMENT_ROLES)[number];
export type Verification = (typeof VERIFICATION_STATUSES)[number];
export type Stance = IncidentData['evidence'][number]['stance'];

/** Who an involved entry names: a person, or an organisation. */
export type Involvee = 'person' | 'organisation';

export interface InvolvedRow {
  key: string;
  who: Involvee;
  personId: string | undefined;
  organisationId: string | undefined;
  role: Role;
}

export function emptyInvolved(): InvolvedRow {
  return { key: rowKey(), who: 'person', personId: undefined, organisationId: undefined, role: 'victim' };
}

export interface EvidenceRow {
  key: string;
  /** Testimonies are picked here; documents linked elsewhere are kept as they are. */
  kind: 'testimony' | 'attachment';
  id: string | undefined;
  stance: Stance;
  note: string;
}

export interface IncidentForm {
  caseIds: string[];
  title: string;
  type: string | undefined;
  date: FuzzyDate | undefined;
  dateUnparsed: boolean;
  place: string | undefined;
  facilityKind: string | undefined;
  facilityName: string;
  placeText: string;
  description: string;
  involved: InvolvedRow[];
  agency: string | undefined;
  verification: Verification;
  evidence: EvidenceRow[];
  /** The incident this one follows in the chain of events. */
  follows: string | undefined;
}

export function emptyIncident(caseId?: string): IncidentForm {
  return {
    caseIds: caseId ? [caseId] : [],
    title: '',
    type: undefined,
    date: undefined,
    dateUnparsed: false,
    place: undefined,
    facilityKind: undefined,
    facilityName: '',
    placeText: '',
    description: '',
    involved: [],
    agency: undefined,
    verification: 'unverified',
    evidence: [],
    follows: undefined,
  };
}

export function incidentFromRecord(record: StoredRecord<'incident'>): IncidentForm {
  const d = record.data;
  return {
    caseIds: d.caseIds,
    title: d.title,
    type: d.type,
    date: d.date,
    dateUnparsed: false,
    place: d.place,
    facilityKind: d.facilityKind,
    facilityName: d.facilityName ?? '',
    placeText: d.placeText ?? '',
    description: d.description ?? '',
    involved: d.involved.map((row) => ({
      key: rowKey(),
      who: row.organisationId ? ('organisation' as const) : ('person' as const),
      personId: row.personId,
      organisationId: row.organisationId,
      role: row.role,
    })),
    agency: d.agency,
    verification: d.verification,
    evidence: d.evidence.map((row) => ({ key: rowKey(), kind: row.kind, id: row.id, stance: row.stance, note: row.note ?? '' })),
    follows: d.follows,
  };
}

export function incidentToData(form: IncidentForm): unknown {
  return {
    caseIds: form.caseIds,
    title: form.title.trim(),
    type: form.type,
    date: form.date,
    place: form.place,
    facilityKind: form.facilityKind,
    facilityName: optionalText(form.facilityName),
    placeText: optionalText(form.placeText),
    description: optionalLong(form.description),
    involved: form.involved.map((row) => (row.who === 'organisation' ? { organisationId: row.organisationId, role: row.role } : { personId: row.personId, role: row.role })),
    agency: form.agency,
    verification: form.verification,
    evidence: form.evidence.map((row) => ({ kind: row.kind, id: row.id, stance: row.stance, note: optionalText(row.note) })),
    follows: form.follows,
  };
}

export function checkIncident(form: IncidentForm): FieldErrors {
  const errors: Record<string, FieldProblem> = {};
  if (!form.type) errors.type = REQUIRED;
  if (form.dateUnparsed) errors.date = UNREADABLE_DATE;
  form.involved.forEach((row, i) => {
    if (row.who === 'person' && !row.personId) errors[`involved.${i}.personId`] = REQUIRED;
    if (row.who === 'organisation' && !row.organisationId) errors[`involved.${i}.organisationId`] = REQUIRED;
  });
  form.evidence.forEach((row, i) => {
    if (!row.id) errors[`evidence.${i}.id`] = REQUIRED;
  });
  return errors;
}
