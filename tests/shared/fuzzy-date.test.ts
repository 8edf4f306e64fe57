import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fuzzyDate, type FuzzyDate } from '../../src/shared/domain/common';
import { fieldIssue } from '../../src/shared/field-issues';
import {
  MONTH_NAMES,
  compareFuzzyDates,
  exactDay,
  formatFuzzyDate,
  parseFuzzyDate,
  type FuzzyDateLanguage,
} from '../../src/shared/dates/fuzzy-date';

type Precision = FuzzyDate['precision'];
const LANGUAGES: readonly FuzzyDateLanguage[] = ['en', 'ru', 'kk', 'ug'];
/** Fixed so relative words ("last year") give the same answer on every run. */
const TODAY = '2024-06-15';

/** [input, precision, earliest, latest] */
const CASES: readonly (readonly [string, Precision, string, string])[] = [
  // Exact days
  ['2018-03-05', 'day', '2018-03-05', '2018-03-05'],
  ['05.03.2018', 'day', '2018-03-05', '2018-03-05'],
  ['5.3.2018', 'day', '2018-03-05', '2018-03-05'],
  ['5/3/2018', 'day', '2018-03-05', '2018-03-05'],
  ['05-03-2018', 'day', '2018-03-05', '2018-03-05'],
  ['2018.03.05', 'day', '2018-03-05', '2018-03-05'],
  ['5 March 2018', 'day', '2018-03-05', '2018-03-05'],
  ['March 5, 2018', 'day', '2018-03-05', '2018-03-05'],
  ['the 5th of March 2018', 'day', '2018-03-05', '2018-03-05'],
  ['5 Mar 2018', 'day', '2018-03-05', '2018-03-05'],
  ['5-Mar-2018', 'day', '2018-03-05', '2018-03-05'],
  ['5 марта 2018', 'day', '2018-03-05', '2018-03-05'],
  ['5 марта 2018 года', 'day', '2018-03-05', '2018-03-05'],
  ['5-го марта 2018г.', 'day', '2018-03-05', '2018-03-05'],
  ['2018 жылғы 5 наурыз', 'day', '2018-03-05', '2018-03-05'],
  ['2018 жылы 5 наурызда', 'day', '2018-03-05', '2018-03-05'],
  ['5 наурыз 2018 ж.', 'day', '2018-03-05', '2018-03-05'],
  ['29.02.2020', 'day', '2020-02-29', '2020-02-29'],
  // Months
  ['March 2018', 'month', '2018-03-01', '2018-03-31'],
  ['  march   2018  ', 'month', '2018-03-01', '2018-03-31'],
  ['2018-03', 'month', '2018-03-01', '2018-03-31'],
  ['03.2018', 'month', '2018-03-01', '2018-03-31'],
  ['март 2018', 'month', '2018-03-01', '2018-03-31'],
  ['в марте 2018 года', 'month', '2018-03-01', '2018-03-31'],
  ['МАРТЕ 2018', 'month', '2018-03-01', '2018-03-31'],
  ['февраль 2020', 'month', '2020-02-01', '2020-02-29'],
  ['в мае 2019', 'month', '2019-05-01', '2019-05-31'],
  ['наурыз 2018', 'month', '2018-03-01', '2018-03-31'],
  ['2018 жылдың наурызында', 'month', '2018-03-01', '2018-03-31'],
  ['шілдеде 2019', 'month', '2019-07-01', '2019-07-31'],
  ['2016 жылы қыркүйекте', 'month', '2016-09-01', '2016-09-30'],
  ['желтоқсан айында 2015', 'month', '2015-12-01', '2015-12-31'],
  ['кантар 2018', 'month', '2018-01-01', '2018-01-31'],
  // Years
  ['2018', 'year', '2018-01-01', '2018-12-31'],
  ['in 2018', 'year', '2018-01-01', '2018-12-31'],
  ['2018 г.', 'year', '2018-01-01', '2018-12-31'],
  ['в 2018 году', 'year', '2018-01-01', '2018-12-31'],
  ['2018 жыл', 'year', '2018-01-01', '2018-12-31'],
  ['2018 жылы', 'year', '2018-01-01', '2018-12-31'],
  ['last year', 'year', '2023-01-01', '2023-12-31'],
  ['в прошлом году', 'year', '2023-01-01', '2023-12-31'],
  ['былтыр', 'year', '2023-01-01', '2023-12-31'],
  ['биыл', 'year', '2024-01-01', '2024-12-31'],
  // Seasons
  ['spring 2017', 'range', '2017-03-01', '2017-05-31'],
  ['summer 2017', 'range', '2017-06-01', '2017-08-31'],
  ['autumn 2017', 'range', '2017-09-01', '2017-11-30'],
  ['fall 2017', 'range', '2017-09-01', '2017-11-30'],
  ['winter 2017', 'range', '2017-12-01', '2018-02-28'],
  ['winter 2019', 'range', '2019-12-01', '2020-02-29'],
  ['весна 2017', 'range', '2017-03-01', '2017-05-31'],
  ['весной 2017', 'range', '2017-03-01', '2017-05-31'],
  ['летом 2017 года', 'range', '2017-06-01', '2017-08-31'],
  ['осенью 2017 г.', 'range', '2017-09-01', '2017-11-30'],
  ['зимой 2017', 'range', '2017-12-01', '2018-02-28'],
  ['зима 2017/2018', 'range', '2017-12-01', '2018-02-28'],
  ['winter 2017-18', 'range', '2017-12-01', '2018-02-28'],
  ['көктем 2017', 'range', '2017-03-01', '2017-05-31'],
  ['2017 жылдың көктемі', 'range', '2017-03-01', '2017-05-31'],
  ['2017 жылы жазда', 'range', '2017-06-01', '2017-08-31'],
  ['2017 жылдың күзінде', 'range', '2017-09-01', '2017-11-30'],
  ['қыс 2017', 'range', '2017-12-01', '2018-02-28'],
  // Ranges
  ['between March and June 2018', 'range', '2018-03-01', '2018-06-30'],
  ['March–June 2018', 'range', '2018-03-01', '2018-06-30'],
  ['March - June 2018', 'range', '2018-03-01', '2018-06-30'],
  ['from March to June 2018', 'range', '2018-03-01', '2018-06-30'],
  ['2017-2019', 'range', '2017-01-01', '2019-12-31'],
  ['2017 — 2019', 'range', '2017-01-01', '2019-12-31'],
  ['from 2017 to 2019', 'range', '2017-01-01', '2019-12-31'],
  ['between 2017 and 2019', 'range', '2017-01-01', '2019-12-31'],
  ['2017 or 2018', 'range', '2017-01-01', '2018-12-31'],
  ['5–10 March 2018', 'range', '2018-03-05', '2018-03-10'],
  ['March 5-10, 2018', 'range', '2018-03-05', '2018-03-10'],
  ['05.03.2018 - 10.04.2018', 'range', '2018-03-05', '2018-04-10'],
  ['December – February 2018', 'range', '2017-12-01', '2018-02-28'],
  ['Dec 2017 – Feb 2018', 'range', '2017-12-01', '2018-02-28'],
  ['с марта по июнь 2018', 'range', '2018-03-01', '2018-06-30'],
  ['с 5 по 10 марта 2018 г.', 'range', '2018-03-05', '2018-03-10'],
  ['между 2017 и 2018', 'range', '2017-01-01', '2018-12-31'],
  ['2017–2019 гг.', 'range', '2017-01-01', '2019-12-31'],
  ['март-июнь 2018', 'range', '2018-03-01', '2018-06-30'],
  ['2017–2019 жж.', 'range', '2017-01-01', '2019-12-31'],
  ['наурыздан маусымға дейін 2018', 'range', '2018-03-01', '2018-06-30'],
  ['2017 жылдан 2019 жылға дейін', 'range', '2017-01-01', '2019-12-31'],
  ['2017-ден 2019-ға дейін', 'range', '2017-01-01', '2019-12-31'],
  ['2017-2019 жылдар аралығында', 'range', '2017-01-01', '2019-12-31'],
  ['2018 ж. наурыз – маусым', 'range', '2018-03-01', '2018-06-30'],
  ['the 1990s', 'range', '1990-01-01', '1999-12-31'],
  ['в 1990-х годах', 'range', '1990-01-01', '1999-12-31'],
  ['1990 жылдары', 'range', '1990-01-01', '1999-12-31'],
  // About
  ['about 2018', 'about', '2017-01-01', '2019-12-31'],
  ['around 2018', 'about', '2017-01-01', '2019-12-31'],
  ['c. 2018', 'about', '2017-01-01', '2019-12-31'],
  ['circa 2018', 'about', '2017-01-01', '2019-12-31'],
  ['~2018', 'about', '2017-01-01', '2019-12-31'],
  ['2018?', 'about', '2017-01-01', '2019-12-31'],
  ['примерно 2018', 'about', '2017-01-01', '2019-12-31'],
  ['около 2018', 'about', '2017-01-01', '2019-12-31'],
  ['приблизительно в 2018', 'about', '2017-01-01', '2019-12-31'],
  ['где-то в 2018 году', 'about', '2017-01-01', '2019-12-31'],
  ['шамамен 2018', 'about', '2017-01-01', '2019-12-31'],
  ['2018 жыл шамасында', 'about', '2017-01-01', '2019-12-31'],
  ['about March 2018', 'about', '2018-02-01', '2018-04-30'],
  ['около марта 2018 г.', 'about', '2018-02-01', '2018-04-30'],
  ['шамамен 2018 ж. наурыз', 'about', '2018-02-01', '2018-04-30'],
  ['about 5 March 2018', 'about', '2018-02-26', '2018-03-12'],
  ['around 2017-2019', 'about', '2016-01-01', '2020-12-31'],
  ['about 1900', 'about', '1899-01-01', '1901-12-31'],
  ['about spring 2017', 'about', '2017-02-01', '2017-06-30'],
  // Early / mid / late
  ['early 2018', 'range', '2018-01-01', '2018-04-30'],
  ['mid 2018', 'range', '2018-05-01', '2018-08-31'],
  ['mid-2018', 'range', '2018-05-01', '2018-08-31'],
  ['late 2018', 'range', '2018-09-01', '2018-12-31'],
  ['the end of 2018', 'range', '2018-09-01', '2018-12-31'],
  ['начало 2018', 'range', '2018-01-01', '2018-04-30'],
  ['в середине 2018 года', 'range', '2018-05-01', '2018-08-31'],
  ['в конце 2018', 'range', '2018-09-01', '2018-12-31'],
  ['2018 жылдың басы', 'range', '2018-01-01', '2018-04-30'],
  ['2018 жылдың ортасында', 'range', '2018-05-01', '2018-08-31'],
  ['2018 жылдың соңы', 'range', '2018-09-01', '2018-12-31'],
  ['конец 2017 – начало 2018', 'range', '2017-09-01', '2018-04-30'],
  ['early March 2018', 'range', '2018-03-01', '2018-03-10'],
  ['в конце февраля 2019', 'range', '2019-02-21', '2019-02-28'],
  ['2018 жылдың наурыз айының соңында', 'range', '2018-03-21', '2018-03-31'],
];

