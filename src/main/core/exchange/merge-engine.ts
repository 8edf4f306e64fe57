import type { RecordKind } from '../../../shared/domain/records';
import { taggedSha256Hex } from '../crypto/lineage-digest';
import { canonicalJson } from '../store/canonical-json';

/**
 * The merge of exchanged records, without a database: a record's lineage is the set of version
 * ids this vault knows (each with its ancestors) plus the content of its heads, the versions no
 * known version descends from. Absorbing a version is a set union, so any order of bundles, with
 * duplicates and replays, ends in the same lineage; what a record shows is a function of that
 * lineage alone.
 */

/** What a version holds: the exchanged content of a record at one point in its history. */
export interface VersionContent {
  kind: RecordKind;
  data: Record<string, unknown>;
  deletedAt: string | null;
  updatedAt: string;
}

export interface Head {
  version: string;
  /** Every earlier version id, sorted: what this head descends from. */
  ancestors: string[];
  content: VersionContent;
}

export interface Lineage {
  /** Every version id known for the record: the heads and all their ancestors. */
  known: ReadonlySet<string>;
  /** Sorted by version id; empty for a record never exchanged. */
  heads: readonly Head[];
}

/** What absorbing one version did, as the preview and the result name it. */
export type Outcome = 'new' | 'unchanged' | 'fast-forward' | 'conflict' | 'identical';

export const EMPTY_LINEAGE: Lineage = { known: new Set(), heads: [] };

/**
 * A version id: SHA-256 of the content, the sorted parent ids and the vault's lineage salt, 32
 * random bytes that never leave it (docs/export-format.md). Without the salt, a partner who
 * received a redacted record could test guesses of a withheld short field (an ID number) against
 * the id. The same salt for the whole vault keeps the id a function of content and parents there.
 */
export function versionId(content: VersionContent, parents: readonly string[], salt: string): string {
  return taggedSha256Hex('casekeep record version', canonicalJson({ content, parents: [...new Set(parents)].sort(), salt }));
}

/**
 * Two contents that say the same thing: the same kind and data, both in or both out of the
 * trash. When each side made the same change, that is agreement, not a conflict.
 */
export function sameMeaning(a: VersionContent, b: VersionContent): boolean {
  return meaningKey(a) === meaningKey(b);
}

function meaningKey(c: VersionContent): string {
  return canonicalJson({ kind: c.kind, data: c.data, deleted: c.deletedAt !== null });
}

function versionTime(c: VersionContent): string {
  return c.deletedAt !== null && c.deletedAt > c.updatedAt ? c.deletedAt : c.updatedAt;
}

/**
 * The head a record shows: the latest change, ties broken by version id. Depends only on the
 * set of heads, never on which arrived first.
 */
export function winner(heads: readonly Head[]): Head | undefined {
  let best: Head | undefined;
  for (const head of heads) {
    if (!best) best = head;
    else {
      const a = versionTime(head.content);
      const b = versionTime(best.content);
      if (a > b || (a === b && head.version > best.version)) best = head;
    }
  }
  return best;
}

/** True when the heads disagree: a person has to choose. */
export function inConflict(lineage: Lineage): boolean {
  const keys = new Set(lineage.heads.map((h) => meaningKey(h.content)));
  return keys.size > 1;
}

function sortHeads(heads: Head[]): Head[] {
  return heads.sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
}

/** Absorbs one version: the union of what was known with it and its ancestors. */
export function absorb(lineage: Lineage, incoming: Head): { lineage: Lineage; outcome: Outcome } {
  if (lineage.known.has(incoming.version)) return { lineage, outcome: 'unchanged' };
  const ancestors = new Set(incoming.ancestors);
  const known = new Set(lineage.known);
  known.add(incoming.version);
  for (const id of ancestors) known.add(id);
  // A version not known yet descends from no known version (each one came with its ancestors),
  // so it is a head; the heads it descends from are not any more.
  const kept = lineage.heads.filter((h) => !ancestors.has(h.version));
  const next: Lineage = { known, heads: sortHeads([...kept, { ...incoming, ancestors: [...ancestors].sort() }]) };
  if (lineage.heads.length === 0) return { lineage: next, outcome: 'new' };
  if (kept.length === 0) return { lineage: next, outcome: 'fast-forward' };
  return { lineage: next, outcome: inConflict(next) ? 'conflict' : 'identical' };
}

/**
 * The record as it stands now, made a version if it is not one yet: a record never exchanged, or
 * changed since, gets a version whose parents are its heads. During a conflict, an edit of the
 * record as shown continues the head it shows; the other sides stay until resolved.
 */
export function recordCurrent(lineage: Lineage, current: VersionContent, salt: string): { lineage: Lineage; head: Head; created: boolean } {
  const key = canonicalJson(current);
  const same = lineage.heads.find((h) => canonicalJson(h.content) === key);
  if (same) return { lineage, head: same, created: false };
  const parents = inConflict(lineage) ? [winner(lineage.heads)!] : [...lineage.heads];
  return extend(lineage, parents, current, salt);
}

/** A person's resolution: a new version whose parents are every head, so it supersedes them all. */
export function resolve(lineage: Lineage, chosen: VersionContent, salt: string): { lineage: Lineage; head: Head } {
  const { lineage: next, head } = extend(lineage, [...lineage.heads], chosen, salt);
  return { lineage: next, head };
}

function extend(lineage: Lineage, parents: Head[], content: VersionContent, salt: string): { lineage: Lineage; head: Head; created: boolean } {
  const ancestors = new Set<string>();
  for (const p of parents) {
    ancestors.add(p.version);
    for (const a of p.ancestors) ancestors.add(a);
  }
  const head: Head = { version: versionId(content, parents.map((p) => p.version), salt), ancestors: [...ancestors].sort(), content };
  const { lineage: next } = absorb(lineage, head);
  return { lineage: next, head, created: true };
}
