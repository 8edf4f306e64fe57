import type { PERSON_STATUSES, VERIFICATION_STATUSES } from '../../src/shared/domain/records';
import { birthDate, day, fuzzy, yearOf, type Dated } from './dates';
import { makeName, randomFather, type FatherName, type GeneratedName } from './names';
import {
  KIN,
  KIN_WEIGHTS,
  OCCUPATIONS,
  OFFICIAL_ROLES,
  REASON_WEIGHTS,
  type FamilyRel,
  type KinKey,
  type Occupation,
  type OfficialRoleKey,
  type ReasonKey,
} from './phrases';
import { ALMATY, facilityName, placeByCode, VILLAGES, type FacilityKey, type PlaceInfo } from './places';
import type { Rng } from './rng';
import type { EthnicityCode, Lang, Lx, Sex } from './types';

/**
 * The plan of one family's story before any record or text exists: who the people are, what
 * happened to them and when, who tells it and on which days. Records and transcripts are both
 * rendered from this plan, which is what keeps a testimony, the incidents it supports and the
 * persons' status histories consistent with each other.
 */

export type PersonStatus = (typeof PERSON_STATUSES)[number];
export type Verification = (typeof VERIFICATION_STATUSES)[number];

export interface PersonPlan {
  /** Filled in once the batch is planned, in emission order (see generate.ts). */
  id: string;
  name: GeneratedName;
  birthYear: number;
  birth: Dated;
  home: PlaceInfo;
  village: Lx;
  occupation?: Occupation;
  statuses: { status: PersonStatus; when?: Dated; note?: string }[];
  /** "This person is `code` of `to`" (the direction the relationship vocabulary defines). */
  relations: { to: PersonPlan; code: string }[];
  idNumbers: { type: string; value: string }[];
  citizenship: string[];
  notes?: string;
}

export type EventKind =
  | 'passport'
  | 'detention'
  | 'interrogation'
  | 'camp'
  | 'transfer'
  | 'sentence'
  | 'release'
  | 'labour'
  | 'travelBan'
  | 'missing'
  | 'death'
  | 'boarding'
  | 'threats'
  | 'separation'
  | 'homestay'
  | 'moved';

export type DetentionManner = 'night' | 'summoned' | 'border' | 'work';

export interface Official {
  name: GeneratedName;
  role: OfficialRoleKey;
  /** Some officials a testimony names get a person record of their own. */
  person?: PersonPlan;
}

export interface EventPlan {
  kind: EventKind;
  day: number;
  when: Dated;
  subject: PersonPlan;
  place: PlaceInfo;
  facility?: FacilityKey;
  facilityName?: string;
  official?: Official;
  incident?: IncidentPlan;
  manner?: DetentionManner;
  reason?: ReasonKey;
  /** Sentence length in years. */
  years?: number;
  /** Release with reporting duties and a travel ban. */
  restricted?: boolean;
  /** Death in custody rather than after release. */
  inCustody?: boolean;
}

export interface IncidentPlan {
  id: string;
  type: string;
  event: EventPlan;
  verification: Verification;
  involved: { person: PersonPlan; role: 'victim' | 'perpetrator' | 'witness' | 'official' }[];
  evidence: { testimony: TestimonyPlan; stance: 'supports' | 'contradicts'; note?: string }[];
}

export interface TestimonyPlan {
  id: string;
  family: FamilyPlan;
  day: number;
  /** 0 for the first interview with this source, 1 for the second… */
  ordinal: number;
  lang: Lang;
  translateTo?: 'en' | 'ru';
  interviewer: string;
  translator?: string;
  place: string;
  /** Byte length the transcript aims at (UTF-8). */
  targetBytes: number;
}

export interface NarratorPlan {
  sex: Sex;
  birthYear: number;
  movedYear: number;
  home: PlaceInfo;
  name: GeneratedName;
  /** The detained person is the narrator's `kin`; absent when narrators speak of themselves. */
  kin?: KinKey;
  person?: PersonPlan;
}

export interface FamilyPlan {
  kind: 'relative' | 'witness';
  caseIndex: number;
  ethnicity: EthnicityCode;
  home: PlaceInfo;
  village: Lx;
  narrator: NarratorPlan;
  victim: PersonPlan;
  second?: { person: PersonPlan; rel: FamilyRel };
  relatives: { person: PersonPlan; rel: FamilyRel }[];
  childCount: number;
  events: EventPlan[];
  /** Witnesses only: people they were held with, from other families of the batch. */
  fellows: { person: PersonPlan; events: EventPlan[] }[];
  testimonies: TestimonyPlan[];
  /** Drawn once per family so every testimony of it tells the same details the same way. */
  details: { cellmates: number; weightLoss: number; otherDetained: number };
}