const INVALID: readonly string[] = [
  '',
  '   ',
  'hello',
  'unknown',
  'не помню',
  '31.02.2018',
  '29.02.2019',
  '32.01.2018',
  '2018-02-30',
  '2018-13',
  '13.2018',
  '00.2018',
  '1899',
  '2101',
  'the 2100s', // would run to 2109
  'winter 2100', // would run into 2101
  '2018s',
  '18',
  '5',
  'March',
  'март',
  'spring',
  '5 March',
  'since 2017',
  'с 2017',
  '2017 жылдан бастап',
  // After, before and nights that are not one
  'after',
  'before',
  'после',
  'кейін',
  'after about 2018',
  'около 2018 до',
  'after 2018 before 2019',
  'after 2018 after 2019',
  '10 after March 2019',
  'после 10 марта 2019 перед',
  'the night of 9 to 11 March 2019',
  'the night of 9 March 2019',
  'the night of March to April 2019',
  'night 2019',
  'в ночь с 9 на 10',
  'в ночь на март 2019',
  'в ночь на 1 января 1900',
  'after the night of 9 to 10 March 2019',
  '2018 қараған',
  'ئۆتەر 2018-يىلى',
  '2019-2017',
  '2017-2018-2019',
  'March 2018 2019',
  'spring March 2018',
  'early 5 March 2018',
  'last year', // without `today`, checked separately below
  '2018 $',
  `2018 ${'x'.repeat(300)}`,
];

