/**
 * Uncertain dates as field workers type them, in English, Russian and Kazakh (Cyrillic), turned into
 * the stored `FuzzyDate` (earliest and latest possible day) and rendered back for the timeline.
 *
 * Testimonies rarely give exact days: "весной 2017", "2018 жыл шамасында", "between March and June
 * 2018". Keeping the earliest and latest possible day lets those sort and overlap on a timeline
 * without pretending to a precision nobody has; `text` keeps the words as they were entered.
 *
 * The parser is deliberately strict: a word it does not know makes the whole input unparseable
 * (null), so a date is never silently read from a phrase that meant something else ("before 2018",
 * "since 2017" are open-ended and cannot be stored as a bounded range, so they are null too).
 *
 * Pure TypeScript: no Node, DOM or React, only ECMAScript `Date.UTC` for calendar arithmetic.
 */
export { MONTH_NAMES, compareFuzzyDates, exactDay, formatFuzzyDate, type FuzzyDateLanguage } from './formatting';
export { parseFuzzyDate, type ParseFuzzyDateOptions } from './grammar';
