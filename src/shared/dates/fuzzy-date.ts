/**
 * Uncertain dates as field workers type them, in English, Russian, Kazakh (Cyrillic) and Uyghur
 * (Arabic script), turned into
 * the stored `FuzzyDate` (earliest and latest possible day) and rendered back for the timeline.
 *
 * Testimonies rarely give exact days: "весной 2017", "2018 жыл шамасында", "between March and June
 * 2018". Keeping the earliest and latest possible day lets those sort and overlap on a timeline
 * without pretending to a precision nobody has; `text` keeps the words as they were entered.
 *
 * Some dates are known only from one side or as a night: "after 10 March 2019", "до 2019",
 * "в ночь с 9 на 10 марта 2019". They keep the period they are bounded by as their earliest and
 * latest day, with a `qualifier` saying which side is open, or that the two days are one night.
 *
 * The parser is deliberately strict: a word it does not know makes the whole input unparseable
 * (null), so a date is never silently read from a phrase that meant something else ("since 2017"
 * and "2017 жылдан бастап" are not read as "after 2017": whether 2017 itself is in is unclear).
 *
 * Pure TypeScript: no Node, DOM or React, only ECMAScript `Date.UTC` for calendar arithmetic.
 */
export { MONTH_NAMES, compareFuzzyDates, exactDay, formatFuzzyDate, type FuzzyDateLanguage } from './formatting';
export { parseFuzzyDate, type ParseFuzzyDateOptions } from './grammar';
