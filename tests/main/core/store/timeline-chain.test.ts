import { describe, expect, it } from 'vitest';
import { alongChains } from '../../../../src/main/core/store/timeline-chain';
import type { TimelineItem } from '../../../../src/shared/domain/views';

function incident(id: string, earliest: string, latest = earliest, follows?: string): TimelineItem {
  const precision = earliest === latest ? 'day' : 'range';
  return { key: id, recordId: id, kind: 'incident', label: id, date: { precision, earliest, latest }, personIds: [], ...(follows ? { follows: { recordId: follows, label: follows } } : {}) };
}

const order = (items: TimelineItem[]) => alongChains(items).map((item) => item.recordId);
const drawnOf = (items: TimelineItem[], id: string) => alongChains(items).find((item) => item.recordId === id)?.drawn;

describe('alongChains', () => {
  it('starts a follower no earlier than what it follows, and keeps its date', () => {
    const items = [incident('transfer', '2019-03-01', '2019-03-31', 'arrest'), incident('arrest', '2019-03-10')];
    const laid = alongChains(items);
    expect(laid.map((item) => item.recordId)).toEqual(['arrest', 'transfer']);
    expect(laid[1]).toMatchObject({ date: { earliest: '2019-03-01', latest: '2019-03-31' }, drawn: { earliest: '2019-03-10', latest: '2019-03-31' } });
    expect(laid[0]).not.toHaveProperty('drawn');
  });

  it('clamps along the whole chain, and leaves a follower that already starts later alone', () => {
    const items = [
      incident('sentence', '2019-01-01', '2019-12-31', 'transfer'),
      incident('transfer', '2019-03-01', '2019-03-31', 'arrest'),
      incident('arrest', '2019-03-10'),
      incident('release', '2020-05-01', '2020-05-01', 'sentence'),
    ];
    expect(drawnOf(items, 'sentence')).toEqual({ earliest: '2019-03-10', latest: '2019-12-31' });
    expect(drawnOf(items, 'release')).toBeUndefined();
    expect(order(items)).toEqual(['arrest', 'transfer', 'sentence', 'release']);
  });

  it('orders a tie by the chain, whatever order the items came in', () => {
    // Against the alphabet, so the order cannot come from the keys.
    const items = [incident('a', '2019-03-10', '2019-03-10', 'b'), incident('b', '2019-03-10', '2019-03-10', 'c'), incident('c', '2019-03-10')];
    expect(order(items)).toEqual(['c', 'b', 'a']);
    expect(order([...items].reverse())).toEqual(['c', 'b', 'a']);
  });

  it('moves the end too when what it follows starts after the follower’s last day', () => {
    const items = [incident('late', '2019-02-01', '2019-02-28', 'early'), incident('early', '2019-03-10')];
    expect(drawnOf(items, 'late')).toEqual({ earliest: '2019-03-10', latest: '2019-03-10' });
  });

  it('ignores a predecessor that is not on the timeline, and survives a circle', () => {
    expect(drawnOf([incident('transfer', '2019-03-01', '2019-03-31', 'gone')], 'transfer')).toBeUndefined();
    const circle = [incident('a', '2019-03-01', '2019-03-31', 'b'), incident('b', '2019-03-10', '2019-03-20', 'a')];
    const laid = alongChains(circle);
    expect(laid).toHaveLength(2);
    expect(laid.map((item) => item.recordId).sort()).toEqual(['a', 'b']);
  });
});
