import type { Dated } from './dates';
import type { FamilyRel } from './phrases';
import { ruPast } from './phrases';
import type { EventKind, EventPlan, FamilyPlan, Official, PersonPlan, TestimonyPlan } from './story';
import type { PlaceInfo } from './places';
import type { Lx, Sex } from './types';

/**
 * What a sentence template may use: the family, the testimony, and everyone in it with the
 * pronouns and inflected forms each language needs. Kazakh and Uyghur have no grammatical
 * gender; English and Russian get their forms here so templates stay one line per language.
 */

export interface PersonView {
  p: PersonPlan;
  sex: Sex;
  full: Lx;
  short: Lx;
  /** English: he / He / his / His / him. */
  he: string;
  He: string;
  his: string;
  His: string;
  him: string;
  /** Russian: он, его (acc./poss.), него (after prepositions), ему, нему, нём, ним. */
  on: string;
  On: string;
  ego: string;
  Ego: string;
  nego: string;
  emu: string;
  nemu: string;
  nem: string;
  nim: string;
  /** Russian past tense / short forms agreeing with this person: r('был') -> был / была. */
  r: (masculine: string, feminine?: string) => string;
}

export function personView(p: PersonPlan): PersonView {
  const m = p.name.sex === 'male';
  return {
    p,
    sex: p.name.sex,
    full: p.name.full,
    short: p.name.short,
    he: m ? 'he' : 'she',
    He: m ? 'He' : 'She',
    his: m ? 'his' : 'her',
    His: m ? 'His' : 'Her',
    him: m ? 'him' : 'her',
    on: m ? 'он' : 'она',
    On: m ? 'Он' : 'Она',
    ego: m ? 'его' : 'её',
    Ego: m ? 'Его' : 'Её',
    nego: m ? 'него' : 'неё',
    emu: m ? 'ему' : 'ей',
    nemu: m ? 'нему' : 'ней',
    nem: m ? 'нём' : 'ней',
    nim: m ? 'ним' : 'ней',
    r: (masculine, feminine) => ruPast(p.name.sex, masculine, feminine),
  };
}

export interface Ctx {
  f: FamilyPlan;
  t: TestimonyPlan;
  /** The narrator: sex for Russian agreement, age at the interview, arrival in Kazakhstan. */
  n: { sex: Sex; r: (m: string, f?: string) => string; age: number; birthYear: number; moved: Dated; home: PlaceInfo; person?: PersonPlan };
  /** "my older brother", absent for a former detainee telling their own story. */
  kin?: Lx & { ruAcc: string };
  v: PersonView;
  v2?: PersonView & { rel: Lx };
  /** The main person's events this testimony tells (all known ones, or the news since last time). */
  ev: Partial<Record<EventKind, EventPlan>>;
  /** The main person's events known by this interview, told or not: for recaps and "still held". */
  known: Partial<Record<EventKind, EventPlan>>;
  ev2: Partial<Record<EventKind, EventPlan>>;
  /** Events of other people this testimony tells: a child's boarding school, threats to the narrator. */
  others: EventPlan[];
  /** The previous interview, for follow-ups. */
  prev?: Dated;
  /** Set while rendering a passage about one relative, fellow detainee or official. */
  rel?: { pv: PersonView; rel: FamilyRel; relWord: Lx };
  fellow?: { pv: PersonView; det?: EventPlan; camp?: EventPlan; age: number };
  official?: { o: Official; event: EventPlan };
  /** Years mentioned in passing, drawn once per testimony. */
  years: { mosque: number; visit: number; photo: number };
  sheep: number;
}

/** First letter upper-case: Russian and Kazakh sentences often start with a date phrase. */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
