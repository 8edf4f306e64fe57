import { describe, expect, it } from 'vitest';
import { formatDayForInput, parseDayInput, stepDay } from '../../src/shared/dates/day-input';
import { LANGUAGES } from '../../src/shared/languages';

describe('a day as a day field shows it', () => {
  it.each([
    ['en', '3 December 2026'],
    ['ru', '03.12.2026'],
    ['kk', '03.12.2026'],
    ['ug', '2026-12-03'],
  ] as const)('%s: %s', (language, shown) => {
    expect(formatDayForInput('2026-12-03', language)).toBe(shown);
  });

  it('reads back what it shows, in every language', () => {
    for (const language of LANGUAGES) {
      for (const day of ['1900-01-01', '2024-02-29', '2026-12-03', '2100-12-31']) {
        expect(parseDayInput(formatDayForInput(day, language))).toBe(day);
      }
    }
  });

  it('leaves what is not a day as it was', () => {
    expect(formatDayForInput('', 'ru')).toBe('');
    expect(formatDayForInput('2026-02-30', 'kk')).toBe('2026-02-30');
  });
});

describe('a day as typed', () => {
  it.each([
    ['03.12.2026', '2026-12-03'],
    ['3.12.2026', '2026-12-03'],
    ['03/12/2026', '2026-12-03'],
    ['2026-12-03', '2026-12-03'],
    ['3 December 2026', '2026-12-03'],
    ['3 декабря 2026', '2026-12-03'],
    ['2026 ж. 3 желтоқсан', '2026-12-03'],
    ['2026-يىلى 3-دېكابىر', '2026-12-03'],
    ['  03.12.2026 ', '2026-12-03'],
  ])('%s', (text, iso) => {
    expect(parseDayInput(text)).toBe(iso);
  });

  it.each([
    ['', 'empty'],
    ['31.02.2026', 'no such day'],
    ['12.2026', 'a month'],
    ['2026', 'a year'],
    ['about 3 December 2026', 'an "about"'],
    ['1–5 December 2026', 'a range'],
    ['03.12.1899', 'before 1900'],
    ['01.01.2101', 'after 2100'],
    ['tomorrow-ish', 'words that are no date'],
  ])('refuses %s (%s)', (text) => {
    expect(parseDayInput(text)).toBeNull();
  });
});

describe('the arrow keys of a day field', () => {
  it('move by a day across months and years', () => {
    expect(stepDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(stepDay('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('stop at the bounds', () => {
    expect(stepDay('2100-12-31', 1)).toBe('2100-12-31');
    expect(stepDay('1900-01-01', -1)).toBe('1900-01-01');
  });
});
