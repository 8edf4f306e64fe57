import type { FuzzyDate } from '../../../../shared/domain/common';
import type { RecordData, RecordKind } from '../../../../shared/domain/records';
import type { Queryable } from '../../db/database';
import type { FieldRule } from './field-rules';

/** A record another one points at, with the field path to blame if it is missing. */
export interface Reference {
  path: string;
  id: string;
  kind: RecordKind | 'attachment';
}

/** A vocabulary code a record uses, with its field path. */
export interface TermUse {
  path: string;
  vocabulary: string;
  code: string;
}

/** What is stored beside a record and not in its data. */
export interface LabelExtra {
  pseudonym?: string;
  /** The label (pseudonym) of the source a testimony is from, read by the store. */
  sourceLabel?: string;
}

/** One entry a record gives the case timeline; the store adds the record's id and label. */
export interface KindTimelineEntry {
  /** Told apart from the record's other entries: a person's status changes each have one. */
  keySuffix?: string;
  kind: 'incident' | 'testimony' | 'status';
  type?: string;
  date: FuzzyDate;
  personIds: string[];
  /** The organisations it concerns: those an incident involves. */
  organisationIds?: string[];
  /** The record this one follows in a chain of events; the store adds its label. */
  follows?: string;
}

/**
 * Everything the core knows of one kind of record. The store, search, timeline, references and
 * redaction loop over these modules instead of switching on the kind, so a new kind is a new
 * module. Functions that read stored data take it as Partial: a testimony draft and a redacted
 * import may lack fields the schema requires.
 */
export interface KindModule<K extends RecordKind> {
  kind: K;
  /** A short human label, stored beside the record for lists, sorting and search results. */
  label(data: Partial<RecordData<K>>, extra: LabelExtra): string;
  /** The cases the record belongs to: a case belongs to itself. */
  cases(data: Partial<RecordData<K>>, id: string): readonly string[];
  /** Known by a pseudonym the vault numbers, its real identity sealed apart from its data. */
  pseudonymous?: true;
  /** Every other record this one points at. */
  references(data: Partial<RecordData<K>>): Reference[];
  /** Every vocabulary term this one uses. */
  terms(data: Partial<RecordData<K>>): TermUse[];
  /**
   * Checks across records that a reference check cannot make, run when a person creates or
   * saves one (`id` undefined for a new record); throws a field problem to refuse it.
   */
  checkWrite?(db: Queryable, id: string | undefined, data: Partial<RecordData<K>>): Promise<void>;
  /** The text the record is found by. A source's protected identity never appears here. */
  searchText(data: Partial<RecordData<K>>, extra: LabelExtra): Array<string | undefined>;
  /** What the record puts on its cases' timelines; absent for kinds that have no date. */
  timeline?(data: RecordData<K>, id: string): KindTimelineEntry[];
  /** Its sensitive fields (docs/security.md S21). */
  sensitive: readonly FieldRule[];
  /** The rule for files attached to it, when they carry one. */
  attachments?: FieldRule;
  /** The field holding the id of the source whose consent governs its sensitive fields. */
  sourceReference?: string;
}

/** The cases of every kind but a case: its `caseIds`, once each. */
export function listedCases(data: { caseIds?: readonly string[] | undefined }): readonly string[] {
  return [...new Set(data.caseIds ?? [])];
}

/** The references every kind but a case has: the cases it belongs to. */
export function caseReferences(caseIds: readonly string[] | undefined): Reference[] {
  return (caseIds ?? []).map((id, i) => ({ path: `caseIds.${i}`, id, kind: 'case' }));
}

/** A collector of term uses that skips empty fields. */
export function termCollector(): { uses: TermUse[]; add(path: string, vocabulary: string, code: string | undefined): void } {
  const uses: TermUse[] = [];
  return {
    uses,
    add(path, vocabulary, code) {
      if (code) uses.push({ path, vocabulary, code });
    },
  };
}