const newPerson = (p: Omit<PersonPlan, 'id' | 'statuses' | 'relations' | 'idNumbers' | 'citizenship'> & Partial<PersonPlan>): PersonPlan => ({
  id: '',
  statuses: [],
  relations: [],
  idNumbers: [],
  citizenship: [],
  ...p,
});

/** Xinjiang administrative division codes, the first six digits of a Chinese ID number. */
const DIVISION_CODES: Record<string, string> = {
  ghulja_city: '654002', ghulja_county: '654021', chapchal: '654022', khorgos_county: '654023', tokkuztara: '654024',
  kunes: '654025', mongolkure: '654026', tekes: '654027', nilka: '654028', tacheng: '654201', altay: '654301',
  urumqi: '650102', karamay: '650202', changji: '652301', bortala: '652701', kashgar: '653101', hotan: '653201',
  aksu: '652901', turpan: '650402',
};

/**
 * An 18-digit Chinese resident ID number whose check digit is deliberately wrong (ISO 7064
 * MOD 11-2): it looks real in the UI, but can never be a living person's number.
 */
export function fakeChineseId(rng: Rng, placeCode: string, birthIso: string): string {
  const body = `${DIVISION_CODES[placeCode] ?? '650000'}${birthIso.replace(/-/g, '')}${String(rng.int(0, 999)).padStart(3, '0')}`;
  const check = chineseIdCheckDigit(body);
  const digits = '0123456789X';
  const wrong = digits.charAt((digits.indexOf(check) + rng.int(1, 10)) % 11);
  return body + wrong;
}

export function chineseIdCheckDigit(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(body17.charAt(i)) * ((2 ** (17 - i)) % 11);
  return '10X98765432'.charAt(sum % 11);
}

/* ------------------------------------------------------------------------------------------ */
/* Timelines                                                                                   */
/* ------------------------------------------------------------------------------------------ */

type Scenario = 'campRelease' | 'campSentence' | 'disappeared' | 'death' | 'restricted' | 'returnDetained';

/** The wave of detentions peaked from autumn 2017 to the end of 2018. */
function detentionDay(rng: Rng): number {
  return rng.chance(0.65) ? rng.int(day(2017, 9, 1), day(2018, 12, 31)) : rng.int(day(2017, 3, 1), day(2019, 8, 31));
}

function addEvent(events: EventPlan[], rng: Rng, e: Omit<EventPlan, 'when'> & { when?: Dated }): EventPlan {
  const event: EventPlan = { ...e, when: e.when ?? fuzzy(rng, e.day) };
  events.push(event);
  return event;
}

function makeOfficial(rng: Rng, role: OfficialRoleKey, localPeople: EthnicityCode, sex?: Sex): Official {
  // Most officials named in testimonies are Han; village cadres are often local.
  const local = role === 'committee' || role === 'workTeam' || role === 'partySecretary' ? 0.55 : 0.25;
  const ethnicity: EthnicityCode = rng.chance(local) ? (localPeople === 'hui' ? 'hui' : localPeople) : 'han';
  return { name: makeName(rng, { ethnicity, sex: sex ?? (rng.chance(0.85) ? 'male' : 'female') }), role };
}

