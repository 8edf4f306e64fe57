import type { FuzzyDate, RecordMeta } from './common';
import type { LanguageLabels } from '../languages';
import type { RecordData, RecordKind } from './records';

/** A record as the store returns it. Drafts hold whatever was typed so far. */
export type StoredRecord<K extends RecordKind = RecordKind> = K extends RecordKind
  ? RecordMeta & {
      kind: K;
      draft: boolean;
      /** A short human label: a case's title, a person's first name, a source's pseudonym. */
      label: string;
      data: RecordData<K>;
      /** Sources only: the citation code (S-0014) and whether a protected identity is on file. */
      pseudonym?: string;
      hasIdentity?: boolean;
    }
  : never;

export interface RecordPage<K extends RecordKind = RecordKind> {
  items: StoredRecord<K>[];
  total: number;
}

export interface CaseSummary {
  id: string;
  label: string;
  status: string;
  reference?: string;
  updatedAt: string;
  lastChange: string;
  counts: { person: number; source: number; testimony: number; incident: number; attachment: number };
}

/** A piece of a search snippet: `hit` marks the words that matched. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  id: string;
  kind: RecordKind;
  label: string;
  snippet: SnippetPart[];
  score: number;
}

export interface TimelineItem {
  /** Unique per item; a person's status changes share the person's record id. */
  key: string;
  recordId: string;
  kind: 'incident' | 'testimony' | 'status';
  label: string;
  /** Incident type code, or the person status for status changes. */
  type?: string;
  date: FuzzyDate;
  personIds: string[];
  /** The organisations it concerns: those an incident involves. */
  organisationIds?: string[];
  /** The incident this one follows in a chain of events, when it is on this case's timeline. */
  follows?: { recordId: string; label: string };
  /**
   * Where to draw it, when that is not its date: an incident that follows another never starts
   * before it (store/timeline-chain.ts), so "March 2019" after an arrest on 10 March starts there.
   */
  drawn?: { earliest: string; latest: string };
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  recordKind: string | null;
  recordId: string | null;
  changes: AuditChange[];
  hash: string;
}

/**
 * One changed field of an audit entry. The log never holds a record's values: only which field,
 * and a keyed hash of its new value, so a purge leaves nothing readable (docs/security.md S29).
 */
export interface AuditChange {
  field: string;
  /** HMAC-SHA256 (audit subkey) of the new value's canonical JSON. */
  hash?: string;
  /** The field no longer has a value. */
  removed?: true;
  /** The actor's own words about the action, such as the reason for revealing an identity. */
  note?: string;
}

export interface AuditProblem {
  seq: number;
  /** `unsealed`: the end of the chain does not match its keyed seal (docs/security.md S30). */
  problem: 'altered' | 'removed' | 'reordered' | 'inserted' | 'unsealed';
  message: string;
}

export interface AuditReport {
  ok: boolean;
  entries: number;
  problems: AuditProblem[];
}

export interface AttachmentInfo {
  id: string;
  ownerId: string;
  name: string;
  mime: string;
  size: number;
  /** SHA-256 of the file as received, kept for chain of custody. */
  sha256: string;
  /** Set when a metadata-free working copy exists beside the original. */
  workingSha256: string | null;
  metadataRemoved: string[];
  createdAt: string;
  deletedAt: string | null;
}

export interface VocabularyTerm {
  code: string;
  labels: LanguageLabels;
  parent: string | null;
  deprecated: boolean;
}

export interface Vocabulary {
  key: string;
  labels: LanguageLabels;
  hierarchical: boolean;
  terms: VocabularyTerm[];
}

export interface TrashItem {
  id: string;
  kind: RecordKind | 'attachment';
  label: string;
  deletedAt: string;
}

/** One page of the trash, newest first, and how many items the whole trash holds. */
export interface TrashPage {
  items: TrashItem[];
  total: number;
}
