import type { FuzzyDate } from '../../../../shared/domain/common';
import { PERSON_STATUSES, SCRIPTS, type PersonData } from '../../../../shared/domain/records';
import type { StoredRecord } from '../../../../shared/domain/views';
import { joinList, optionalLong, optionalText, rowKey, splitList } from '../../components/forms/form-values';
import { REQUIRED, UNREADABLE_DATE, type FieldErrors, type FieldProblem } from '../../components/forms/form-errors';

export type Script = (typeof SCRIPTS)[number];
export type NameKind = PersonData['names'][number]['kind'];
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export type Sex = NonNullable<PersonData['sex']>;

export interface NameRow {
  key: string;
  value: string;
  script: Script;
  /** Set once the user chose a script, so typing no longer guesses it. */
  scriptChosen: boolean;
  language: string;
  /** Set once the user chose a language, so typing no longer guesses it. */
  languageChosen?: boolean;
  kind: NameKind;
}

export interface StatusRow {
  key: string;
  status: PersonStatus;
  date: FuzzyDate | undefined;
  dateUnparsed: boolean;
  note: string;
}

export interface IdRow {
  key: string;
  type: string;
  value: string;
}

export interface RelationRow {
  key: string;
  personId: string | undefined;
  relationship: string | undefined;
}

export interface PersonForm {
  caseIds: string[];
  names: NameRow[];
  sex: Sex | '';
  birthDate: FuzzyDate | undefined;
  birthDateUnparsed: boolean;
  ethnicity: string | undefined;
  citizenship: string;
  hometown: string;
  hometownPlace: string | undefined;
  idNumbers: IdRow[];
  occupation: string;
  statusHistory: StatusRow[];
  relations: RelationRow[];
  notes: string;
}

/** The forms a name takes, in the order a new name row offers them. */
export const NAME_KINDS = ['name', 'transliteration', 'alias'] as const satisfies readonly NameKind[];

export function emptyName(kind: NameKind = 'name', language = ''): NameRow {
  return { key: rowKey(), value: '', script: 'Cyrl', scriptChosen: false, language, languageChosen: false, kind };
}

/**
 * The form an added name most likely takes: the first not yet given (the name itself, then its
 * transliteration), else another alias.
 */
export function nextNameKind(names: readonly Pick<NameRow, 'kind'>[]): NameKind {
  return NAME_KINDS.find((kind) => !names.some((name) => name.kind === kind)) ?? 'alias';
}

/** A new name row after `names`: the next form, and for the first row the interface language. */
export function addedName(names: readonly Pick<NameRow, 'kind'>[], interfaceLanguage: string): NameRow {
  return emptyName(nextNameKind(names), names.length === 0 ? interfaceLanguage : '');
}

/** Kazakh letters Russian does not have: a Cyrillic name holding one is Kazakh. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/iu;

/**
 * The language a name is likely in, from its letters: Arabic script is Uyghur here, Cyrillic with
 * Kazakh letters Kazakh, other Cyrillic Russian, Chinese characters Chinese, Latin English (a
 * transliteration, usually). Undefined while nothing tells.
 */
export function guessNameLanguage(value: string): string | undefined {
  switch (guessScript(value)) {
    case 'Arab':
      return 'ug';
    case 'Cyrl':
      return KAZAKH_LETTERS.test(value) ? 'kk' : 'ru';
    case 'Hans':
      return 'zh';
    case 'Latn':
      return 'en';
    default:
      return undefined;
  }
}

/**
 * A name row after its text changed: the script and language follow the letters typed, each
 * until the user picks one by hand. With nothing telling, the first row falls back to the
 * interface language and the others to none.
 */
export function typedName(row: NameRow, value: string, index: number, interfaceLanguage: string): NameRow {
  const script = row.scriptChosen ? undefined : guessScript(value);
  const language = row.languageChosen ? row.language : (guessNameLanguage(value) ?? (index === 0 ? interfaceLanguage : ''));
  return { ...row, value, ...(script ? { script } : {}), language };
}

export function emptyStatus(): StatusRow {
  return { key: rowKey(), status: 'detained', date: undefined, dateUnparsed: false, note: '' };
}