/** Events that happen to one detained person, by scenario. */
function timeline(
  rng: Rng,
  subject: PersonPlan,
  scenario: Scenario,
  family: { ethnicity: EthnicityCode; officials: Official[] },
  secondary: boolean,
  /** Former detainees who testify in Almaty are alive, whatever else happened. */
  survives = false,
): EventPlan[] {
  const events: EventPlan[] = [];
  const home = subject.home;
  const kazakh = family.ethnicity === 'kazakh' || family.ethnicity === 'kyrgyz';
  const official = (role: OfficialRoleKey, p: number): Official | undefined => {
    if (!rng.chance(p)) return undefined;
    const o = makeOfficial(rng, role, family.ethnicity);
    family.officials.push(o);
    return o;
  };

  const d = scenario === 'returnDetained' ? rng.int(day(2017, 6, 1), day(2019, 3, 31)) : detentionDay(rng);
  if (scenario === 'restricted' || (kazakh && rng.chance(secondary ? 0.15 : 0.45)) || scenario === 'returnDetained') {
    const pd = scenario === 'returnDetained' ? d - rng.int(2, 40) : rng.int(day(2016, 10, 1), Math.min(d - 20, day(2017, 8, 31)));
    addEvent(events, rng, { kind: 'passport', day: pd, subject, place: home, facility: 'police' });
  }
  if (scenario === 'restricted') {
    const t = rng.int(day(2017, 6, 1), day(2019, 12, 31));
    if (rng.chance(0.6)) addEvent(events, rng, { kind: 'travelBan', day: t, subject, place: home, official: official('committee', 0.3) });
    if (rng.chance(0.4)) addEvent(events, rng, { kind: 'homestay', day: t + rng.int(10, 300), subject, place: home, official: official('workTeam', 0.4) });
    return events;
  }

  const manner: DetentionManner = scenario === 'returnDetained' ? 'border' : rng.weighted([['night', 35], ['summoned', 40], ['work', 15], ['border', 10]] as const);
  const reason: ReasonKey = scenario === 'returnDetained' ? rng.pick(['kazakhstan', 'passport'] as const) : rng.weighted(REASON_WEIGHTS);
  const taken: FacilityKey = rng.chance(0.6) ? 'police' : rng.chance(0.5) ? 'convenience' : 'detention';
  addEvent(events, rng, {
    kind: 'detention', day: d, subject, place: home, facility: taken, facilityName: facilityName(rng, taken, home),
    manner, reason, official: official(rng.chance(0.7) ? 'police' : 'committee', secondary ? 0.15 : 0.4),
  });
  if (rng.chance(0.4)) {
    const where: FacilityKey = rng.chance(0.5) ? 'detention' : 'police';
    addEvent(events, rng, { kind: 'interrogation', day: d + rng.int(1, 25), subject, place: home, facility: where, facilityName: facilityName(rng, where, home), official: official(rng.chance(0.5) ? 'stateSecurity' : 'police', 0.3) });
  }

  const inCamp = scenario !== 'disappeared' || rng.chance(0.3);
  let cursor = d;
  if (inCamp) {
    cursor = d + rng.int(1, 60);
    const plain = rng.chance(0.5);
    const key: FacilityKey = plain ? 'campPlain' : 'camp';
    addEvent(events, rng, { kind: 'camp', day: cursor, subject, place: home, facility: key, facilityName: facilityName(rng, key, home), official: official('campHead', 0.12) });
    if (rng.chance(0.15)) {
      cursor += rng.int(60, 300);
      const other = rng.chance(0.5) ? placeByCode('urumqi') : home;
      addEvent(events, rng, { kind: 'transfer', day: cursor, subject, place: other, facility: 'camp', facilityName: facilityName(rng, 'camp', other) });
    }
  }

  switch (scenario) {
    case 'campRelease':
    case 'returnDetained': {
      const r = Math.min(day(2021, 6, 30), Math.max(cursor + rng.int(150, 720), day(2018, 10, 1) + rng.int(0, 400)));
      const restricted = rng.chance(0.55);
      addEvent(events, rng, { kind: 'release', day: r, subject, place: home, facility: inCamp ? 'camp' : taken, restricted, official: official('committee', 0.1) });
      if (rng.chance(0.35)) addEvent(events, rng, { kind: 'labour', day: r + rng.int(15, 120), subject, place: home, facility: 'factory', facilityName: facilityName(rng, 'factory', home) });
      if (restricted && rng.chance(0.4)) addEvent(events, rng, { kind: 'travelBan', day: r + rng.int(1, 60), subject, place: home });
      if (!survives && rng.chance(0.06)) addEvent(events, rng, { kind: 'death', day: r + rng.int(60, 900), subject, place: home, inCustody: false });
      break;
    }
    case 'campSentence': {
      const s = Math.max(cursor + rng.int(90, 540), day(2018, 3, 1) + rng.int(0, 200));
      const years = rng.weighted([[5, 10], [7, 10], [10, 15], [12, 8], [15, 10], [17, 4], [20, 6], [3, 6], [6, 8], [8, 8]] as const);
      const prison: FacilityKey = 'prison';
      addEvent(events, rng, { kind: 'sentence', day: s, subject, place: home, facility: prison, facilityName: facilityName(rng, prison, home), years });
      if (rng.chance(0.04)) addEvent(events, rng, { kind: 'death', day: s + rng.int(200, 1500), subject, place: home, facility: 'prison', inCustody: true });
      break;
    }
    case 'disappeared':
      addEvent(events, rng, { kind: 'missing', day: cursor + rng.int(20, 400), subject, place: home });
      break;
    case 'death': {
      if (rng.chance(0.6)) {
        const where: FacilityKey = rng.chance(0.5) ? 'hospital' : inCamp ? 'campPlain' : 'detention';
        addEvent(events, rng, { kind: 'death', day: cursor + rng.int(40, 900), subject, place: home, facility: where, facilityName: facilityName(rng, where, home), inCustody: true });
      } else {
        const r = Math.min(day(2021, 6, 30), cursor + rng.int(120, 600));
        addEvent(events, rng, { kind: 'release', day: r, subject, place: home, facility: inCamp ? 'camp' : taken, restricted: true });
        addEvent(events, rng, { kind: 'death', day: r + rng.int(30, 700), subject, place: home, inCustody: false });
      }
      break;
    }
  }
  return events.sort((a, b) => a.day - b.day);
}

