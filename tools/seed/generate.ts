import type { Input } from '../../src/shared/api';
import type { RecordInput, RecordKind } from '../../src/shared/domain/records';
import { DEFAULT_VOCABULARIES } from '../../src/main/core/vocabularies/defaults';
import { isoDay } from './dates';
import { staffNames } from './names';
import { KIN, OFFICIAL_ROLES, REASONS } from './phrases';
import { almatyAddress, FACILITIES, INTERVIEW_PLACES, kazakhPhone, pickHometown, type PlaceInfo } from './places';
import { Rng, SeededUuidV7 } from './rng';
import { linkBatch, planFamily, type EventPlan, type FamilyPlan, type IncidentPlan, type PersonPlan, type TestimonyPlan, type Verification } from './story';
import { renderTestimony } from './texts';

/**
 * Deterministic synthetic data for demos and benchmarks: cases, persons, sources, incidents and
 * testimonies about detentions in Xinjiang as relatives in Almaty report them. Everything is
 * invented, and marked so (case tags and references, testimony summaries, identity notes).
 *
 * Records carry ids made here (UUID v7 from the seed), because testimonies must name their
 * source, persons and incidents before the store has seen any of them; the store imports them
 * with those ids. Batches are self-contained: every reference points into the same batch, so a
 * consumer may write a batch and drop it, and 100,000 testimonies run in flat memory.
 *
 * Order inside a batch is dependency order (cases, persons, sources, incidents, testimonies),
 * with two deliberate exceptions, both within the batch: person relations may point to a person
 * emitted later (relations are recorded in both directions), and an incident's evidence points
 * to the testimonies that support it, which come after the incidents that testimonies link to.
 */

/** The contract's input for `records.create`. */
export type CreateInput = Input<'records.create'>;

/** A `records.create` input with the id the record must be stored under. */
export type SeedRecord<K extends RecordKind = RecordKind> = K extends RecordKind ? { id: string } & Extract<CreateInput, { kind: K }> : never;

export interface SeedPlan {
  /** How many testimonies to make; everything else scales with it. */
  testimonies: number;
  /** Same seed, same output, byte for byte. Default 1. */
  seed?: number;
  /** Cases per 100 testimonies (default 3). */
  casesPerHundred?: number;
  /** Testimonies per batch (default 1,000). */
  batchSize?: number;
}

export interface SeedBatch {
  /** 0 for the first batch. */
  index: number;
  cases: SeedRecord<'case'>[];
  persons: SeedRecord<'person'>[];
  sources: SeedRecord<'source'>[];
  incidents: SeedRecord<'incident'>[];
  testimonies: SeedRecord<'testimony'>[];
}

/** A batch's records in the order to import them. */
export function batchRecords(batch: SeedBatch): SeedRecord[] {
  return [...batch.cases, ...batch.persons, ...batch.sources, ...batch.incidents, ...batch.testimonies];
}

/** Sources per testimony: most give one interview, some come back with news (~60 per 100). */
const SOURCES_PER_TESTIMONY = 0.6;
/** Former detainees among sources: they name fellow detainees from other families. */
const WITNESS_SHARE = 0.1;

const LABELS = new Map(DEFAULT_VOCABULARIES.map((v) => [v.key, new Map(v.terms.map((t) => [t.code, t.labels]))]));

/** The label of a vocabulary term; throws on a code the defaults lack, which a test would catch anyway. */
function label(key: string, code: string, lang: 'en' | 'ru'): string {
  const l = LABELS.get(key as never)?.get(code);
  if (!l) throw new Error(`no ${key} term ${code}`);
  return l[lang];
}

/** Rounds up or down at random in proportion, so small batches keep the right averages. */
const roundRandom = (rng: Rng, x: number): number => Math.floor(x) + (rng.chance(x - Math.floor(x)) ? 1 : 0);

interface CaseTheme {
  people: 'kazakh' | 'uyghur';
  home: PlaceInfo;
  lang: 'en' | 'ru';
  topic: 'detentions' | 'camps' | 'missing' | 'sentences' | 'returnees' | 'labour';
  weight: number;
}

