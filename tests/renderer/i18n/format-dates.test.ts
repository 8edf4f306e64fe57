import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatClock, formatDay, formatMoment } from '../../../src/renderer/src/i18n/format-dates';

describe('dates in the interface languages, with the app’s own month names', () => {
  it.each([
    ['en', '3 December 2026'],
    ['ru', '3 декабря 2026 г.'],
    ['kk', '2026 ж. 3 желтоқсан'],
    ['ug', '2026-يىلى 3-دېكابىر'],
  ] as const)('a day in %s: %s', (language, text) => {
    expect(formatDay('2026-12-03', language)).toBe(text);
  });

  it('never writes Intl’s "M12" for Kazakh', () => {
    for (let month = 1; month <= 12; month += 1) {
      const text = formatDay(`2026-${String(month).padStart(2, '0')}-15`, 'kk');
      expect(text).not.toMatch(/M\d/);
      expect(text).toMatch(/^2026 ж\. 15 \p{Script=Cyrillic}+$/u);
    }
  });

  it('leaves what is not a day as it was', () => {
    expect(formatDay('soon', 'ru')).toBe('soon');
  });

  describe('moments, in this computer’s time zone', () => {
    beforeEach(() => {
      vi.stubEnv('TZ', 'Asia/Almaty');
    });
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it.each([
      ['en', '4 December 2026, 01:30'],
      ['ru', '4 декабря 2026 г., 01:30'],
      ['kk', '2026 ж. 4 желтоқсан, 01:30'],
      ['ug', '2026-يىلى 4-دېكابىر، 01:30'],
    ] as const)('%s', (language, text) => {
      // 20:30 UTC is already the next day in Almaty (UTC+5).
      expect(formatMoment('2026-12-03T20:30:00.000Z', language)).toBe(text);
    });

    it('shows an unreadable timestamp as it is', () => {
      expect(formatMoment('not a time', 'kk')).toBe('not a time');
    });
  });

  it('writes the clock with 24 hours and leading zeros', () => {
    const date = new Date(2026, 11, 3, 9, 5, 7);
    expect(formatClock(date)).toBe('09:05');
    expect(formatClock(date, true)).toBe('09:05:07');
  });
});