/** Which events a documenter files as an incident record, and under which incident_type code. */
function incidentType(rng: Rng, e: EventPlan, secondary: boolean): string | null {
  // A second detained relative gets one passage: only what it tells can be filed.
  if (secondary && ['interrogation', 'transfer', 'labour', 'travelBan', 'homestay'].includes(e.kind)) return null;
  const p = (x: number): boolean => rng.chance(secondary ? x * 0.55 : x);
  switch (e.kind) {
    case 'passport': return p(0.22) ? 'passport_confiscation' : null;
    case 'detention': return p(0.92) ? (e.manner === 'border' ? 'arrest' : rng.chance(0.85) ? 'arbitrary_detention' : 'arrest') : null;
    case 'interrogation': return p(0.25) ? 'interrogation' : null;
    case 'camp': return p(0.25) ? 'reeducation_camp_internment' : null;
    case 'transfer': return p(0.3) ? 'transfer_between_facilities' : null;
    case 'sentence': return p(0.8) ? 'sentencing' : null;
    case 'release': return p(0.3) ? (e.restricted ? 'release_with_restrictions' : 'release') : null;
    case 'labour': return p(0.4) ? (rng.chance(0.6) ? 'forced_labour' : 'labour_transfer') : null;
    case 'travelBan': return p(0.25) ? 'travel_ban' : null;
    case 'missing': return p(0.8) ? (rng.chance(0.7) ? 'enforced_disappearance' : 'communication_cut_off') : null;
    case 'death': return p(0.95) ? (e.inCustody ? 'death_in_custody' : 'death_after_release') : null;
    case 'boarding': return p(0.7) ? 'children_in_boarding_school' : null;
    case 'threats': return p(0.7) ? (rng.chance(0.7) ? 'threats_to_relatives_abroad' : 'coerced_informing') : null;
    case 'separation': return p(0.8) ? 'family_separation' : null;
    case 'homestay': return p(0.5) ? 'homestay_officials' : null;
    case 'moved': return null;
  }
}

/** Status changes the person record keeps, derived from the events known to the family. */
function statusesFrom(rng: Rng, events: EventPlan[]): PersonPlan['statuses'] {
  const out: PersonPlan['statuses'] = [];
  // A person record is filled in by hand: it often has a vaguer date than the incident.
  const when = (e: EventPlan): Dated => (rng.chance(0.6) ? e.when : fuzzy(rng, e.day));
  for (const e of events) {
    switch (e.kind) {
      case 'detention': out.push({ status: 'detained', when: when(e) }); break;
      case 'camp': if (rng.chance(0.3)) out.push({ status: 'detained', when: when(e), note: 'Moved to a “vocational training centre”.' }); break;
      case 'sentence': out.push({ status: 'detained', when: when(e), note: `Sentenced to ${e.years ?? 0} years.` }); break;
      case 'release': out.push({ status: 'released', when: when(e), ...(e.restricted ? { note: 'Released under supervision; must report weekly.' } : {}) }); break;
      case 'missing': out.push({ status: 'missing', when: when(e), ...(rng.chance(0.5) ? { note: 'No contact since; whereabouts unknown.' } : {}) }); break;
      case 'death': out.push({ status: 'deceased', when: when(e) }); break;
      case 'moved': out.push({ status: 'abroad', when: when(e), note: 'Lives in Kazakhstan.' }); break;
      default: break;
    }
  }
  // Some records carry a status with no date at all ("we heard he is missing").
  const last = out[out.length - 1];
  if (last && rng.chance(0.08)) delete last.when;
  return out;
}