const TOPIC_TITLES: Record<CaseTheme['topic'], { en: (t: CaseTheme) => string; ru: (t: CaseTheme) => string }> = {
  detentions: {
    en: (t) => `${t.home.name.en}: detentions of ethnic ${t.people === 'kazakh' ? 'Kazakhs' : 'Uyghurs'}, 2017–2019`,
    ru: (t) => `Задержания этнических ${t.people === 'kazakh' ? 'казахов' : 'уйгуров'}: ${t.home.name.ru}, 2017–2019`,
  },
  camps: { en: (t) => `“Re-education” camps: families ${t.home.from.en}`, ru: (t) => `Лагеря «перевоспитания»: семьи ${t.home.from.ru}` },
  missing: { en: (t) => `Missing relatives ${t.home.from.en}`, ru: (t) => `Пропавшие родственники ${t.home.from.ru}` },
  sentences: { en: (t) => `Prison sentences after the camps: ${t.home.name.en}`, ru: (t) => `Приговоры после лагерей: ${t.home.name.ru}` },
  returnees: { en: (t) => `Detained after returning from Kazakhstan (${t.home.name.en})`, ru: (t) => `Задержанные после возвращения из Казахстана (${t.home.name.ru})` },
  labour: { en: (t) => `Forced labour after release: ${t.home.name.en}`, ru: (t) => `Принудительный труд после освобождения: ${t.home.name.ru}` },
};

const PARTNERS = ['Partner NGO A (Geneva)', 'Partner NGO B (Istanbul)', 'Partner lawyers (Bishkek)', 'UN WGEID', 'OHCHR'] as const;

interface Staff {
  interviewers: string[];
  translators: string[];
  lawyers: string[];
}

interface BatchState {
  seed: number;
  casesPerHundred: number;
  staff: Staff;
  /** Case numbers run on across batches, for unique references. */
  nextCaseNo: number;
  nextIdMs: number;
}

export function* generateSeed(plan: SeedPlan): Generator<SeedBatch> {
  const total = Math.max(0, Math.floor(plan.testimonies));
  const seed = plan.seed ?? 1;
  const batchSize = Math.max(1, Math.floor(plan.batchSize ?? 1000));
  const staffRng = new Rng(seed, 0x57aff);
  const state: BatchState = {
    seed,
    casesPerHundred: Math.min(100, Math.max(0.1, plan.casesPerHundred ?? 3)),
    staff: { interviewers: staffNames(staffRng, 8), translators: staffNames(staffRng, 4), lawyers: staffNames(staffRng, 5) },
    nextCaseNo: 1,
    nextIdMs: Date.UTC(2024, 0, 1),
  };
  for (let index = 0, done = 0; done < total; index += 1) {
    const n = Math.min(batchSize, total - done);
    yield buildBatch(index, n, state);
    done += n;
  }
}

