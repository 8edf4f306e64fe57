import type { VocabularyTerm } from '../../../../shared/domain/views';

export interface TermNode {
  term: VocabularyTerm;
  depth: number;
  children: TermNode[];
  /** Shown only because a descendant matches the filter. */
  context: boolean;
}

/** Whether a term matches the filter text in its code or any of its labels. */
export function termMatches(term: VocabularyTerm, filter: string): boolean {
  const needle = filter.trim().toLocaleLowerCase();
  if (needle === '') return true;
  return [term.code, term.labels.en, term.labels.ru, term.labels.kk].some((text) => text.toLocaleLowerCase().includes(needle));
}

/**
 * The terms as a forest in their stored order. A term whose parent is missing is a root; a cycle
 * (which the store refuses, but a damaged vault might hold) is cut where it closes. With a filter,
 * matching terms stay together with the broader terms above them, marked as context.
 */
export function buildTree(terms: readonly VocabularyTerm[], filter = ''): TermNode[] {
  const codes = new Set(terms.map((term) => term.code));
  const children = new Map<string | null, VocabularyTerm[]>();
  for (const term of terms) {
    const parent = term.parent !== null && codes.has(term.parent) && term.parent !== term.code ? term.parent : null;
    const list = children.get(parent);
    if (list) list.push(term);
    else children.set(parent, [term]);
  }
  const seen = new Set<string>();
  const grow = (parent: string | null, depth: number): TermNode[] => {
    const nodes: TermNode[] = [];
    for (const term of children.get(parent) ?? []) {
      if (seen.has(term.code)) continue;
      seen.add(term.code);
      const below = grow(term.code, depth + 1);
      const matches = termMatches(term, filter);
      if (matches || below.length > 0) nodes.push({ term, depth, children: below, context: !matches });
    }
    return nodes;
  };
  return grow(null, 0);
}

/** A term and everything under it: none of them may become its parent. */
export function selfAndDescendants(terms: readonly VocabularyTerm[], code: string): Set<string> {
  const result = new Set([code]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const term of terms) {
      if (term.parent !== null && result.has(term.parent) && !result.has(term.code)) {
        result.add(term.code);
        grew = true;
      }
    }
  }
  return result;
}

/** Terms in tree order with their depth, for a parent picker. */
export function flatten(nodes: readonly TermNode[]): Array<{ term: VocabularyTerm; depth: number }> {
  return nodes.flatMap((node) => [{ term: node.term, depth: node.depth }, ...flatten(node.children)]);
}

/** How many terms a forest holds, context terms included. */
export function countNodes(nodes: readonly TermNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0);
}

/**
 * The first `limit` terms of a forest in reading order, its shape kept: a long vocabulary is drawn
 * a page at a time, and a branch cut short still sits under the broader terms above it.
 */
export function firstNodes(nodes: readonly TermNode[], limit: number): TermNode[] {
  const kept: TermNode[] = [];
  let left = limit;
  for (const node of nodes) {
    if (left <= 0) break;
    left -= 1;
    const children = firstNodes(node.children, left);
    left -= countNodes(children);
    kept.push(children.length === node.children.length ? node : { ...node, children });
  }
  return kept;
}
