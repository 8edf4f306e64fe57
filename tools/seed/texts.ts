import { day, fuzzy, yearOf } from './dates';
import { KIN, kinRu, relWord, ruPast } from './phrases';
import type { Rng } from './rng';
import type { EventKind, EventPlan, IncidentPlan, PersonPlan, TestimonyPlan } from './story';
import { OFFICIAL_SENTENCE, SECTIONS, type Section, type Variant } from './templates';
import type { Lang } from './types';
import { personView, type Ctx } from './voice';

/**
 * Composes testimony transcripts from the templates: picks the passages a testimony tells
 * (everything the family's incident records rest on, then detail until the transcript reaches
 * its target length), orders them as people tell them, and renders them once in the testimony's
 * language and once more for a translation. The passage that names a person or an event becomes
 * the quote of the testimony's link to it.
 */

export interface RenderedTestimony {
  transcript: string;
  translation?: { language: 'en' | 'ru'; text: string };
  summary: string;
  personLinks: { person: PersonPlan; quote: string }[];
  incidentLinks: { incident: IncidentPlan; quote: string }[];
}

interface Passage {
  section: Section;
  c: Ctx;
  variant: Variant;
  /** Selection order among passages of equal `order` (fillers, repeated sections). */
  seq: number;
  /** Rendered text per language and mentions, computed once: a passage is measured, told and quoted. */
  text: Partial<Record<Lang, string>>;
  mentions?: { persons: PersonPlan[]; events: EventPlan[] };
  taken: boolean;
}

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

function firstOfKind(events: EventPlan[], subject: PersonPlan | undefined): Partial<Record<EventKind, EventPlan>> {
  const out: Partial<Record<EventKind, EventPlan>> = {};
  if (!subject) return out;
  for (const e of events) if (e.subject === subject && !out[e.kind]) out[e.kind] = e;
  return out;
}

function buildCtx(rng: Rng, t: TestimonyPlan): Ctx {
  const f = t.family;
  const prevT = t.ordinal > 0 ? f.testimonies[t.ordinal - 1] : undefined;
  // News takes a few days to reach Almaty; anything after that is not yet known.
  const known = f.events.filter((e) => e.day <= t.day - 3);
  const scope = prevT ? known.filter((e) => e.day > prevT.day - 3) : known;
  const narrator = f.narrator;
  const kin = narrator.kin
    ? (() => {
        const k = KIN[narrator.kin];
        const ru = kinRu(narrator.kin, narrator.sex);
        return { en: k.en, ru: ru.nom, ruAcc: ru.acc, kk: k.kk(narrator.sex), ug: k.ug };
      })()
    : undefined;
  const v = personView(f.victim);
  const second = f.second;
  const movedEvent = f.events.find((e) => e.kind === 'moved');
  const nPerson = narrator.person;
  return {
    f,
    t,
    n: {
      sex: narrator.sex,
      r: (m, fem) => ruPast(narrator.sex, m, fem),
      age: yearOf(t.day) - narrator.birthYear,
      birthYear: narrator.birthYear,
      moved: movedEvent?.when ?? fuzzy(rng, day(narrator.movedYear, 6, 1), 'year'),
      home: narrator.home,
      ...(nPerson ? { person: nPerson } : {}),
    },
    ...(kin ? { kin } : {}),
    v,
    ...(second ? { v2: { ...personView(second.person), rel: relWord(second.rel, v.sex) } } : {}),
    ev: firstOfKind(scope, f.victim),
    known: firstOfKind(known, f.victim),
    ev2: firstOfKind(scope, second?.person),
    others: scope.filter((e) => e.subject !== f.victim && e.subject !== second?.person),
    ...(prevT ? { prev: fuzzy(rng, prevT.day, 'month') } : {}),
    years: { mosque: rng.int(2016, 2018), visit: rng.int(Math.min(2017, Math.max(2012, narrator.movedYear + 1)), 2017), photo: rng.int(2009, 2017) },
    sheep: rng.pick([20, 30, 40, 50, 60, 80]),
  };
}

/** Passages that can be told in this testimony, one variant drawn for each. */
function candidates(rng: Rng, c: Ctx, lang: Lang): Passage[] {
  const out: Passage[] = [];
  let seq = 0;
  for (const section of SECTIONS) {
    if (!section.applies(c)) continue;
    for (const cc of section.each ? section.each(c) : [c]) {
      const usable = (v: Variant): boolean => (v.ok ? v.ok(cc) : true) && (lang !== 'ug' || v.ug !== undefined);
      let count = 0;
      for (const v of section.variants) if (usable(v)) count += 1;
      if (count === 0) continue;
      let k = Math.floor(rng.next() * count);
      const variant = section.variants.find((v) => usable(v) && k-- === 0);
      if (variant) out.push({ section, c: cc, variant, seq: seq++, text: {}, taken: false });
    }
  }
  return out;
}

/** The events a passage tells, and whether any of them is on file as an incident. */
/**
 * Officials the family itself names: those of events that happened to the family. A former
 * detainee speaking of a fellow detainee does not know who arrested them.
 */
function namedOfficials(p: Passage, events: EventPlan[]): EventPlan[] {
  const c = p.c;
  const own = (s: PersonPlan): boolean => s === c.v.p || s === c.v2?.p || s === c.n.person || c.f.relatives.some((r) => r.person === s);
  return events.filter((e) => e.official !== undefined && own(e.subject));
}

