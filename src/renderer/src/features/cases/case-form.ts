import { CASE_STATUSES, type CaseData } from '../../../../shared/domain/records';
import { joinList, optionalLong, optionalText, splitList } from '../../components/forms/form-values';
import type { StoredRecord } from '../../../../shared/domain/views';

export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The case's fields as the form holds them: text as typed, lists as comma-separated text. */
export interface CaseForm {
  title: string;
  reference: string;
  status: CaseStatus;
  summary: string;
  tags: string;
  responsibleLawyer: string;
}

export function emptyCase(): CaseForm {
  return { title: '', reference: '', status: 'open', summary: '', tags: '', responsibleLawyer: '' };
}

export function caseFromRecord(record: StoredRecord<'case'>): CaseForm {
  const d = record.data;
  return {
    title: d.title,
    reference: d.reference ?? '',
    status: d.status,
    summary: d.summary ?? '',
    tags: joinList(d.tags),
    responsibleLawyer: d.responsibleLawyer ?? '',
  };
}

export function caseToData(form: CaseForm): Partial<CaseData> {
  return {
    title: form.title.trim(),
    reference: optionalText(form.reference),
    status: form.status,
    summary: optionalLong(form.summary),
    tags: splitList(form.tags),
    responsibleLawyer: optionalText(form.responsibleLawyer),
  };
}

export function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}
