import { describe, expect, it } from 'vitest';
import { formatFuzzyDate, parseFuzzyDate } from '../../src/shared/dates/fuzzy-date';
import { labelsOrEnglish } from '../../src/shared/languages';

describe('Uyghur dates as field workers type them', () => {
  it.each([
    ['2018-يىلى 5-مارت', '2018-03-05', '2018-03-05'],
    ['2018-يىلى 3-ئاينىڭ 5-كۈنى', '2018-03-05', '2018-03-05'],
    ['٢٠١٨-يىلى مارت', '2018-03-01', '2018-03-31'],
    ['2017-يىلى باھاردا', '2017-03-01', '2017-05-31'],
    ['2017-يىلدىن 2019-يىلغىچە', '2017-01-01', '2019-12-31'],
    ['1990-يىللىرى', '1990-01-01', '1999-12-31'],
    ['2018-05-01', '2018-05-01', '2018-05-01'],
  ])('%s', (text, earliest, latest) => {
    expect(parseFuzzyDate(text)).toMatchObject({ earliest, latest });
  });

  it('refuses an open-ended "until 2019"', () => {
    expect(parseFuzzyDate('2019-يىلغىچە')).toBeNull();
  });

  it('writes a parsed date back in Uyghur, and reads it again', () => {
    const date = parseFuzzyDate('2018-يىلى 5-مارت');
    expect(date && formatFuzzyDate(date, 'ug')).toBe('2018-يىلى 5-مارت');
  });
});

describe('labelsOrEnglish', () => {
  it('reads a missing Uyghur label in English and keeps the others', () => {
    expect(labelsOrEnglish({ en: 'Tea', ru: 'Чай', kk: 'Шай' })).toEqual({ en: 'Tea', ru: 'Чай', kk: 'Шай', ug: 'Tea' });
  });
});