function buildBatch(index: number, testimonyCount: number, state: BatchState): SeedBatch {
  // One stream per batch: a batch depends on the seed, its index and where ids stopped.
  const rng = new Rng(state.seed, index, 0xba7c4);

  // Cases: each a theme (a place, a people, a topic) that families are filed under.
  const caseCount = Math.max(1, roundRandom(rng, (testimonyCount * state.casesPerHundred) / 100));
  const themes: CaseTheme[] = [];
  for (let i = 0; i < caseCount; i += 1) {
    const people = rng.chance(0.65) ? 'kazakh' : 'uyghur';
    themes.push({
      people,
      home: pickHometown(rng, people),
      lang: rng.chance(0.55) ? 'en' : 'ru',
      topic: rng.weighted([['detentions', 30], ['camps', 25], ['missing', 15], ['sentences', 12], ['returnees', 10], ['labour', 8]] as const),
      weight: 0.5 + rng.next() * 2,
    });
  }

  // Sources, and how many interviews each gave: exactly testimonyCount in all.
  const sourceCount = Math.min(testimonyCount, Math.max(1, roundRandom(rng, testimonyCount * SOURCES_PER_TESTIMONY)));
  const interviews = new Array<number>(sourceCount).fill(1);
  for (let extra = testimonyCount - sourceCount; extra > 0; extra -= 1) {
    // Returning sources tend to return again: pick among the first third more often.
    const i = rng.chance(0.5) ? rng.int(0, Math.max(0, Math.floor(sourceCount / 3) - 1)) : rng.int(0, sourceCount - 1);
    interviews[i] = (interviews[i] ?? 1) + 1;
  }

  const caseWeights = themes.map((t, i) => [i, t.weight] as const);
  const families: FamilyPlan[] = [];
  for (let s = 0; s < sourceCount; s += 1) {
    const caseIndex = rng.weighted(caseWeights);
    const theme = themes[caseIndex] as CaseTheme;
    const people = rng.chance(0.88) ? theme.people : theme.people === 'kazakh' ? 'uyghur' : 'kazakh';
    const home = people === theme.people && rng.chance(0.8) ? theme.home : pickHometown(rng, people);
    families.push(
      planFamily(rng, {
        caseIndex,
        home,
        people,
        witness: rng.chance(WITNESS_SHARE),
        testimonyCount: interviews[s] ?? 1,
        interviewers: state.staff.interviewers,
        translators: state.staff.translators,
        interviewPlaces: INTERVIEW_PLACES,
      }),
    );
  }
  const incidents = linkBatch(rng, families);

  // Ids in emission order, so they sort the way the records are written.
  const ids = new SeededUuidV7(rng, state.nextIdMs);
  const caseIds = themes.map(() => ids.next());
  const persons: { p: PersonPlan; family: FamilyPlan }[] = [];
  const personSeen = new Set<PersonPlan>();
  const addPerson = (p: PersonPlan | undefined, family: FamilyPlan): void => {
    if (!p || personSeen.has(p)) return;
    personSeen.add(p);
    persons.push({ p, family });
  };
  for (const f of families) {
    addPerson(f.victim, f);
    addPerson(f.second?.person, f);
    for (const r of f.relatives) addPerson(r.person, f);
    addPerson(f.narrator.person, f);
    for (const e of f.events) addPerson(e.official?.person, f);
  }
  for (const { p } of persons) p.id = ids.next();
  const sourceIds = families.map(() => ids.next());
  for (const i of incidents) i.id = ids.next();
  const testimonies: TestimonyPlan[] = families.flatMap((f) => f.testimonies);
  for (const t of testimonies) t.id = ids.next();
  state.nextIdMs = ids.nextMs;

  // Persons may belong to more than one case: a fellow detainee named in another case's testimony.
  const extraCases = new Map<PersonPlan, Set<number>>();
  for (const f of families) {
    for (const fellow of f.fellows) {
      const set = extraCases.get(fellow.person) ?? new Set<number>();
      set.add(f.caseIndex);
      extraCases.set(fellow.person, set);
    }
  }

  const caseNo = state.nextCaseNo;
  state.nextCaseNo += themes.length;
  const caseRecords: SeedRecord<'case'>[] = themes.map((t, i) => ({
    id: caseIds[i] as string,
    kind: 'case',
    data: caseData(rng, t, caseNo + i, state),
  }));

  const personRecords: SeedRecord<'person'>[] = persons.map(({ p, family }) => {
    const cases = new Set<number>([family.caseIndex, ...(extraCases.get(p) ?? [])]);
    return { id: p.id, kind: 'person', data: personData(rng, p, family, [...cases].map((c) => caseIds[c] as string)) };
  });

  // Testimonies are rendered before incidents are written: their links are the incidents' evidence.
  const familyIndex = new Map(families.map((f, i) => [f, i]));
  const testimonyRecords: SeedRecord<'testimony'>[] = testimonies.map((t) => {
    const sourceId = sourceIds[familyIndex.get(t.family) ?? 0] as string;
    return { id: t.id, kind: 'testimony', data: testimonyData(rng, t, caseIds[t.family.caseIndex] as string, sourceId) };
  });

  const sourceRecords: SeedRecord<'source'>[] = families.map((f, i) => sourceRecord(rng, f, sourceIds[i] as string, caseIds[f.caseIndex] as string, themes[f.caseIndex]?.lang ?? 'en'));

  const caseOfEvent = new Map(families.flatMap((f) => f.events.map((e) => [e, f.caseIndex] as const)));
  const incidentRecords: SeedRecord<'incident'>[] = incidents.map((incident) => {
    const caseIndex = caseOfEvent.get(incident.event) ?? 0;
    return { id: incident.id, kind: 'incident', data: incidentData(rng, incident, caseIds[caseIndex] as string, themes[caseIndex]?.lang ?? 'en') };
  });

  return { index, cases: caseRecords, persons: personRecords, sources: sourceRecords, incidents: incidentRecords, testimonies: testimonyRecords };
}

/* ------------------------------------------------------------------------------------------ */
/* Records                                                                                     */
/* ------------------------------------------------------------------------------------------ */