function mentionsOf(p: Passage): { persons: PersonPlan[]; events: EventPlan[] } {
  if (p.mentions) return p.mentions;
  const m = p.section.mentions?.(p.c);
  const persons = (m?.persons ?? []).filter((x): x is PersonPlan => x !== undefined);
  const events = (m?.events ?? []).filter((x): x is EventPlan => x !== undefined);
  for (const e of namedOfficials(p, events)) if (e.official?.person) persons.push(e.official.person);
  p.mentions = { persons, events };
  return p.mentions;
}

function render(p: Passage, lang: Lang): string {
  const cached = p.text[lang];
  if (cached !== undefined) return cached;
  const r = p.variant[lang] ?? p.variant.en;
  let text = r(p.c);
  // A named official is one more sentence in the passage about the event they took part in.
  for (const e of namedOfficials(p, mentionsOf(p).events)) {
    if (e.official) text += (OFFICIAL_SENTENCE[lang] ?? OFFICIAL_SENTENCE.en)({ ...p.c, official: { o: e.official, event: e } });
  }
  p.text[lang] = text;
  return text;
}

/** The narrator's relation to the detained person, for the English summary. */
const NARRATOR_ROLE_EN: Record<string, string> = {
  son: 'son', daughter: 'daughter', father: 'father', mother: 'mother', brother: 'brother', sister: 'sister', wife: 'wife', husband: 'husband',
  nephew_niece: 'nephew or niece', uncle_aunt: 'uncle or aunt', cousin: 'cousin', child_in_law: 'son- or daughter-in-law',
};

const KIND_LABELS: Partial<Record<EventKind, string>> = {
  passport: 'passport taken', detention: 'detained', interrogation: 'interrogated', camp: 'sent to a camp',
  transfer: 'transferred', sentence: 'sentenced', release: 'released', labour: 'forced labour', travelBan: 'travel ban',
  missing: 'missing', death: 'died', homestay: 'officials stayed in the home', moved: 'came to Kazakhstan', separation: 'family separated',
};

function summarize(c: Ctx, told: EventPlan[]): string {
  const kin = c.f.narrator.kin;
  const who = kin ? `${NARRATOR_ROLE_EN[KIN[kin].narratorIs(c.n.sex)] ?? 'relative'} of ${c.v.full.en}` : `former detainee ${c.v.full.en}`;
  const facts = [...new Set(told)]
    .filter((e) => e.subject === c.v.p)
    .sort((a, b) => a.day - b.day)
    .map((e) => `${KIND_LABELS[e.kind] ?? e.kind} (${e.when.phrase.en.replace(/^(in|on) /, '')})`)
    .join(', ');
  const follow = c.t.ordinal > 0 ? ` Follow-up interview no. ${c.t.ordinal + 1}.` : '';
  const fellows = c.f.fellows.length > 0 ? ` Names ${c.f.fellows.length} fellow detainee(s).` : '';
  // Marked in every record a reader may open first: this is demo data, not a real account.
  return `[Synthetic demo record] Account by the ${who}, ${c.v.p.home.name.en}.${facts ? ` ${facts[0]?.toUpperCase()}${facts.slice(1)}.` : ''}${follow}${fellows}`;
}

export function renderTestimony(rng: Rng, t: TestimonyPlan): RenderedTestimony {
  const c = buildCtx(rng, t);
  const all = candidates(rng, c, t.lang);
  const filedEvent = (p: Passage): boolean => mentionsOf(p).events.some((e) => e.incident !== undefined);

  const chosen: Passage[] = [];
  let bytes = 0;
  const take = (p: Passage): void => {
    p.taken = true;
    chosen.push(p);
    bytes += byteLength(render(p, t.lang)) + 2;
  };
  for (const p of all) if (p.section.kind === 'required' || filedEvent(p)) take(p);
  const core = all.filter((p) => p.section.kind === 'core' && !p.taken);
  const fillers = all.filter((p) => p.section.kind === 'filler');
  for (const pool of [core, fillers]) {
    for (const p of rng.sample(pool, pool.length)) {
      if (bytes >= t.targetBytes) break;
      take(p);
    }
  }
  // Told in narrative order; fillers keep the order they were drawn in.
  chosen.sort((a, b) => a.section.order - b.section.order || a.seq - b.seq);

  // Paragraph breaks drawn once, so the translation has the same paragraphs.
  const breaks = chosen.map((p, i) => i > 0 && (p.section.order !== chosen[i - 1]?.section.order || rng.chance(0.5)));
  const compose = (lang: Lang): { text: string; passages: string[] } => {
    const passages = chosen.map((p) => render(p, lang));
    let text = '';
    passages.forEach((s, i) => {
      text += i === 0 ? s : breaks[i] ? `\n\n${s}` : ` ${s}`;
    });
    return { text, passages };
  };
  const main = compose(t.lang);

  const personLinks: RenderedTestimony['personLinks'] = [];
  const incidentLinks: RenderedTestimony['incidentLinks'] = [];
  const seenPersons = new Set<PersonPlan>();
  const seenIncidents = new Set<IncidentPlan>();
  const told: EventPlan[] = [];
  chosen.forEach((p, i) => {
    const quote = main.passages[i] ?? '';
    const m = mentionsOf(p);
    for (const person of m.persons) {
      if (seenPersons.has(person)) continue;
      seenPersons.add(person);
      personLinks.push({ person, quote });
    }
    for (const e of m.events) {
      told.push(e);
      if (e.incident && !seenIncidents.has(e.incident)) {
        seenIncidents.add(e.incident);
        incidentLinks.push({ incident: e.incident, quote });
      }
    }
  });

  return {
    transcript: main.text,
    ...(t.translateTo ? { translation: { language: t.translateTo, text: compose(t.translateTo).text } } : {}),
    summary: summarize(c, told),
    personLinks,
    incidentLinks,
  };
}