/* ------------------------------------------------------------------------------------------ */
/* Families                                                                                    */
/* ------------------------------------------------------------------------------------------ */

export interface FamilyOptions {
  caseIndex: number;
  home: PlaceInfo;
  people: 'kazakh' | 'uyghur';
  witness: boolean;
  testimonyCount: number;
  interviewers: readonly string[];
  translators: readonly string[];
  interviewPlaces: readonly string[];
}

function ethnicityFor(rng: Rng, people: 'kazakh' | 'uyghur'): EthnicityCode {
  return people === 'kazakh'
    ? rng.weighted([['kazakh', 94], ['kyrgyz', 6]] as const)
    : rng.weighted([['uyghur', 90], ['uzbek', 4], ['hui', 6]] as const);
}

const fatherPeople = (e: EthnicityCode): 'kazakh' | 'uyghur' | null =>
  e === 'kazakh' || e === 'kyrgyz' ? 'kazakh' : e === 'uyghur' || e === 'uzbek' ? 'uyghur' : null;

function person(rng: Rng, ethnicity: EthnicityCode, sex: Sex, birthYear: number, home: PlaceInfo, village: Lx, father?: FatherName): PersonPlan {
  const name = makeName(rng, { ethnicity, sex, ...(father ? { father } : {}), elder: birthYear < 1962 });
  const birth = birthDate(rng, birthYear);
  const p = newPerson({ name, birthYear, birth, home, village, citizenship: ['China'] });
  if (rng.chance(0.25)) p.idNumbers.push({ type: 'China resident ID', value: fakeChineseId(rng, home.code, birth.date.earliest) });
  return p;
}

/**
 * One family: the detained person, perhaps a second detained relative, the relatives the
 * testimonies mention, the narrator, the officials named, every event and the interview days.
 */
