// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedList } from '../../src/renderer/src/components/forms/shared-list';

afterEach(cleanup);

describe('a list shared by the screens of the page', () => {
  it('loads once for every screen that shows it, and forgets it on clear (as on lock)', async () => {
    let loads = 0;
    const list = sharedList(async () => {
      loads += 1;
      return ['Prison', 'Тюрьма'];
    });
    const first = renderHook(() => list.use());
    const second = renderHook(() => list.use());
    await waitFor(() => expect(first.result.current.items).toEqual(['Prison', 'Тюрьма']));
    expect(second.result.current.items).toEqual(['Prison', 'Тюрьма']);
    expect(loads).toBe(1);
    act(() => list.clear());
    expect(first.result.current).toEqual({ status: 'idle', items: [] });
  });

  it('says why a load failed, and loads again when asked', async () => {
    let fail = true;
    const list = sharedList(async () => {
      if (fail) throw new Error('locked');
      return [1];
    });
    const { result } = renderHook(() => list.use());
    await waitFor(() => expect(result.current.status).toBe('failed'));
    expect(result.current.failure).toBe('INTERNAL');
    fail = false;
    await act(() => list.refresh());
    expect(result.current).toMatchObject({ status: 'ready', items: [1] });
  });
});
