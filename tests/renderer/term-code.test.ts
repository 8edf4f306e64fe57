import { describe, expect, it } from 'vitest';
import { termCode } from '../../src/shared/domain/common';
import { isTermCode, suggestCode, uniqueCode } from '../../src/renderer/src/features/vocabularies/term-code';
import { buildTree, selfAndDescendants } from '../../src/renderer/src/features/vocabularies/term-tree';

describe('term codes', () => {
  it('suggests snake_case from the English label', () => {
    expect(suggestCode('Re-education camp (closed)')).toBe('re_education_camp_closed');
    expect(suggestCode('  Café  Überwachung ')).toBe('cafe_uberwachung');
    expect(suggestCode('1990s purge')).toBe('term_1990s_purge');
    expect(suggestCode('Задержание')).toBe('');
    expect(suggestCode('x'.repeat(200))).toHaveLength(80);
  });

  it('only suggests codes the contract accepts', () => {
    for (const label of ['Re-education camp', 'Ürümqi No. 3 detention centre', '__a__', '9', 'a b c']) {
      const code = suggestCode(label);
      if (code !== '') expect(termCode.safeParse(code).success, code).toBe(true);
      expect(isTermCode(code)).toBe(code !== '' && termCode.safeParse(code).success);
    }
  });

  it('adds a number when the code is taken', () => {
    expect(uniqueCode('camp', new Set(['camp', 'camp_2']))).toBe('camp_3');
    expect(uniqueCode('camp', new Set())).toBe('camp');
  });
});

describe('term tree', () => {
  const labels = (en: string) => ({ en, ru: en, kk: en, ug: en });
  const terms = [
    { code: 'detention', labels: labels('Detention'), parent: null, deprecated: false },
    { code: 'camp', labels: labels('Camp'), parent: 'detention', deprecated: false },
    { code: 'prison', labels: labels('Prison'), parent: 'detention', deprecated: true },
    { code: 'orphan', labels: labels('Orphan'), parent: 'missing', deprecated: false },
  ];

  it('nests children under parents and keeps orphans at the top', () => {
    const tree = buildTree(terms);
    expect(tree.map((node) => node.term.code)).toEqual(['detention', 'orphan']);
    expect(tree[0]?.children.map((node) => node.term.code)).toEqual(['camp', 'prison']);
  });

  it('keeps the broader terms of a match, as context', () => {
    const tree = buildTree(terms, 'pris');
    expect(tree).toHaveLength(1);
    expect(tree[0]).toMatchObject({ context: true });
    expect(tree[0]?.children.map((node) => [node.term.code, node.context])).toEqual([['prison', false]]);
  });

  it('never offers a term or its descendants as its own parent', () => {
    expect([...selfAndDescendants(terms, 'detention')].sort()).toEqual(['camp', 'detention', 'prison']);
  });
});
