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

  it.each([
    ['2019-يىلى 10-مارتتىن كېيىن', 'after', '2019-03-10', '2019-03-10'],
    ['2019-يىلى 10-مارتتىن بۇرۇن', 'before', '2019-03-10', '2019-03-10'],
    ['2019-يىلى 10-مارتتىن ئىلگىرى', 'before', '2019-03-10', '2019-03-10'],
    ['2019-يىلى مارتتىن كېيىن', 'after', '2019-03-01', '2019-03-31'],
    ['2019-يىلغىچە', 'before', '2019-01-01', '2019-12-31'],
    ['2019-يىلى 9-مارتتىن 10-مارتقا ئۆتەر كېچىسى', 'night', '2019-03-09', '2019-03-10'],
    ['2018-يىلى 31-دېكابىردىن 2019-يىلى 1-يانۋارغا ئۆتەر كېچىسى', 'night', '2018-12-31', '2019-01-01'],
  ])('%s → %s %s..%s', (text, qualifier, earliest, latest) => {
    expect(parseFuzzyDate(text)).toMatchObject({ qualifier, earliest, latest });
  });

  it('refuses a night that is not one day into the next, and a qualifier alone', () => {
    expect(parseFuzzyDate('2019-يىلى 9-مارتتىن 12-مارتقا ئۆتەر كېچىسى')).toBeNull();
    expect(parseFuzzyDate('كېيىن')).toBeNull();
    expect(parseFuzzyDate('تەخمىنەن 2019-يىلدىن كېيىن')).toBeNull();
  });

  it('still reads the terminative between two dates as the end of a range', () => {
    expect(parseFuzzyDate('2017-يىلدىن 2019-يىلغىچە')).not.toHaveProperty('qualifier');
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