type Qualifier = NonNullable<FuzzyDate['qualifier']>;

/** [input, qualifier, precision, earliest, latest]: the forms the four languages write them in. */
const QUALIFIED: readonly (readonly [string, Qualifier, Precision, string, string])[] = [
  ['after 10 March 2019', 'after', 'day', '2019-03-10', '2019-03-10'],
  ['After March 2019', 'after', 'month', '2019-03-01', '2019-03-31'],
  ['before 10 March 2019', 'before', 'day', '2019-03-10', '2019-03-10'],
  ['before 2018', 'before', 'year', '2018-01-01', '2018-12-31'],
  ['until 2019', 'before', 'year', '2019-01-01', '2019-12-31'],
  ['after spring 2019', 'after', 'range', '2019-03-01', '2019-05-31'],
  ['после 10 марта 2019', 'after', 'day', '2019-03-10', '2019-03-10'],
  ['после 10 марта 2019 года', 'after', 'day', '2019-03-10', '2019-03-10'],
  ['до 10 марта 2019', 'before', 'day', '2019-03-10', '2019-03-10'],
  ['до 2019', 'before', 'year', '2019-01-01', '2019-12-31'],
  ['перед 10 марта 2019', 'before', 'day', '2019-03-10', '2019-03-10'],
  ['до марта 2019 г.', 'before', 'month', '2019-03-01', '2019-03-31'],
  ['2019 жылғы 10 наурыздан кейін', 'after', 'day', '2019-03-10', '2019-03-10'],
  ['2019 жылғы 10 наурызға дейін', 'before', 'day', '2019-03-10', '2019-03-10'],
  ['2019 жылғы 10 наурыздан бұрын', 'before', 'day', '2019-03-10', '2019-03-10'],
  ['2019 жылдан кейін', 'after', 'year', '2019-01-01', '2019-12-31'],
  ['2019 жылға дейін', 'before', 'year', '2019-01-01', '2019-12-31'],
  ['the night of 9 to 10 March 2019', 'night', 'range', '2019-03-09', '2019-03-10'],
  ['night of 9/10 March 2019', 'night', 'range', '2019-03-09', '2019-03-10'],
  ['the night of 31 March to 1 April 2019', 'night', 'range', '2019-03-31', '2019-04-01'],
  ['the night of 31 December 2018 to 1 January 2019', 'night', 'range', '2018-12-31', '2019-01-01'],
  ['в ночь с 9 на 10 марта 2019', 'night', 'range', '2019-03-09', '2019-03-10'],
  ['в ночь на 10 марта 2019 года', 'night', 'range', '2019-03-09', '2019-03-10'],
  ['в ночь на 1 марта 2020', 'night', 'range', '2020-02-29', '2020-03-01'],
  ['ночью с 28 февраля на 1 марта 2019 г.', 'night', 'range', '2019-02-28', '2019-03-01'],
  ['2019 жылғы 9-нан 10 наурызға қараған түні', 'night', 'range', '2019-03-09', '2019-03-10'],
  ['2019 ж. 9-дан 10 наурызға қараған түні', 'night', 'range', '2019-03-09', '2019-03-10'],
  ['2019 ж. 31 наурыздан 1 сәуірге қараған түні', 'night', 'range', '2019-03-31', '2019-04-01'],
];