function caseData(rng: Rng, t: CaseTheme, no: number, state: BatchState): RecordInput<'case'> {
  const title = TOPIC_TITLES[t.topic][t.lang](t);
  return {
    title,
    reference: `DEMO-${String(no).padStart(5, '0')}`,
    status: rng.weighted([['open', 60], ['under_review', 25], ['closed', 15]] as const),
    summary:
      `Synthetic demonstration data made by the Casekeep seed generator (seed ${state.seed}); ` +
      `no person, source or account in this case is real. ${t.lang === 'en' ? 'Testimonies from relatives in Almaty' : 'Свидетельства родственников в Алматы'} ` +
      `${t.lang === 'en' ? `about people ${t.home.from.en}.` : `о людях ${t.home.from.ru}.`}`,
    tags: ['synthetic', t.topic, t.home.code, t.people],
    ...(rng.chance(0.7) ? { responsibleLawyer: rng.pick(state.staff.lawyers) } : {}),
  };
}

function personData(rng: Rng, p: PersonPlan, family: FamilyPlan, caseIds: string[]): RecordInput<'person'> {
  const english = rng.chance(0.6);
  const data: RecordInput<'person'> = {
    caseIds,
    names: p.name.names,
    sex: p.name.sex,
    birthDate: p.birth.date,
    ethnicity: p.name.ethnicity,
    citizenship: p.citizenship,
    hometown: english ? `${p.village.en} village, ${p.home.name.en}` : `с. ${p.village.ru}, ${p.home.name.ru}`,
    hometownPlace: p.home.code,
    idNumbers: p.idNumbers,
    statusHistory: p.statuses.map((s) => ({ status: s.status, ...(s.when ? { date: s.when.date } : {}), ...(s.note ? { note: s.note } : {}) })),
    relations: p.relations.map((r) => ({ personId: r.to.id, relationship: r.code })),
  };
  if (p.occupation) {
    // As staff type it: English or Russian mostly, sometimes in the family's own language.
    const own = p.name.ethnicity === 'kazakh' || p.name.ethnicity === 'kyrgyz' ? p.occupation.kk : p.occupation.ug;
    data.occupation = english ? p.occupation.en.replace(/^(a|an|the) /, '') : rng.chance(0.75) ? p.occupation.ruNom : own;
  }
  const notes: string[] = [];
  if (p.notes) notes.push(p.notes);
  if (p === family.victim && family.kind === 'relative' && rng.chance(0.3)) notes.push(`Family says the reason given was ${REASONS[family.events.find((e) => e.kind === 'detention')?.reason ?? 'unknown'].en}.`);
  if (p.name.kazakhstanForm && rng.chance(0.2)) notes.push(`In Kazakhstan papers written as ${p.name.kazakhstanForm}.`);
  if (notes.length > 0) data.notes = notes.join(' ');
  return data;
}

function testimonyData(rng: Rng, t: TestimonyPlan, caseId: string, sourceId: string): RecordInput<'testimony'> {
  const r = renderTestimony(rng, t);
  for (const link of r.incidentLinks) link.incident.evidence.push({ testimony: t, stance: 'supports' });
  return {
    caseIds: [caseId],
    sourceId,
    interviewDate: isoDay(t.day),
    place: t.place,
    interviewer: t.interviewer,
    // Uyghur transcripts are in Arabic script; say so, as the language tags in person names do.
    language: t.lang === 'ug' ? 'ug-Arab' : t.lang,
    transcript: r.transcript,
    translations: r.translation ? [{ language: r.translation.language, text: r.translation.text, ...(t.translator ? { translator: t.translator } : {}) }] : [],
    summary: r.summary,
    personLinks: r.personLinks.map((l) => ({ personId: l.person.id, quote: l.quote })),
    incidentLinks: r.incidentLinks.map((l) => ({ incidentId: l.incident.id, quote: l.quote })),
  };
}

const RISK_NOTES: readonly { en: string; ru: string; when?: (f: FamilyPlan) => boolean }[] = [
  { en: 'Has parents and siblings in Xinjiang; fears reprisals against them.', ru: 'Родители и братья/сёстры в Синьцзяне; опасается преследования родных.' },
  { en: 'Received threatening calls from Xinjiang police.', ru: 'Получал(а) звонки с угрозами от полиции Синьцзяна.', when: (f) => f.events.some((e) => e.kind === 'threats') },
  { en: 'Asked not to be filmed or photographed.', ru: 'Просил(а) не снимать на видео и не фотографировать.' },
  { en: 'No Kazakhstan citizenship yet; afraid of deportation.', ru: 'Пока без гражданства Казахстана; боится депортации.' },
  { en: 'Children still in Xinjiang; speak only about what is already public.', ru: 'Дети остаются в Синьцзяне; говорить только о том, что уже известно публично.' },
];

