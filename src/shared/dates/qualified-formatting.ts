// Dates open on one side ("after 10 March 2019") and nights ("the night of 9 to 10 March 2019").
// Each is written so that parseFuzzyDate reads it back to the same days and qualifier.
import type { Language } from '../languages';
import type { Ymd } from './calendar';
import type { Shape } from './formatting';
import { EN_MONTHS } from './lexicon-en';
import { KK_MONTHS, KK_MONTHS_ABLATIVE, KK_MONTHS_DATIVE, kazakhNumberAblative } from './lexicon-kk';
import { RU_GENITIVE } from './lexicon-ru';
import { UG_MONTHS, UG_MONTHS_ABLATIVE, UG_MONTHS_DATIVE } from './lexicon-ug';

export type Bound = 'after' | 'before';
type Render = (shape: Shape) => string;

function pick(table: readonly string[], month: number): string {
  return table[month - 1] ?? String(month);
}

/** The rendering with its last month name swapped for the same month in another case. */
function lastMonthIn(text: string, names: readonly string[], cased: readonly string[]): string {
  for (let i = 0; i < names.length; i++) {
    const name = names[i] ?? '';
    if (text.endsWith(name)) return text.slice(0, text.length - name.length) + (cased[i] ?? name);
  }
  return text;
}

/** Kazakh "кейін" and "бұрын" govern the ablative of the date's last word. */
function kazakhAblative(text: string): string {
  if (text.endsWith(' жж.')) return `${text.slice(0, -' жж.'.length)} жылдардан`;
  if (text.endsWith(' ж.')) return `${text.slice(0, -' ж.'.length)} жылдан`;
  return lastMonthIn(text, KK_MONTHS, KK_MONTHS_ABLATIVE);
}

/** So do Uyghur "كېيىن" and "بۇرۇن". */
function uyghurAblative(text: string): string {
  if (text.endsWith('-يىللىرى')) return `${text}دىن`;
  if (text.endsWith('-يىلى')) return `${text.slice(0, -'ى'.length)}دىن`;
  return lastMonthIn(text, UG_MONTHS, UG_MONTHS_ABLATIVE);
}

/** Russian "после" and "до" govern the genitive; a period they cannot decline is "периода …". */
function russianGenitive(shape: Shape, renderRu: Render): string {
  switch (shape.k) {
    case 'day':
    case 'year':
    case 'years':
      return renderRu(shape);
    case 'month':
      return `${pick(RU_GENITIVE, shape.m)} ${shape.y} г.`;
    default:
      return `периода ${renderRu(shape)}`;
  }
}

export function renderBound(bound: Bound, shape: Shape, language: Language, render: Render, renderRu: Render): string {
  switch (language) {
    case 'en':
      return `${bound} ${render(shape)}`;
    case 'ru':
      return `${bound === 'after' ? 'после' : 'до'} ${russianGenitive(shape, renderRu)}`;
    case 'kk':
      return `${kazakhAblative(render(shape))} ${bound === 'after' ? 'кейін' : 'бұрын'}`;
    case 'ug':
      return `${uyghurAblative(render(shape))} ${bound === 'after' ? 'كېيىن' : 'بۇرۇن'}`;
  }
}

/**
 * The two days of a night, each as much as it needs of its month and year: "9 to 10 March 2019",
 * "31 March to 1 April 2019", "31 December 2018 to 1 January 2019".
 */
export function renderNight(e: Ymd, l: Ymd, language: Language): string {
  const sameYear = e.y === l.y;
  const sameMonth = sameYear && e.m === l.m;
  switch (language) {
    case 'en': {
      const month = (m: number) => pick(EN_MONTHS, m);
      const from = sameMonth ? `${e.d}` : sameYear ? `${e.d} ${month(e.m)}` : `${e.d} ${month(e.m)} ${e.y}`;
      return `the night of ${from} to ${l.d} ${month(l.m)} ${l.y}`;
    }
    case 'ru': {
      const month = (m: number) => pick(RU_GENITIVE, m);
      const from = sameMonth ? `${e.d}` : sameYear ? `${e.d} ${month(e.m)}` : `${e.d} ${month(e.m)} ${e.y} г.`;
      return `в ночь с ${from} на ${l.d} ${month(l.m)} ${l.y} г.`;
    }
    case 'kk': {
      const from = sameMonth ? kazakhNumberAblative(e.d) : `${e.d} ${pick(KK_MONTHS_ABLATIVE, e.m)}`;
      const to = `${l.d} ${pick(KK_MONTHS_DATIVE, l.m)}`;
      return sameYear ? `${l.y} ж. ${from} ${to} қараған түні` : `${e.y} ж. ${from} ${l.y} ж. ${to} қараған түні`;
    }
    case 'ug': {
      const from = `${e.d}-${pick(UG_MONTHS_ABLATIVE, e.m)}`;
      const to = `${l.d}-${pick(UG_MONTHS_DATIVE, l.m)}`;
      return sameYear ? `${l.y}-يىلى ${from} ${to} ئۆتەر كېچىسى` : `${e.y}-يىلى ${from} ${l.y}-يىلى ${to} ئۆتەر كېچىسى`;
    }
  }
}