export function emptyPerson(caseId?: string, interfaceLanguage = ''): PersonForm {
  return {
    caseIds: caseId ? [caseId] : [],
    names: [emptyName('name', interfaceLanguage)],
    sex: '',
    birthDate: undefined,
    birthDateUnparsed: false,
    ethnicity: undefined,
    citizenship: '',
    hometown: '',
    hometownPlace: undefined,
    idNumbers: [],
    occupation: '',
    statusHistory: [],
    relations: [],
    notes: '',
  };
}

/** The script a name is written in, from its letters; undefined while nothing tells. */
export function guessScript(value: string): Script | undefined {
  const counts: Array<[Script, RegExp]> = [
    ['Arab', /\p{Script=Arabic}/gu],
    ['Cyrl', /\p{Script=Cyrillic}/gu],
    ['Latn', /\p{Script=Latin}/gu],
    ['Hans', /\p{Script=Han}/gu],
    ['Mong', /\p{Script=Mongolian}/gu],
  ];
  let best: Script | undefined;
  let most = 0;
  for (const [script, pattern] of counts) {
    const n = value.match(pattern)?.length ?? 0;
    if (n > most) {
      best = script;
      most = n;
    }
  }
  return best;
}

export function personFromRecord(record: StoredRecord<'person'>): PersonForm {
  const d = record.data;
  return {
    caseIds: d.caseIds,
    names: d.names.map((name) => ({
      key: rowKey(),
      value: name.value,
      script: name.script,
      scriptChosen: true,
      language: name.language ?? '',
      languageChosen: true,
      kind: name.kind,
    })),
    sex: d.sex ?? '',
    birthDate: d.birthDate,
    birthDateUnparsed: false,
    ethnicity: d.ethnicity,
    citizenship: joinList(d.citizenship),
    hometown: d.hometown ?? '',
    hometownPlace: d.hometownPlace,
    idNumbers: d.idNumbers.map((id) => ({ key: rowKey(), type: id.type, value: id.value })),
    occupation: d.occupation ?? '',
    statusHistory: d.statusHistory.map((change) => ({
      key: rowKey(),
      status: change.status,
      date: change.date,
      dateUnparsed: false,
      note: change.note ?? '',
    })),
    relations: d.relations.map((relation) => ({ key: rowKey(), personId: relation.personId, relationship: relation.relationship })),
    notes: d.notes ?? '',
  };
}

export function personToData(form: PersonForm): unknown {
  return {
    caseIds: form.caseIds,
    names: form.names.map((name) => ({
      value: name.value.trim(),
      script: name.script,
      language: optionalText(name.language),
      kind: name.kind,
    })),
    sex: form.sex === '' ? undefined : form.sex,
    birthDate: form.birthDate,
    ethnicity: form.ethnicity,
    citizenship: splitList(form.citizenship),
    hometown: optionalText(form.hometown),
    hometownPlace: form.hometownPlace,
    idNumbers: form.idNumbers.map((id) => ({ type: id.type.trim(), value: id.value.trim() })),
    occupation: optionalText(form.occupation),
    statusHistory: form.statusHistory.map((change) => ({ status: change.status, date: change.date, note: optionalText(change.note) })),
    relations: form.relations.map((relation) => ({ personId: relation.personId, relationship: relation.relationship })),
    notes: optionalLong(form.notes),
  };
}

/** What the schema cannot see: dates typed but unreadable, pickers left empty. */
export function checkPerson(form: PersonForm): FieldErrors {
  const errors: Record<string, FieldProblem> = {};
  if (form.birthDateUnparsed) errors.birthDate = UNREADABLE_DATE;
  form.statusHistory.forEach((change, i) => {
    if (change.dateUnparsed) errors[`statusHistory.${i}.date`] = UNREADABLE_DATE;
  });
  form.relations.forEach((relation, i) => {
    if (!relation.personId) errors[`relations.${i}.personId`] = REQUIRED;
    if (!relation.relationship) errors[`relations.${i}.relationship`] = REQUIRED;
  });
  return errors;
}