function parseWithToday(text: string): FuzzyDate | null {
  return parseFuzzyDate(text, { today: TODAY });
}

describe('parseFuzzyDate: what field workers type', () => {
  it('covers at least 60 forms across the three languages', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES)('%s → %s %s..%s', (input, precision, earliest, latest) => {
    expect(parseWithToday(input)).toEqual({ precision, earliest, latest, text: input.trim() });
  });

  it.each(INVALID.filter((input) => input !== 'last year'))('%j → null', (input) => {
    expect(parseWithToday(input)).toBeNull();
  });

  it.each(QUALIFIED)('%s → %s %s %s..%s', (input, qualifier, precision, earliest, latest) => {
    expect(parseWithToday(input)).toEqual({ precision, earliest, latest, qualifier, text: input.trim() });
  });

  it('still reads "until" and "до" between two dates as a range, not as "before"', () => {
    expect(parseFuzzyDate('с марта до июня 2018')).toEqual({ precision: 'range', earliest: '2018-03-01', latest: '2018-06-30', text: 'с марта до июня 2018' });
    expect(parseFuzzyDate('from 2017 until 2019')).toMatchObject({ precision: 'range', earliest: '2017-01-01', latest: '2019-12-31' });
    expect(parseFuzzyDate('2017 жылдан 2019 жылға дейін')).not.toHaveProperty('qualifier');
    expect(parseFuzzyDate('на 2018 год')).toEqual({ precision: 'year', earliest: '2018-01-01', latest: '2018-12-31', text: 'на 2018 год' });
  });

  it('needs `today` for relative words', () => {
    expect(parseFuzzyDate('last year')).toBeNull();
    expect(parseFuzzyDate('биыл')).toBeNull();
    expect(parseFuzzyDate('last year', { today: '2020-01-01' })?.earliest).toBe('2019-01-01');
  });

  it('rejects a malformed `today` loudly rather than guessing', () => {
    expect(() => parseFuzzyDate('last year', { today: '15.06.2024' })).toThrow(RangeError);
  });

  it('reads Kazakh typed on a Russian keyboard and mixed-script words', () => {
    expect(parseFuzzyDate('сауир 2018')?.earliest).toBe('2018-04-01');
    expect(parseFuzzyDate('сәуiр 2018')?.earliest).toBe('2018-04-01'); // Latin i
    expect(parseFuzzyDate('2018 жылгы 5 кыркуйек')?.earliest).toBe('2018-09-05');
  });
});