export function planFamily(rng: Rng, o: FamilyOptions): FamilyPlan {
  const ethnicity = ethnicityFor(rng, o.people);
  const fp = fatherPeople(ethnicity);
  const fatherOf = (): FatherName | undefined => (fp ? randomFather(rng, fp) : undefined);
  const village = rng.pick(VILLAGES);
  const home = o.home;
  const officials: Official[] = [];

  // Who tells, and how they are related to the detained person.
  const kinKey: KinKey | undefined = o.witness ? undefined : rng.weighted(KIN_WEIGHTS);
  const kin = kinKey ? KIN[kinKey] : undefined;
  const victimSex: Sex = kin ? kin.victimSex : rng.chance(0.7) ? 'male' : 'female';
  const narratorSex: Sex = kin?.narratorSex ?? (rng.chance(0.62) ? 'female' : 'male');
  const victimBirthYear = rng.chance(0.8) ? rng.int(1958, 1993) : rng.int(1945, 1999);
  const gap = kin ? rng.int(kin.ageGap[0], kin.ageGap[1]) : 0;
  const narratorBirthYear = Math.min(2003, Math.max(1944, victimBirthYear - gap));

  // Fathers' names follow the kinship, so patronymics agree across the family.
  let victimFather: FatherName | undefined;
  let narratorFather: FatherName | undefined;
  let narratorName: GeneratedName | undefined;
  if (kinKey && ['olderBrother', 'youngerBrother', 'olderSister', 'youngerSister'].includes(kinKey)) {
    victimFather = fatherOf();
    narratorFather = victimFather;
  } else if ((kinKey === 'son' || kinKey === 'daughter') && narratorSex === 'male') {
    narratorName = makeName(rng, { ethnicity, sex: narratorSex, ...(fp ? { father: fatherOf() } : {}), elder: narratorBirthYear < 1962 });
    victimFather = narratorName.asFather ?? undefined;
  } else {
    victimFather = fatherOf();
  }
  const victim = person(rng, ethnicity, victimSex, victimBirthYear, home, village, victimFather);
  victim.occupation = rng.pick(OCCUPATIONS);
  if (kinKey === 'father') narratorFather = victim.name.asFather ?? undefined;
  narratorName ??= makeName(rng, { ethnicity, sex: narratorSex, ...(narratorFather ? { father: narratorFather } : fp ? { father: fatherOf() } : {}), elder: narratorBirthYear < 1962 });

  const family: FamilyPlan = {
    kind: o.witness ? 'witness' : 'relative',
    caseIndex: o.caseIndex,
    ethnicity,
    home,
    village,
    narrator: { sex: narratorSex, birthYear: narratorBirthYear, movedYear: 0, home, name: narratorName, ...(kinKey ? { kin: kinKey } : {}) },
    victim,
    relatives: [],
    childCount: 0,
    events: [],
    fellows: [],
    testimonies: [],
    details: { cellmates: rng.int(8, 40), weightLoss: rng.int(6, 30), otherDetained: rng.int(3, 60) },
  };
  const ctx = { ethnicity, officials };

  // The main story.
  const scenario: Scenario = o.witness
    ? 'campRelease'
    : rng.weighted([['campRelease', 38], ['campSentence', 20], ['disappeared', 14], ['death', 7], ['restricted', 9], ['returnDetained', 12]] as const);
  const events = timeline(rng, victim, scenario, ctx, false, o.witness);
  if (o.witness) {
    // A former detainee speaking in Almaty: released, then allowed (or managed) to leave.
    const release = events.find((e) => e.kind === 'release');
    const moved = (release?.day ?? day(2019, 6, 1)) + rng.int(60, 700);
    events.push({ kind: 'moved', day: moved, when: fuzzy(rng, moved), subject: victim, place: ALMATY });
    family.narrator = { sex: victimSex, birthYear: victimBirthYear, movedYear: yearOf(moved), home, name: victim.name, person: victim };
    victim.citizenship.push('Kazakhstan (residence permit)');
  } else {
    family.narrator.movedYear = rng.int(Math.min(2016, Math.max(2004, narratorBirthYear + 18)), 2016);
  }

  // A second detained relative, seen from the first: his wife, her younger brother, their son.
  if (!o.witness && scenario !== 'restricted' && rng.chance(0.3)) {
    const rel: FamilyRel = rng.weighted([[victimSex === 'male' ? 'wife' : 'husband', 45], ['brother', 30], ['sister', 10], ['son', 15]] as const);
    const sex: Sex = rel === 'wife' || rel === 'sister' ? 'female' : 'male';
    const by = rel === 'son' ? Math.min(2000, victimBirthYear + rng.int(20, 30)) : rel === 'brother' || rel === 'sister' ? victimBirthYear + rng.int(1, 10) : victimBirthYear + rng.int(-3, 6);
    const father = rel === 'brother' || rel === 'sister' ? victimFather : rel === 'son' && victimSex === 'male' ? (victim.name.asFather ?? undefined) : fatherOf();
    const p = person(rng, ethnicity, sex, by, home, village, father);
    p.occupation = rng.pick(OCCUPATIONS);
    p.relations.push({ to: victim, code: rel });
    const secondScenario = rng.weighted([['campRelease', 55], ['campSentence', 20], ['disappeared', 15], ['restricted', 10]] as const);
    events.push(...timeline(rng, p, secondScenario, ctx, true));
    family.second = { person: p, rel };
  }

  // Children and other relatives the testimonies name.
  family.childCount = victimBirthYear > 1996 ? rng.int(0, 1) : rng.weighted([[0, 8], [1, 15], [2, 30], [3, 27], [4, 13], [5, 7]] as const);
  const namedChildren = Math.min(family.childCount, rng.chance(0.45) ? (rng.chance(0.3) ? 2 : 1) : 0);
  for (let i = 0; i < namedChildren; i += 1) {
    const sex: Sex = rng.chance(0.5) ? 'male' : 'female';
    const by = Math.min(2016, victimBirthYear + rng.int(20, 36));
    const father = victimSex === 'male' ? (victim.name.asFather ?? undefined) : fatherOf();
    const child = person(rng, ethnicity, sex, by, home, village, father);
    const rel: FamilyRel = sex === 'male' ? 'son' : 'daughter';
    child.relations.push({ to: victim, code: rel });
    if (rng.chance(0.3)) victim.relations.push({ to: child, code: victimSex === 'male' ? 'father' : 'mother' });
    family.relatives.push({ person: child, rel });
    // Told by relatives only: a former detainee's testimony is about the camp.
    if (!o.witness && by >= 2004 && rng.chance(0.45)) {
      const t = Math.max(events.find((e) => e.kind === 'detention')?.day ?? day(2018, 1, 1), day(2017, 9, 1)) + rng.int(20, 200);
      events.push({ kind: 'boarding', day: t, when: fuzzy(rng, t), subject: child, place: home, facility: 'boarding', facilityName: facilityName(rng, 'boarding', home) });
    }
  }
  if (!o.witness && family.second?.rel !== 'wife' && family.second?.rel !== 'husband' && kinKey !== 'husband' && kinKey !== 'wife' && rng.chance(0.25)) {
    const rel: FamilyRel = victimSex === 'male' ? 'wife' : 'husband';
    const spouse = person(rng, ethnicity, victimSex === 'male' ? 'female' : 'male', victimBirthYear + rng.int(-4, 6), home, village, fatherOf());
    spouse.relations.push({ to: victim, code: rel });
    if (rng.chance(0.5)) spouse.statuses.push({ status: rng.chance(0.7) ? 'unknown' : 'abroad' });
    family.relatives.push({ person: spouse, rel });
  }
  if (!o.witness && kinKey !== 'mother' && victimBirthYear > 1965 && rng.chance(0.1)) {
    const mother = person(rng, ethnicity, 'female', victimBirthYear - rng.int(20, 32), home, village, fatherOf());
    mother.relations.push({ to: victim, code: 'mother' });
    family.relatives.push({ person: mother, rel: 'mother' });
  }

  // The narrator as a person of the case: always for witnesses, often for relatives.
  if (!o.witness && kin && rng.chance(0.35)) {
    const np = newPerson({ name: narratorName, birthYear: narratorBirthYear, birth: birthDate(rng, narratorBirthYear), home, village, citizenship: ['Kazakhstan'] });
    const movedDay = day(family.narrator.movedYear, rng.int(1, 12), rng.int(1, 28));
    np.statuses.push({ status: 'abroad', when: fuzzy(rng, movedDay, 'year'), note: 'Lives in Almaty.' });
    np.relations.push({ to: victim, code: kin.narratorIs(narratorSex) });
    if (rng.chance(0.5)) victim.relations.push({ to: np, code: kin.victimIs });
    family.narrator.person = np;
    if (rng.chance(0.35)) {
      const t = rng.int(Math.max(day(2018, 3, 1), day(family.narrator.movedYear + 1, 1, 1)), day(2022, 12, 31));
      // The testimony speaks of "a man who said he was from the police".
      const o2 = rng.chance(0.5) ? makeOfficial(rng, rng.chance(0.6) ? 'stateSecurity' : 'police', ethnicity, 'male') : undefined;
      if (o2) officials.push(o2);
      events.push({ kind: 'threats', day: t, when: fuzzy(rng, t), subject: np, place: ALMATY, ...(o2 ? { official: o2 } : {}) });
    }
    // A spouse or child held there, the narrator here: the family cannot reunite.
    const detained = events.find((e) => e.kind === 'detention' || e.kind === 'passport');
    if (detained && kinKey && ['husband', 'wife', 'son', 'daughter'].includes(kinKey) && rng.chance(0.5)) {
      const t = detained.day + rng.int(30, 400);
      events.push({ kind: 'separation', day: t, when: fuzzy(rng, t), subject: np, place: home });
    }
  }

  events.sort((a, b) => a.day - b.day);
  family.events = events;

  // Officials named in full sometimes get a record of their own.
  for (const official of officials) {
    if (rng.chance(0.35)) {
      const by = rng.int(1965, 1992);
      official.person = newPerson({ name: official.name, birthYear: by, birth: fuzzy(rng, day(by, 6, 1), 'about'), home, village: rng.pick(VILLAGES), citizenship: ['China'], notes: `Named in testimony as ${OFFICIAL_ROLES[official.role].text.en}.` });
    }
  }

  planTestimonies(rng, family, o);
  return family;
}

