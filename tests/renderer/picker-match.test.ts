import { describe, expect, it } from 'vitest';
import { isExactMatch, rankMatches } from '../../src/renderer/src/components/forms/picker-match';

const TERMS = [
  { label: 'Residential surveillance at a designated location', code: 'designated_residence_surveillance' },
  { label: 'Coerced labour transfer to factories', code: 'labour_transfer' },
  { label: 'Surveillance', code: 'surveillance', others: ['Слежка', 'Бақылауда ұстау'] },
  { label: 'Transfer', code: 'transfer' },
];

describe('the pickers put a label typed out in full first', () => {
  it('an exact label beats the longer labels that contain it, whatever the case', () => {
    expect(rankMatches(TERMS, 'SURVEILLANCE', (term) => term)[0]?.code).toBe('surveillance');
    expect(rankMatches(TERMS, 'transfer', (term) => term).map((term) => term.code)).toEqual(['transfer', 'labour_transfer']);
  });

  it('a code, a label in another language and accents or ё all count as exact', () => {
    expect(rankMatches(TERMS, 'labour_transfer', (term) => term)[0]?.code).toBe('labour_transfer');
    expect(isExactMatch('слежка', TERMS[2]!)).toBe(true);
    expect(isExactMatch('Surveillánce', TERMS[2]!)).toBe(true);
    expect(isExactMatch('Ёлка', { label: 'елка' })).toBe(true);
    expect(isExactMatch('surveil', TERMS[2]!)).toBe(false);
  });

  it('partial matches keep their order and nothing unmatched is offered', () => {
    expect(rankMatches(TERMS, 'an', (term) => term).map((term) => term.code)).toEqual(['designated_residence_surveillance', 'labour_transfer', 'surveillance', 'transfer']);
    expect(rankMatches(TERMS, 'zzz', (term) => term)).toEqual([]);
  });
});