describe('formatFuzzyDate', () => {
  const cases: readonly (readonly [string, Record<FuzzyDateLanguage, string>])[] = [
    ['2018-03-05', { en: '5 March 2018', ru: '5 марта 2018 г.', kk: '2018 ж. 5 наурыз', ug: '2018-يىلى 5-مارت' }],
    ['March 2018', { en: 'March 2018', ru: 'март 2018 г.', kk: '2018 ж. наурыз', ug: '2018-يىلى مارت' }],
    ['2018', { en: '2018', ru: '2018 г.', kk: '2018 ж.', ug: '2018-يىلى' }],
    ['March–June 2018', { en: 'Mar – Jun 2018', ru: 'март – июнь 2018 г.', kk: '2018 ж. наурыз – маусым', ug: '2018-يىلى مارت – ئىيۇن' }],
    ['winter 2017', { en: 'Dec 2017 – Feb 2018', ru: 'дек. 2017 г. – февр. 2018 г.', kk: '2017 ж. желтоқсан – 2018 ж. ақпан', ug: '2017-يىلى دېكابىر – 2018-يىلى فېۋرال' }],
    ['2017-2019', { en: '2017–2019', ru: '2017–2019 гг.', kk: '2017–2019 жж.', ug: '2017–2019-يىللىرى' }],
    ['5–10 March 2018', { en: '5–10 March 2018', ru: '5–10 марта 2018 г.', kk: '2018 ж. 5–10 наурыз', ug: '2018-يىلى 5–10-مارت' }],
    ['5 March – 10 June 2018', { en: '5 Mar – 10 Jun 2018', ru: '5 марта – 10 июня 2018 г.', kk: '2018 ж. 5 наурыз – 10 маусым', ug: '2018-يىلى 5-مارت – 10-ئىيۇن' }],
    ['about 2018', { en: 'about 2018', ru: 'около 2018 г.', kk: 'шамамен 2018 ж.', ug: 'تەخمىنەن 2018-يىلى' }],
    ['about March 2018', { en: 'about March 2018', ru: 'около марта 2018 г.', kk: 'шамамен 2018 ж. наурыз', ug: 'تەخمىنەن 2018-يىلى مارت' }],
    ['about 5 March 2018', { en: 'about 5 March 2018', ru: 'около 5 марта 2018 г.', kk: 'шамамен 2018 ж. 5 наурыз', ug: 'تەخمىنەن 2018-يىلى 5-مارت' }],
    ['about spring 2017', { en: 'about Mar – May 2017', ru: 'примерно март – май 2017 г.', kk: 'шамамен 2017 ж. наурыз – мамыр', ug: 'تەخمىنەن 2017-يىلى مارت – ماي' }],
  ];

  it.each(cases)('%s', (input, expected) => {
    const parsed = parseFuzzyDate(input);
    expect(parsed).not.toBeNull();
    for (const language of LANGUAGES) expect(formatFuzzyDate(parsed as FuzzyDate, language)).toBe(expected[language]);
  });

  const qualified: readonly (readonly [string, Record<FuzzyDateLanguage, string>])[] = [
    ['after 10 March 2019', { en: 'after 10 March 2019', ru: 'после 10 марта 2019 г.', kk: '2019 ж. 10 наурыздан кейін', ug: '2019-يىلى 10-مارتتىن كېيىن' }],
    ['before 10 March 2019', { en: 'before 10 March 2019', ru: 'до 10 марта 2019 г.', kk: '2019 ж. 10 наурыздан бұрын', ug: '2019-يىلى 10-مارتتىن بۇرۇن' }],
    ['after March 2019', { en: 'after March 2019', ru: 'после марта 2019 г.', kk: '2019 ж. наурыздан кейін', ug: '2019-يىلى مارتتىن كېيىن' }],
    ['before 2019', { en: 'before 2019', ru: 'до 2019 г.', kk: '2019 жылдан бұрын', ug: '2019-يىلدىن بۇرۇن' }],
    ['after 2017–2019', { en: 'after 2017–2019', ru: 'после 2017–2019 гг.', kk: '2017–2019 жылдардан кейін', ug: '2017–2019-يىللىرىدىن كېيىن' }],
    ['before spring 2019', { en: 'before Mar – May 2019', ru: 'до периода март – май 2019 г.', kk: '2019 ж. наурыз – мамырдан бұрын', ug: '2019-يىلى مارت – مايدىن بۇرۇن' }],
    ['the night of 9 to 10 March 2019', { en: 'the night of 9 to 10 March 2019', ru: 'в ночь с 9 на 10 марта 2019 г.', kk: '2019 ж. 9-дан 10 наурызға қараған түні', ug: '2019-يىلى 9-مارتتىن 10-مارتقا ئۆتەر كېچىسى' }],
    ['the night of 30 September to 1 October 2019', { en: 'the night of 30 September to 1 October 2019', ru: 'в ночь с 30 сентября на 1 октября 2019 г.', kk: '2019 ж. 30 қыркүйектен 1 қазанға қараған түні', ug: '2019-يىلى 30-سېنتەبىردىن 1-ئۆكتەبىرگە ئۆتەر كېچىسى' }],
    ['the night of 31 December 2018 to 1 January 2019', { en: 'the night of 31 December 2018 to 1 January 2019', ru: 'в ночь с 31 декабря 2018 г. на 1 января 2019 г.', kk: '2018 ж. 31 желтоқсаннан 2019 ж. 1 қаңтарға қараған түні', ug: '2018-يىلى 31-دېكابىردىن 2019-يىلى 1-يانۋارغا ئۆتەر كېچىسى' }],
  ];

  it.each(qualified)('%s, and reads each rendering back to the same date', (input, expected) => {
    const parsed = parseFuzzyDate(input);
    expect(parsed).not.toBeNull();
    const { text: _typed, ...date } = parsed as FuzzyDate;
    for (const language of LANGUAGES) {
      const written = formatFuzzyDate(parsed as FuzzyDate, language);
      expect(written).toBe(expected[language]);
      expect(parseFuzzyDate(written)).toEqual({ ...date, text: written });
    }
  });

  it('writes the Kazakh ablative after a numeral as the number is read', () => {
    const night = (d: number) => formatFuzzyDate({ precision: 'range', earliest: `2019-03-${String(d).padStart(2, '0')}`, latest: `2019-03-${String(d + 1).padStart(2, '0')}`, qualifier: 'night' }, 'kk');
    expect([1, 3, 6, 9, 10, 20, 30].map((d) => night(d).split(' ')[2])).toEqual(['1-ден', '3-тен', '6-дан', '9-дан', '10-нан', '20-дан', '30-дан']);
  });

  it('falls back to the entered words for a date whose bounds are broken', () => {
    const broken = { precision: 'day', earliest: '2018-03-05', latest: '2018-03-01', text: 'as typed' } as const;
    expect(formatFuzzyDate(broken, 'en')).toBe('as typed');
  });
});