/** Interview days after the events they tell of; later interviews bring news. */
function planTestimonies(rng: Rng, family: FamilyPlan, o: FamilyOptions): void {
  const first = family.events.find((e) => e.kind !== 'passport') ?? family.events[0];
  const moved = family.events.find((e) => e.kind === 'moved');
  const earliest = Math.max(day(2018, 2, 1), (moved?.day ?? first?.day ?? day(2018, 1, 1)) + 20);
  const latestFirst = Math.max(earliest, day(2024, 6, 30));
  let t = earliest + Math.floor(rng.next() ** 1.3 * (latestFirst - earliest));
  const people = family.ethnicity === 'kazakh' || family.ethnicity === 'kyrgyz' ? 'kazakh' : 'uyghur';
  // One interviewer usually sees a source again; a second one sometimes takes over.
  let interviewer = rng.pick(o.interviewers);
  for (let ordinal = 0; ordinal < o.testimonyCount; ordinal += 1) {
    const lang: Lang =
      people === 'kazakh'
        ? rng.weighted([['kk', 50], ['ru', 40], ['en', 10]] as const)
        : rng.weighted([['ug', 42], ['ru', 43], ['kk', 8], ['en', 7]] as const);
    const translate = lang === 'ru' ? rng.chance(0.2) : lang === 'en' ? rng.chance(0.15) : rng.chance(0.55);
    const translateTo: 'en' | 'ru' | undefined = translate ? (lang === 'en' ? 'ru' : lang === 'ru' ? 'en' : rng.chance(0.5) ? 'ru' : 'en') : undefined;
    if (ordinal > 0 && rng.chance(0.25)) interviewer = rng.pick(o.interviewers);
    family.testimonies.push({
      id: '',
      family,
      day: t,
      ordinal,
      lang,
      ...(translateTo ? { translateTo, translator: rng.pick(o.translators) } : {}),
      interviewer,
      place: rng.pick(o.interviewPlaces),
      targetBytes: Math.round(Math.min(3400, Math.max(1100, rng.around(1950, 1400)))),
    });
    t = Math.min(day(2025, 6, 30), t + rng.int(45, 600));
  }
}

