import { describe, expect, it } from 'vitest';
import type { VocabularyTerm } from '../../src/shared/domain/views';
import { buildTree, countNodes, firstNodes, flatten } from '../../src/renderer/src/features/vocabularies/term-tree';

const term = (code: string, parent: string | null = null): VocabularyTerm => ({ code, labels: { en: code, ru: code, kk: code, ug: code }, parent, deprecated: false });

describe('a long vocabulary a page at a time', () => {
  // a ─ a1 ─ a11, a12 · a2 · b ─ b1 · c
  const terms = [term('a'), term('a1', 'a'), term('a11', 'a1'), term('a12', 'a1'), term('a2', 'a'), term('b'), term('b1', 'b'), term('c')];
  const tree = buildTree(terms);
  const codes = (nodes: ReturnType<typeof buildTree>) => flatten(nodes).map((entry) => entry.term.code);

  it('counts every term of the forest', () => {
    expect(countNodes(tree)).toBe(8);
    expect(countNodes([])).toBe(0);
  });

  it('keeps the first terms in reading order, each cut branch under its broader terms', () => {
    for (let limit = 0; limit <= 9; limit += 1) {
      const page = firstNodes(tree, limit);
      expect(codes(page)).toEqual(codes(tree).slice(0, limit));
      expect(countNodes(page)).toBe(Math.min(limit, 8));
    }
    expect(firstNodes(tree, 3)).toEqual([{ ...tree[0], children: [{ ...tree[0]!.children[0], children: [tree[0]!.children[0]!.children[0]] }] }]);
    expect(firstNodes(tree, 8)).toEqual(tree);
  });
});