describe('the fuzzyDate schema and qualifiers', () => {
  const night = { precision: 'range', earliest: '2019-03-09', latest: '2019-03-10', qualifier: 'night' } as const;

  it('keeps stored dates without a qualifier valid, and accepts each qualifier', () => {
    expect(fuzzyDate.safeParse({ precision: 'month', earliest: '2019-03-01', latest: '2019-03-31' }).success).toBe(true);
    expect(fuzzyDate.safeParse(night).success).toBe(true);
    expect(fuzzyDate.safeParse({ precision: 'day', earliest: '2019-03-10', latest: '2019-03-10', qualifier: 'after' }).success).toBe(true);
  });

  it.each([
    [{ ...night, latest: '2019-03-12' }, 'latest', 'nightDays'],
    [{ ...night, latest: '2019-03-09' }, 'latest', 'nightDays'],
    [{ precision: 'about', earliest: '2017-01-01', latest: '2019-12-31', qualifier: 'before' }, 'qualifier', 'qualifiedAbout'],
  ])('refuses %j with a field problem coded %s/%s', (input, path, code) => {
    const result = fuzzyDate.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(fieldIssue)).toEqual([expect.objectContaining({ path, code })]);
  });

  it('refuses a qualifier it does not know', () => {
    expect(fuzzyDate.safeParse({ ...night, qualifier: 'since' }).success).toBe(false);
  });
});