/**
 * Once every family of the batch exists: former detainees name people they were held with
 * (corroborating those families' accounts), and each known event may become an incident.
 */
export function linkBatch(rng: Rng, families: FamilyPlan[]): IncidentPlan[] {
  const campers = families.filter((f) => f.kind === 'relative' && f.events.some((e) => e.kind === 'camp'));
  for (const w of families) {
    if (w.kind !== 'witness' || campers.length === 0) continue;
    const wCamp = w.events.find((e) => e.kind === 'camp');
    const wRelease = w.events.find((e) => e.kind === 'release');
    const sameCase = campers.filter((f) => f.caseIndex === w.caseIndex);
    const pool = sameCase.length > 0 ? sameCase : campers;
    // Prefer people whose time in a camp overlapped the witness's own.
    const overlapping = pool.filter((f) => {
      const camp = f.events.find((e) => e.kind === 'camp' && e.subject === f.victim);
      return camp && wCamp && wRelease ? camp.day <= wRelease.day && camp.day + 120 >= wCamp.day : false;
    });
    const chosen = rng.sample(overlapping.length > 0 ? overlapping : pool, rng.int(1, 3));
    const firstInterview = w.testimonies[0]?.day ?? 0;
    for (const f of chosen) {
      // Only what happened before the witness first spoke: camp and the detention before it.
      const events = f.events.filter((e) => e.subject === f.victim && (e.kind === 'camp' || e.kind === 'detention') && e.day < firstInterview - 3);
      if (!events.some((e) => e.kind === 'camp')) continue;
      w.fellows.push({ person: f.victim, events });
      if (rng.chance(0.5)) w.victim.relations.push({ to: f.victim, code: 'fellow_detainee' });
    }
  }

  const incidents: IncidentPlan[] = [];
  for (const f of families) {
    const last = f.testimonies[f.testimonies.length - 1];
    const knownBy = last ? last.day - 3 : 0;
    // What the family's testimonies cannot know yet is not on file either.
    f.events = f.events.filter((e) => e.day <= knownBy);
    for (const e of f.events) {
      const type = incidentType(rng, e, e.subject !== f.victim);
      if (!type) continue;
      const involved: IncidentPlan['involved'] = [{ person: e.subject, role: 'victim' }];
      if (e.official?.person) involved.push({ person: e.official.person, role: OFFICIAL_ROLES[e.official.role].code });
      if (e.kind === 'detention' && e.manner === 'night' && f.narrator.person && f.narrator.person !== e.subject && rng.chance(0.3)) {
        involved.push({ person: f.narrator.person, role: 'witness' });
      }
      const incident: IncidentPlan = { id: '', type, event: e, verification: 'unverified', involved, evidence: [] };
      e.incident = incident;
      incidents.push(incident);
    }
    const bySubject = new Map<PersonPlan, EventPlan[]>();
    for (const e of f.events) bySubject.set(e.subject, [...(bySubject.get(e.subject) ?? []), e]);
    for (const [p, es] of bySubject) p.statuses.push(...statusesFrom(rng, es));
  }
  return incidents;
}

