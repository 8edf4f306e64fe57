import { CONSENT_USES, type SourceData, type SourceIdentity } from '../../../../shared/domain/records';
import type { StoredRecord } from '../../../../shared/domain/views';
import { optionalLong, optionalText, rowKey } from '../../components/forms/form-values';
import { REQUIRED, type FieldErrors, type FieldProblem } from '../../components/forms/form-errors';

export type ConsentUse = (typeof CONSENT_USES)[number];
export type ConsentHow = SourceData['consents'][number]['how'];
export const CONSENT_HOWS: readonly ConsentHow[] = ['oral', 'written', 'recorded', 'other'];

export interface ConsentRow {
  key: string;
  use: ConsentUse;
  granted: 'yes' | 'no';
  date: string;
  how: ConsentHow;
  /** For share_partners: ids of partners in the address book. */
  partnerIds: string[];
  note: string;
}

export interface SourceForm {
  caseIds: string[];
  organisationId: string | undefined;
  connection: string | undefined;
  reliability: string | undefined;
  relationToVictim: string;
  riskNotes: string;
  consents: ConsentRow[];
}

export interface IdentityForm {
  realName: string;
  phone: string;
  address: string;
  notes: string;
}

export const EMPTY_IDENTITY: IdentityForm = { realName: '', phone: '', address: '', notes: '' };

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptySource(caseId?: string): SourceForm {
  return { caseIds: caseId ? [caseId] : [], organisationId: undefined, connection: undefined, reliability: undefined, relationToVictim: '', riskNotes: '', consents: [] };
}

/** A new consent row: the next use not yet recorded, given orally today. */
export function emptyConsent(existing: readonly ConsentRow[]): ConsentRow {
  const use = CONSENT_USES.find((candidate) => !existing.some((row) => row.use === candidate)) ?? 'record';
  return { key: rowKey(), use, granted: 'yes', date: today(), how: 'oral', partnerIds: [], note: '' };
}

export function sourceFromRecord(record: StoredRecord<'source'>): SourceForm {
  const d = record.data;
  return {
    caseIds: d.caseIds,
    organisationId: d.organisationId,
    connection: d.connection,
    reliability: d.reliability,
    relationToVictim: d.relationToVictim ?? '',
    riskNotes: d.riskNotes ?? '',
    consents: d.consents.map((consent) => ({
      key: rowKey(),
      use: consent.use,
      granted: consent.granted ? 'yes' : 'no',
      date: consent.date,
      how: consent.how,
      partnerIds: [...consent.partnerIds],
      note: consent.note ?? '',
    })),
  };
}

export function sourceToData(form: SourceForm): unknown {
  return {
    caseIds: form.caseIds,
    organisationId: form.organisationId,
    connection: form.connection,
    reliability: form.reliability,
    relationToVictim: optionalText(form.relationToVictim),
    riskNotes: optionalLong(form.riskNotes),
    consents: form.consents.map((consent) => ({
      use: consent.use,
      granted: consent.granted === 'yes',
      date: consent.date,
      how: consent.how,
      partnerIds: consent.use === 'share_partners' ? [...new Set(consent.partnerIds)] : [],
      note: optionalText(consent.note),
    })),
  };
}

export function checkSource(form: SourceForm): FieldErrors {
  const errors: Record<string, FieldProblem> = {};
  form.consents.forEach((consent, i) => {
    if (consent.date === '') errors[`consents.${i}.date`] = REQUIRED;
  });
  return errors;
}

export function identityFrom(identity: SourceIdentity): IdentityForm {
  return { realName: identity.realName ?? '', phone: identity.phone ?? '', address: identity.address ?? '', notes: identity.notes ?? '' };
}

export function identityToData(form: IdentityForm): SourceIdentity {
  return {
    realName: optionalText(form.realName),
    phone: optionalText(form.phone),
    address: optionalText(form.address),
    notes: optionalText(form.notes),
  };
}

export function identityIsEmpty(form: IdentityForm): boolean {
  return Object.values(form).every((value) => value.trim() === '');
}