describe('exactDay, compareFuzzyDates, MONTH_NAMES', () => {
  it('makes a day date and refuses what is not a day', () => {
    expect(exactDay('2018-03-05')).toEqual({ precision: 'day', earliest: '2018-03-05', latest: '2018-03-05' });
    expect(() => exactDay('2018-02-30')).toThrow(RangeError);
    expect(() => exactDay('5.3.2018')).toThrow(RangeError);
  });

  it('sorts by earliest, then latest', () => {
    const dates = ['2019', 'March 2018', '2018', 'about 2018', '2018-03-05', 'spring 2018'].map((t) => parseFuzzyDate(t) as FuzzyDate);
    const sorted = [...dates].sort(compareFuzzyDates).map((d) => d.text);
    // March 2018 and spring 2018 both start on 1 March: the narrower one comes first.
    expect(sorted).toEqual(['about 2018', '2018', 'March 2018', 'spring 2018', '2018-03-05', '2019']);
    expect(compareFuzzyDates(exactDay('2018-03-05'), exactDay('2018-03-05'))).toBe(0);
  });

  it('sorts "after" and "before" at their bound, before it ahead and after it behind', () => {
    const dates = ['after 10 March 2019', '10 March 2019', 'before 10 March 2019', '9 March 2019', 'March 2019'].map((t) => parseFuzzyDate(t) as FuzzyDate);
    expect([...dates].sort(compareFuzzyDates).map((d) => d.text)).toEqual(['March 2019', '9 March 2019', 'before 10 March 2019', '10 March 2019', 'after 10 March 2019']);
  });

  it('lists twelve months per language, each of which parses back to its month', () => {
    for (const language of LANGUAGES) {
      expect(MONTH_NAMES[language]).toHaveLength(12);
      MONTH_NAMES[language].forEach((name, i) => {
        expect(parseFuzzyDate(`${name} 2018`)?.earliest).toBe(`2018-${String(i + 1).padStart(2, '0')}-01`);
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const VOCABULARY = [
  ...MONTH_NAMES.en, ...MONTH_NAMES.ru, ...MONTH_NAMES.kk, ...MONTH_NAMES.ug,
  'марта', 'марте', 'наурыздан', 'маусымға', 'дейін', 'жылғы', 'жылдың', 'жыл', 'г.', 'года', 'ж.',
  'spring', 'winter', 'весной', 'зимой', 'көктемі', 'қыс', 'early', 'mid', 'late', 'начале', 'конце', 'басы', 'соңы',
  'about', 'c.', '~', 'около', 'примерно', 'шамамен', 'шамасында', 'between', 'and', 'from', 'to', 'с', 'по', 'между', 'и',
  'after', 'before', 'until', 'после', 'до', 'перед', 'кейін', 'бұрын', 'дейін', 'night', 'ночь', 'на', 'қараған', 'түні', '9-дан',
  '-', '–', '/', ',', '?', 'last', 'year', 'прошлом', 'году', 'биыл', '1990s', '2010-х',
  '5', '10', '31', '29', '1', '2017', '2018', '2019', '2020', '1900', '2100', '05.03.2018', '2018-03', '03.2018', '2017/18', '2018-02-29',
];
const wordSoup = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
const anyInput = fc.oneof(wordSoup, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

const dayArb = fc
  .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate()) }));
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Day, month and year dates as the app would store them. */
const pointDate = fc.oneof(
  dayArb.map(({ y, m, d }): FuzzyDate => ({ precision: 'day', earliest: iso(y, m, d), latest: iso(y, m, d) })),
  dayArb.map(({ y, m }): FuzzyDate => ({ precision: 'month', earliest: iso(y, m, 1), latest: iso(y, m, lastDay(y, m)) })),
  dayArb.map(({ y }): FuzzyDate => ({ precision: 'year', earliest: iso(y, 1, 1), latest: iso(y, 12, 31) })),
);

describe('properties', () => {
  it('every parse result satisfies the fuzzyDate schema, earliest ≤ latest', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const parsed = parseWithToday(input);
        if (parsed === null) return;
        expect(fuzzyDate.safeParse(parsed).success).toBe(true);
        expect(parsed.earliest <= parsed.latest).toBe(true);
        expect(parsed.text).toBe(input.trim());
      }),
      { numRuns: 3000 },
    );
  });

  it('parse(format(d)) gives back the same bounds for day, month and year dates in every language', () => {
    fc.assert(
      fc.property(pointDate, fc.constantFrom(...LANGUAGES), (date, language) => {
        const back = parseFuzzyDate(formatFuzzyDate(date, language));
        expect(back).toMatchObject({ precision: date.precision, earliest: date.earliest, latest: date.latest });
      }),
      { numRuns: 1500 },
    );
  });

  it('every parse result reads back to the same days from its rendering in every language', () => {
    fc.assert(
      fc.property(wordSoup, fc.constantFrom(...LANGUAGES), (input, language) => {
        const parsed = parseWithToday(input);
        if (parsed === null) return;
        const back = parseFuzzyDate(formatFuzzyDate(parsed, language));
        expect(back).toMatchObject({ earliest: parsed.earliest, latest: parsed.latest });
        expect(back?.qualifier).toBe(parsed.qualifier);
      }),
      { numRuns: 3000 },
    );
  });

  it('parse(format(d)) equals d for "after", "before" and night dates in every language', () => {
    const bounded = fc.tuple(pointDate, fc.constantFrom('after' as const, 'before' as const)).map(([date, qualifier]): FuzzyDate => ({ ...date, qualifier }));
    const night = dayArb
      .filter(({ y, m, d }) => !(y === 2100 && m === 12 && d === 31))
      .map(({ y, m, d }): FuzzyDate => {
        const next = new Date(Date.UTC(y, m - 1, d + 1));
        return { precision: 'range', earliest: iso(y, m, d), latest: iso(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()), qualifier: 'night' };
      });
    fc.assert(
      fc.property(fc.oneof(bounded, night), fc.constantFrom(...LANGUAGES), (date, language) => {
        const written = formatFuzzyDate(date, language);
        expect(parseFuzzyDate(written)).toEqual({ ...date, text: written });
      }),
      { numRuns: 2000 },
    );
  });

  it('parse(format(d)) keeps the bounds of arbitrary ranges and of "about" dates too', () => {
    const rangeDate = fc.tuple(dayArb, dayArb).map(([a, b]): FuzzyDate => {
      const [e, l] = [iso(a.y, a.m, a.d), iso(b.y, b.m, b.d)].sort() as [string, string];
      return { precision: 'range', earliest: e, latest: l };
    });
    const aboutDate = fc
      .tuple(pointDate, fc.constantFrom(...LANGUAGES))
      .map(([date, language]) => parseFuzzyDate(`~ ${formatFuzzyDate(date, language)}`))
      .filter((date): date is FuzzyDate => date !== null);
    fc.assert(
      fc.property(fc.oneof(rangeDate, aboutDate), fc.constantFrom(...LANGUAGES), (date, language) => {
        const back = parseFuzzyDate(formatFuzzyDate(date, language));
        expect(back).toMatchObject({ earliest: date.earliest, latest: date.latest });
      }),
      { numRuns: 1500 },
    );
  });
});
