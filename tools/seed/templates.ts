import { FILLERS } from './fillers';
import { OFFICIAL_ROLES } from './phrases';
import { RELATIVE_SECTIONS } from './sections-relatives';
import { WITNESS_SECTIONS } from './sections-witness';
import type { Section, Variant } from './template-kit';
import type { Lx } from './types';
import type { Ctx } from './voice';

export type { Render, Section, Variant } from './template-kit';

/** Officials named alongside an event: one more sentence in the same passage, worded for the event. */
const officialRole = (c: Ctx): Lx => OFFICIAL_ROLES[c.official?.o.role ?? 'police'].text;
const officialName = (c: Ctx): Lx => c.official?.o.name.full ?? { en: '', ru: '', kk: '', ug: '' };
const officialRu = (c: Ctx, m: string, f: string): string => (c.official?.o.name.sex === 'female' ? f : m);
type OfficialWording = 'came' | 'questioned' | 'called' | 'handled';
const wording = (c: Ctx): OfficialWording => {
  const e = c.official?.event;
  if (e?.kind === 'detention') return e.manner === 'night' || e.manner === 'work' ? 'came' : 'handled';
  if (e?.kind === 'interrogation') return 'questioned';
  if (e?.kind === 'threats') return 'called';
  return 'handled';
};

export const OFFICIAL_SENTENCE: Variant = {
  en: (c) =>
    ({
      came: ` Among those who came was ${officialRole(c).en}, ${officialName(c).en}.`,
      questioned: ` The questioning was led by ${officialRole(c).en}, ${officialName(c).en}.`,
      called: ` The caller gave his name: ${officialName(c).en}, ${officialRole(c).en}.`,
      handled: ` The person in charge of it was ${officialRole(c).en}, ${officialName(c).en}.`,
    })[wording(c)],
  ru: (c) =>
    ({
      came: ` Среди пришедших ${officialRu(c, 'был', 'была')} ${officialRole(c).ru} ${officialName(c).ru}.`,
      questioned: ` Допрос ${officialRu(c, 'вёл', 'вела')} ${officialRole(c).ru} ${officialName(c).ru}.`,
      called: ` Звонивший назвался: ${officialRole(c).ru} ${officialName(c).ru}.`,
      handled: ` Всем этим ${officialRu(c, 'занимался', 'занималась')} ${officialRole(c).ru} ${officialName(c).ru}.`,
    })[wording(c)],
  kk: (c) =>
    ({
      came: ` Келгендердің арасында ${officialRole(c).kk} ${officialName(c).kk} болды.`,
      questioned: ` Жауап алған — ${officialRole(c).kk} ${officialName(c).kk}.`,
      called: ` Қоңырау шалған адам өзін ${officialRole(c).kk} ${officialName(c).kk} деп таныстырды.`,
      handled: ` Мұның бәрімен ${officialRole(c).kk} ${officialName(c).kk} айналысты.`,
    })[wording(c)],
  ug: (c) =>
    ({
      came: ` كەلگەنلەرنىڭ ئارىسىدا ${officialRole(c).ug} ${officialName(c).ug} بار ئىدى.`,
      questioned: ` سوراق قىلغۇچى ${officialRole(c).ug} ${officialName(c).ug} ئىكەن.`,
      called: ` تېلېفون قىلغان ئادەم ئۆزىنى ${officialRole(c).ug} ${officialName(c).ug} دەپ تونۇشتۇردى.`,
      handled: ` بۇ ئىشلارنى ${officialRole(c).ug} ${officialName(c).ug} بىر تەرەپ قىلدى.`,
    })[wording(c)],
};

/** Every section a testimony can be composed from. */
export const SECTIONS: readonly Section[] = [...RELATIVE_SECTIONS, ...WITNESS_SECTIONS, ...FILLERS];
