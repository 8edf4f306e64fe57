import type { StoredRecord } from '../../../../shared/domain/views';
import { optionalLong, optionalText, rowKey } from '../../components/forms/form-values';
import { REQUIRED, type FieldErrors, type FieldProblem } from '../../components/forms/form-errors';
import { emptyName, type NameRow } from '../people/person-form';

export interface MemberRow {
  key: string;
  personId: string | undefined;
  role: string | undefined;
}

export interface OrganisationForm {
  caseIds: string[];
  names: NameRow[];
  type: string | undefined;
  place: string | undefined;
  description: string;
  members: MemberRow[];
}

export function emptyOrganisation(caseId?: string): OrganisationForm {
  return { caseIds: caseId ? [caseId] : [], names: [emptyName()], type: undefined, place: undefined, description: '', members: [] };
}

export function emptyMember(): MemberRow {
  return { key: rowKey(), personId: undefined, role: undefined };
}

export function organisationFromRecord(record: StoredRecord<'organisation'>): OrganisationForm {
  const d = record.data;
  return {
    caseIds: d.caseIds,
    names: d.names.map((name) => ({ key: rowKey(), value: name.value, script: name.script, scriptChosen: true, language: name.language ?? '', kind: name.kind })),
    type: d.type,
    place: d.place,
    description: d.description ?? '',
    members: d.members.map((member) => ({ key: rowKey(), personId: member.personId, role: member.role })),
  };
}

export function organisationToData(form: OrganisationForm): unknown {
  return {
    caseIds: form.caseIds,
    names: form.names.map((name) => ({ value: name.value.trim(), script: name.script, language: optionalText(name.language), kind: name.kind })),
    type: form.type,
    place: form.place,
    description: optionalLong(form.description),
    members: form.members.map((member) => ({ personId: member.personId, role: member.role })),
  };
}

/** What the schema cannot see: pickers left empty. */
export function checkOrganisation(form: OrganisationForm): FieldErrors {
  const errors: Record<string, FieldProblem> = {};
  form.members.forEach((member, i) => {
    if (!member.personId) errors[`members.${i}.personId`] = REQUIRED;
    if (!member.role) errors[`members.${i}.role`] = REQUIRED;
  });
  return errors;
}