function sourceRecord(rng: Rng, f: FamilyPlan, id: string, caseId: string, lang: 'en' | 'ru'): SeedRecord<'source'> {
  const first = f.testimonies[0]?.day ?? 0;
  const how = (): 'oral' | 'written' | 'recorded' | 'other' => rng.weighted([['oral', 40], ['written', 35], ['recorded', 22], ['other', 3]] as const);
  const consents: NonNullable<RecordInput<'source'>['consents']> = [{ use: 'record', granted: true, date: isoDay(first), how: how() }];
  if (rng.chance(0.7)) consents.push({ use: 'store_audio', granted: rng.chance(0.8), date: isoDay(first), how: how() });
  if (rng.chance(0.75)) {
    const granted = rng.chance(0.7);
    // A seeded vault has no address book: the partners a source agreed to are named in the note.
    const named = granted ? rng.sample(PARTNERS, rng.int(1, 2)) : [];
    consents.push({ use: 'share_partners', granted, date: isoDay(first), how: how(), ...(named.length > 0 ? { note: `Partners named: ${named.join(', ')}` } : {}) });
  }
  if (rng.chance(0.5)) consents.push({ use: 'publish', granted: rng.chance(0.5), date: isoDay(first + rng.int(0, 30)), how: how() });
  if (rng.chance(0.3)) consents.push({ use: 'be_named', granted: rng.chance(0.25), date: isoDay(first + rng.int(0, 30)), how: how() });
  const withdrawable = consents.filter((c) => c.granted && c.use !== 'record');
  if (withdrawable.length > 0 && rng.chance(0.08)) {
    // Consent is per use and over time: a later entry withdraws an earlier one.
    const c = rng.pick(withdrawable);
    consents.push({ use: c.use, granted: false, date: isoDay(first + rng.int(60, 700)), how: how(), note: lang === 'en' ? 'Withdrawn after relatives were questioned.' : 'Отозвано после допроса родственников.' });
  }

  const kin = f.narrator.kin;
  let relationToVictim: string;
  if (!kin) relationToVictim = lang === 'en' ? 'Former detainee; names fellow detainees' : 'Бывший задержанный, называет сокамерников';
  else {
    // The narrator's relation to the detained person (a sister of), not the other way round.
    const role = label('relationship', KIN[kin].narratorIs(f.narrator.sex), lang).toLowerCase();
    relationToVictim = lang === 'en' ? `${role} of the detained person` : `${role} ${f.victim.name.sex === 'male' ? 'задержанного' : 'задержанной'}`;
  }

  const risks = RISK_NOTES.filter((r) => !r.when || r.when(f));
  const data: RecordInput<'source'> = {
    caseIds: [caseId],
    connection: f.kind === 'witness' ? rng.weighted([['victim', 70], ['direct_witness', 30]] as const) : rng.weighted([['relative_of_victim', 90], ['heard_from_victim', 4], ['heard_from_others', 6]] as const),
    relationToVictim,
    reliability: rng.weighted([['high', 25], ['medium', 40], ['uncertain', 12], ['low', 5], ['very_low', 2], ['unknown', 16]] as const),
    consents,
    ...(rng.chance(0.55) ? { riskNotes: rng.sample(risks, rng.int(1, 2)).map((r) => r[lang]).join(' ') } : {}),
  };
  const record: SeedRecord<'source'> = { id, kind: 'source', data };
  if (rng.chance(0.85)) {
    const full = rng.chance(0.8);
    record.identity = {
      ...(full ? { realName: f.narrator.name.kazakhstanForm } : {}),
      phone: kazakhPhone(rng),
      ...(full && rng.chance(0.8) ? { address: almatyAddress(rng) } : {}),
      notes: 'Synthetic identity for demo data: not a real person; the phone number and address are invented.',
    };
  }
  return record;
}

const MANNER_TEXT: Record<string, string> = {
  night: 'taken from home at night',
  summoned: 'summoned to the police and not released',
  work: 'taken from the workplace',
  border: 'detained after returning from Kazakhstan',
};

