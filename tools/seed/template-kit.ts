import { FACILITIES, type FacilityInfo } from './places';
import { NUMBER_WORDS } from './phrases';
import type { EventKind, EventPlan, PersonPlan } from './story';
import type { Lx } from './types';
import type { Ctx } from './voice';

export { cap } from './voice';

/**
 * The sentence templates testimonies are composed from. A section is one passage of a
 * testimony (the detention, the camp, the children…); each has a few variants, and every
 * variant exists in English, Russian and Kazakh, most also in Uyghur, so a transcript and its
 * translation are the same passages rendered twice. Sections say which persons and events
 * they speak of: those passages become the quotes of the testimony's links.
 *
 * The wording is invented and kept plain, modelled on the kinds of things relatives report
 * (a night-time arrest, a "study" centre, a sentence learned of second-hand). Kazakh and Uyghur
 * sentences use a person's name in the nominative only, so no case endings on names are needed.
 */

export type Render = (c: Ctx) => string;

export interface Variant {
  en: Render;
  ru: Render;
  kk: Render;
  ug?: Render;
  ok?: (c: Ctx) => boolean;
}

export interface Section {
  id: string;
  /** Where in the telling it goes. */
  order: number;
  kind: 'required' | 'core' | 'filler';
  applies: (c: Ctx) => boolean;
  mentions?: (c: Ctx) => { persons?: (PersonPlan | undefined)[]; events?: (EventPlan | undefined)[] };
  /** Sections told once per relative, fellow detainee…: one context per passage. */
  each?: (c: Ctx) => Ctx[];
  variants: Variant[];
}

/* Helpers the sections share. */

export const ev = (c: Ctx, k: EventKind): EventPlan => {
  const e = c.ev[k];
  if (!e) throw new Error(`template needs a ${k} event`);
  return e;
};
export const fac = (e: EventPlan): FacilityInfo => FACILITIES[e.facility ?? 'police'];
export const when = (e: EventPlan): Lx => e.when.phrase;
export const kinOf = (c: Ctx): Lx & { ruAcc: string } => c.kin ?? { en: 'my relative', ru: 'мой родственник', kk: 'туысым', ug: 'تۇغقىنىم', ruAcc: 'моего родственника' };
export const has = (c: Ctx, k: EventKind): boolean => c.ev[k] !== undefined;
export const ruPeople = (n: number): string => (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'человека' : 'человек');
export const ruYearsDative = (n: number): string => (n % 10 === 1 && n % 100 !== 11 ? 'году' : 'годам');
export const instrument = (c: Ctx): Lx =>
  c.f.ethnicity === 'kazakh' || c.f.ethnicity === 'kyrgyz'
    ? { en: 'the dombra', ru: 'домбре', kk: 'домбыра', ug: 'دومبىرا' }
    : { en: 'the dutar', ru: 'дутаре', kk: 'дутар', ug: 'دۇتتار' };
export const ORDINALS: Record<'en' | 'ru' | 'kk' | 'ug', readonly string[]> = {
  en: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'],
  ru: ['первый', 'второй', 'третий', 'четвёртый', 'пятый', 'шестой'],
  kk: ['бірінші', 'екінші', 'үшінші', 'төртінші', 'бесінші', 'алтыншы'],
  ug: ['بىرىنچى', 'ئىككىنچى', 'ئۈچىنچى', 'تۆتىنچى', 'بەشىنچى', 'ئالتىنچى'],
};
export const ord = (lang: 'en' | 'ru' | 'kk' | 'ug', i: number): string => ORDINALS[lang][Math.min(i, 5)] ?? '';
export const num = (lang: 'en' | 'kk' | 'ug', n: number): string => NUMBER_WORDS[lang][n] ?? String(n);
export const anyNews = (c: Ctx): boolean => Object.keys(c.ev).length > 0 || Object.keys(c.ev2).length > 0 || c.others.length > 0;
export const outcomeKnown = (c: Ctx): boolean => ['release', 'sentence', 'missing', 'death'].some((k) => c.known[k as EventKind]);
export const relative = (c: Ctx): boolean => c.f.kind === 'relative';
export const occRu = (p: PersonPlan): string => (p.name.sex === 'female' ? (p.occupation?.ruF ?? p.occupation?.ru) : p.occupation?.ru) ?? 'фермером';
export const witness = (c: Ctx): boolean => c.f.kind === 'witness';