function describe(e: EventPlan): string {
  const at = e.facilityName ? ` at ${e.facilityName}` : '';
  switch (e.kind) {
    case 'passport': return 'Passport collected by local police “for safekeeping”.';
    case 'detention': return `${MANNER_TEXT[e.manner ?? 'night'] ?? 'Detained'}${at}. Reason given: ${REASONS[e.reason ?? 'unknown'].en}.`.replace(/^./, (ch) => ch.toUpperCase());
    case 'interrogation': return `Interrogated${at} about relatives and contacts in Kazakhstan.`;
    case 'camp': return `Held without trial${at}.`;
    case 'transfer': return `Transferred to another facility${at}.`;
    case 'sentence': return `Sentenced to ${e.years ?? 0} years; no lawyer, family not informed of any trial.`;
    case 'release': return e.restricted ? 'Released under supervision: weekly reporting, may not leave the county.' : 'Released.';
    case 'labour': return `Assigned to work${at} after release; cannot leave.`;
    case 'travelBan': return 'Told not to leave the country.';
    case 'missing': return 'No contact since; authorities say the person is “not in the system”.';
    case 'death': return e.inCustody ? `Died in custody${at}; body handed over under guard.` : 'Died at home after release, in poor health.';
    case 'boarding': return `Child placed${at} while a parent was detained.`;
    case 'threats': return 'Calls from Xinjiang police to the relative in Almaty, demanding silence.';
    case 'homestay': return 'Officials stayed in the family home as “relatives” and reported on the family.';
    case 'moved': return 'Came to Kazakhstan.';
    case 'separation': return 'Relative in Almaty cannot return; family members in Xinjiang are not allowed to leave. Reunification request refused.';
  }
}

const AGENCY_BY_KIND: Partial<Record<EventPlan['kind'], string>> = {
  passport: 'public_security', missing: 'public_security', travelBan: 'public_security', sentence: 'court',
  homestay: 'village_work_team', boarding: 'school_administration', threats: 'public_security', release: 'camp_administration',
  separation: 'public_security',
};

/** Verification follows the evidence: two independent sources corroborate, one rarely verifies. */
function verification(rng: Rng, incident: IncidentPlan): Verification {
  const sources = new Set(incident.evidence.map((e) => e.testimony.family)).size;
  if (sources >= 2) return rng.weighted([['corroborated', 55], ['verified', 30], ['disputed', 10], ['unverified', 5]] as const);
  if (incident.evidence.length >= 2) return rng.weighted([['unverified', 50], ['corroborated', 25], ['verified', 10], ['disputed', 15]] as const);
  return rng.weighted([['unverified', 70], ['corroborated', 18], ['verified', 12]] as const);
}

function incidentData(rng: Rng, incident: IncidentPlan, caseId: string, lang: 'en' | 'ru'): RecordInput<'incident'> {
  const e = incident.event;
  const subject = e.subject;
  const v = verification(rng, incident);
  const evidence = incident.evidence.map((ev, i) => ({
    kind: 'testimony' as const,
    id: ev.testimony.id,
    // A disputed incident has a later account that disagrees, usually on the date.
    stance: v === 'disputed' && i === incident.evidence.length - 1 ? ('contradicts' as const) : ('supports' as const),
    ...(v === 'disputed' && i === incident.evidence.length - 1 ? { note: 'Gives a different date and place than the earlier account.' } : {}),
  }));
  const agency = rng.chance(0.08)
    ? 'unknown'
    : e.official
      ? OFFICIAL_ROLES[e.official.role].agency
      : (AGENCY_BY_KIND[e.kind] ?? (e.facility ? FACILITIES[e.facility].agency : 'public_security'));
  const name = lang === 'en' ? subject.name.full.en : subject.name.full.ru;
  return {
    caseIds: [caseId],
    title: `${label('incident_type', incident.type, lang)}: ${name}`,
    type: incident.type,
    date: e.when.date,
    place: e.place.code,
    ...(e.facility ? { facilityKind: FACILITIES[e.facility].code } : {}),
    ...(e.facilityName ? { facilityName: e.facilityName } : {}),
    placeText: lang === 'en' ? `${subject.village.en} village, ${e.place.name.en}` : `с. ${subject.village.ru}, ${e.place.name.ru}`,
    description: describe(e),
    involved: incident.involved.map((x) => ({ personId: x.person.id, role: x.role })),
    agency,
    verification: v,
    evidence,
  };
}
