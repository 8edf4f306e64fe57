import type { Lx, Sex } from './types';

/**
 * Small multilingual tables the stories are built from: kinship seen from the narrator, jobs,
 * the reasons people were given for a detention, and the officials who carried it out.
 */

export type KinKey =
  | 'father'
  | 'mother'
  | 'olderBrother'
  | 'youngerBrother'
  | 'olderSister'
  | 'youngerSister'
  | 'husband'
  | 'wife'
  | 'son'
  | 'daughter'
  | 'uncle'
  | 'cousin'
  | 'nephew'
  | 'fatherInLaw';

export interface Kin {
  /** The detained person's sex this kinship implies. */
  victimSex: Sex;
  /** Narrator's sex, where the kinship implies it (a husband is spoken of by his wife). */
  narratorSex?: Sex;
  /** Birth year of the detained person minus the narrator's: [min, max]. */
  ageGap: readonly [number, number];
  /** `relationship` codes: the detained person is the narrator's `victimIs`; the narrator is theirs `narratorIs`. */
  victimIs: string;
  narratorIs: (narratorSex: Sex) => string;
  /** "my older brother" in each language; Russian also in the accusative; Kazakh by narrator sex. */
  en: string;
  ru: string;
  ruAcc: string;
  kk: (narratorSex: Sex) => string;
  ug: string;
}

const childOf = (s: Sex): string => (s === 'male' ? 'son' : 'daughter');
const siblingOf = (s: Sex): string => (s === 'male' ? 'brother' : 'sister');

export const KIN: Record<KinKey, Kin> = {
  father: { victimSex: 'male', ageGap: [-38, -20], victimIs: 'father', narratorIs: childOf, en: 'my father', ru: 'мой отец', ruAcc: 'моего отца', kk: () => 'әкем', ug: 'دادام' },
  mother: { victimSex: 'female', ageGap: [-36, -19], victimIs: 'mother', narratorIs: childOf, en: 'my mother', ru: 'моя мать', ruAcc: 'мою мать', kk: () => 'анам', ug: 'ئاپام' },
  olderBrother: { victimSex: 'male', ageGap: [-12, -1], victimIs: 'brother', narratorIs: siblingOf, en: 'my older brother', ru: 'мой старший брат', ruAcc: 'моего старшего брата', kk: () => 'ағам', ug: 'ئاكام' },
  youngerBrother: { victimSex: 'male', ageGap: [1, 14], victimIs: 'brother', narratorIs: siblingOf, en: 'my younger brother', ru: 'мой младший брат', ruAcc: 'моего младшего брата', kk: () => 'інім', ug: 'ئىنىم' },
  olderSister: { victimSex: 'female', ageGap: [-12, -1], victimIs: 'sister', narratorIs: siblingOf, en: 'my older sister', ru: 'моя старшая сестра', ruAcc: 'мою старшую сестру', kk: () => 'әпкем', ug: 'ئاچام' },
  youngerSister: {
    victimSex: 'female', ageGap: [1, 14], victimIs: 'sister', narratorIs: siblingOf, en: 'my younger sister', ru: 'моя младшая сестра', ruAcc: 'мою младшую сестру',
    // A man's younger sister is қарындас, a woman's is сіңлі.
    kk: (s) => (s === 'male' ? 'қарындасым' : 'сіңлім'), ug: 'سىڭلىم',
  },
  husband: { victimSex: 'male', narratorSex: 'female', ageGap: [-8, 1], victimIs: 'husband', narratorIs: () => 'wife', en: 'my husband', ru: 'мой муж', ruAcc: 'моего мужа', kk: () => 'күйеуім', ug: 'يولدىشىم' },
  wife: { victimSex: 'female', narratorSex: 'male', ageGap: [0, 8], victimIs: 'wife', narratorIs: () => 'husband', en: 'my wife', ru: 'моя жена', ruAcc: 'мою жену', kk: () => 'әйелім', ug: 'ئايالىم' },
  son: { victimSex: 'male', ageGap: [19, 36], victimIs: 'son', narratorIs: (s) => (s === 'male' ? 'father' : 'mother'), en: 'my son', ru: 'мой сын', ruAcc: 'моего сына', kk: () => 'ұлым', ug: 'ئوغلۇم' },
  daughter: { victimSex: 'female', ageGap: [19, 36], victimIs: 'daughter', narratorIs: (s) => (s === 'male' ? 'father' : 'mother'), en: 'my daughter', ru: 'моя дочь', ruAcc: 'мою дочь', kk: () => 'қызым', ug: 'قىزىم' },
  uncle: { victimSex: 'male', ageGap: [-30, -12], victimIs: 'uncle_aunt', narratorIs: () => 'nephew_niece', en: 'my uncle', ru: 'мой дядя', ruAcc: 'моего дядю', kk: () => 'көкем', ug: 'تاغام' },
  cousin: { victimSex: 'male', ageGap: [-8, 8], victimIs: 'cousin', narratorIs: () => 'cousin', en: 'my cousin', ru: 'мой двоюродный брат', ruAcc: 'моего двоюродного брата', kk: () => 'немере ағам', ug: 'نەۋرە ئاكام' },
  nephew: { victimSex: 'male', ageGap: [15, 30], victimIs: 'nephew_niece', narratorIs: () => 'uncle_aunt', en: 'my nephew', ru: 'мой племянник', ruAcc: 'моего племянника', kk: () => 'жиенім', ug: 'جىيەنىم' },
  fatherInLaw: {
    victimSex: 'male', ageGap: [-35, -20], victimIs: 'parent_in_law', narratorIs: () => 'child_in_law', en: 'my father-in-law',
    // A woman's father-in-law is свёкор, a man's is тесть; set by the narrator's sex in kinRu.
    ru: 'мой свёкор', ruAcc: 'моего свёкра', kk: () => 'қайын атам', ug: 'قېيناتام',
  },
};

/** Russian kinship that depends on the narrator's sex as well as the relative's. */
export function kinRu(key: KinKey, narratorSex: Sex): { nom: string; acc: string } {
  if (key === 'fatherInLaw' && narratorSex === 'male') return { nom: 'мой тесть', acc: 'моего тестя' };
  const k = KIN[key];
  return { nom: k.ru, acc: k.ruAcc };
}

export const KIN_WEIGHTS: readonly (readonly [KinKey, number])[] = [
  ['olderBrother', 17], ['youngerBrother', 13], ['olderSister', 5], ['youngerSister', 5], ['father', 14], ['mother', 6],
  ['husband', 12], ['wife', 3], ['son', 10], ['daughter', 3], ['uncle', 3], ['cousin', 4], ['nephew', 2], ['fatherInLaw', 3],
];

/** How the detained person's own relatives are named from their side: "his wife", "её сын". */
export type FamilyRel = 'wife' | 'husband' | 'son' | 'daughter' | 'brother' | 'sister' | 'mother' | 'father';

export function relWord(rel: FamilyRel, ownerSex: Sex): Lx {
  const his = ownerSex === 'male';
  const table: Record<FamilyRel, Lx> = {
    wife: { en: 'wife', ru: 'жена', kk: 'әйелі', ug: 'ئايالى' },
    husband: { en: 'husband', ru: 'муж', kk: 'күйеуі', ug: 'يولدىشى' },
    son: { en: 'son', ru: 'сын', kk: 'ұлы', ug: 'ئوغلى' },
    daughter: { en: 'daughter', ru: 'дочь', kk: 'қызы', ug: 'قىزى' },
    // Second victims who are siblings are always the younger: Kazakh and Uyghur must say which.
    brother: { en: 'younger brother', ru: 'младший брат', kk: 'інісі', ug: 'ئىنىسى' },
    sister: { en: 'younger sister', ru: 'младшая сестра', kk: his ? 'қарындасы' : 'сіңлісі', ug: 'سىڭلىسى' },
    mother: { en: 'mother', ru: 'мать', kk: 'анасы', ug: 'ئانىسى' },
    father: { en: 'father', ru: 'отец', kk: 'әкесі', ug: 'دادىسى' },
  };
  const w = table[rel];
  return { en: `${his ? 'his' : 'her'} ${w.en}`, ru: `${his ? 'его' : 'её'} ${w.ru}`, kk: `оның ${w.kk}`, ug: `ئۇنىڭ ${w.ug}` };
}

export interface Occupation {
  key: string;
  /** en: with article; ru: instrumental, after "работал" (ruF where a woman's differs); kk, ug: nominative. */
  en: string;
  ru: string;
  ruF?: string;
  /** Russian nominative, as a record's occupation field holds it. */
  ruNom: string;
  kk: string;
  ug: string;
}

const RU_NOM: Record<string, string> = {
  herder: 'чабан', farmer: 'фермер', teacher: 'учитель', driver: 'водитель', trader: 'торговец на базаре', doctor: 'врач',
  accountant: 'бухгалтер', imam: 'имам сельской мечети', builder: 'строитель', vet: 'ветеринар', cook: 'повар',
  official: 'служащий волостной администрации', mechanic: 'механик', musician: 'музыкант на свадьбах', tailor: 'портной',
};
const occ = (key: string, en: string, ru: string, kk: string, ugText: string, ruF?: string): Occupation => ({
  key, en, ru, kk, ug: ugText, ruNom: RU_NOM[key] ?? ru, ...(ruF ? { ruF } : {}),
});

export const OCCUPATIONS: readonly Occupation[] = [
  occ('herder', 'a herder', 'чабаном', 'малшы', 'چارۋىچى', 'на пастбище, пасла скот'),
  occ('farmer', 'a farmer', 'фермером', 'диқан', 'دېھقان'),
  occ('teacher', 'a teacher', 'учителем', 'мұғалім', 'ئوقۇتقۇچى', 'учительницей'),
  occ('driver', 'a driver', 'водителем', 'жүргізуші', 'شوپۇر'),
  occ('trader', 'a trader at the bazaar', 'торговцем на базаре', 'базарда саудагер', 'بازاردا سودىگەر', 'продавщицей на базаре'),
  occ('doctor', 'a doctor', 'врачом', 'дәрігер', 'دوختۇر'),
  occ('accountant', 'an accountant', 'бухгалтером', 'есепші', 'بوغالتىر'),
  occ('imam', 'the village imam', 'имамом в сельской мечети', 'ауыл мешітінің имамы', 'كەنت مەسچىتىنىڭ ئىمامى'),
  occ('builder', 'a builder', 'строителем', 'құрылысшы', 'قۇرۇلۇشچى'),
  occ('vet', 'a veterinarian', 'ветеринаром', 'мал дәрігері', 'ۋېتېرىنار'),
  occ('cook', 'a cook', 'поваром', 'аспаз', 'ئاشپەز', 'поварихой'),
  occ('official', 'a clerk at the township office', 'служащим в волостной администрации', 'ауылдық әкімдікте қызметкер', 'يېزىلىق ھۆكۈمەتتە خىزمەتچى', 'служащей в волостной администрации'),
  occ('mechanic', 'a mechanic', 'механиком', 'механик', 'مېخانىك'),
  occ('musician', 'a musician at weddings', 'музыкантом на свадьбах', 'тойларда домбырашы', 'توي-تۆكۈنلەردە سازچى'),
  occ('tailor', 'a tailor', 'портным', 'тігінші', 'تىككۈچى', 'швеёй'),
];

export type ReasonKey = 'whatsapp' | 'kazakhstan' | 'prayer' | 'relatives' | 'books' | 'call' | 'passport' | 'unknown';

/** The reason as a noun phrase: "We later heard the reason was …". */
export const REASONS: Record<ReasonKey, Lx> = {
  whatsapp: { en: 'WhatsApp on the phone', ru: 'WhatsApp в телефоне', kk: 'телефонындағы WhatsApp', ug: 'تېلېفونىدىكى ۋاتساپ' },
  kazakhstan: { en: 'the trips to Kazakhstan', ru: 'поездки в Казахстан', kk: 'Қазақстанға барып келгені', ug: 'قازاقىستانغا بېرىپ كەلگەنلىكى' },
  prayer: { en: 'praying five times a day', ru: 'ежедневный намаз', kk: 'намаз оқығаны', ug: 'ناماز ئوقۇغانلىقى' },
  relatives: { en: 'having relatives abroad', ru: 'родственники за границей', kk: 'шетелде туыстары барлығы', ug: 'چەتئەلدە تۇغقانلىرى بارلىقى' },
  books: { en: 'religious books found at home', ru: 'религиозные книги, найденные дома', kk: 'үйінен табылған діни кітаптар', ug: 'ئۆيىدىن تېپىلغان دىنىي كىتابلار' },
  call: { en: 'a phone call from abroad', ru: 'звонок из-за границы', kk: 'шетелден келген телефон қоңырауы', ug: 'چەتئەلدىن كەلگەن تېلېفون' },
  passport: { en: 'having a Kazakhstan residence permit', ru: 'вид на жительство в Казахстане', kk: 'Қазақстанның ықтиярхаты барлығы', ug: 'قازاقىستاندا تۇرۇش ئىجازىتى بارلىقى' },
  unknown: { en: 'something nobody would explain to us', ru: 'что-то, чего нам так и не объяснили', kk: 'бізге ешкім түсіндірмеген бір нәрсе', ug: 'بىزگە ھېچكىم چۈشەندۈرمىگەن بىر ئىش' },
};

export const REASON_WEIGHTS: readonly (readonly [ReasonKey, number])[] = [
  ['whatsapp', 14], ['kazakhstan', 22], ['prayer', 12], ['relatives', 16], ['books', 6], ['call', 8], ['passport', 8], ['unknown', 14],
];

export type OfficialRoleKey = 'police' | 'committee' | 'workTeam' | 'campHead' | 'stateSecurity' | 'partySecretary';

export const OFFICIAL_ROLES: Record<OfficialRoleKey, { agency: string; text: Lx; code: 'perpetrator' | 'official' }> = {
  police: { agency: 'public_security', code: 'perpetrator', text: { en: 'a police officer', ru: 'полицейский', kk: 'полицей', ug: 'ساقچى' } },
  committee: { agency: 'neighbourhood_committee', code: 'official', text: { en: 'an official of the neighbourhood committee', ru: 'сотрудник махаллинского комитета', kk: 'көше комитетінің қызметкері', ug: 'مەھەللە كومىتېتىنىڭ خادىمى' } },
  workTeam: { agency: 'village_work_team', code: 'official', text: { en: 'a member of the village work team', ru: 'член сельской рабочей группы', kk: 'ауылдағы жұмыс тобының мүшесі', ug: 'كەنتتىكى خىزمەت گۇرۇپپىسىنىڭ ئەزاسى' } },
  campHead: { agency: 'camp_administration', code: 'perpetrator', text: { en: 'the head of the camp', ru: 'начальник лагеря', kk: 'лагерь бастығы', ug: 'لاگېر باشلىقى' } },
  stateSecurity: { agency: 'state_security', code: 'perpetrator', text: { en: 'a state security officer', ru: 'сотрудник госбезопасности', kk: 'мемлекеттік қауіпсіздік қызметкері', ug: 'دۆلەت بىخەتەرلىك خادىمى' } },
  partySecretary: { agency: 'party_committee', code: 'official', text: { en: 'the village party secretary', ru: 'секретарь сельской парторганизации', kk: 'ауылдың партия хатшысы', ug: 'كەنت پارتىيە شۇجىسى' } },
};

/** Numbers as words for the small counts testimonies mention (children, times). */
export const NUMBER_WORDS: Record<'en' | 'kk' | 'ug', readonly string[]> = {
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'],
  kk: ['ешбір', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті'],
  ug: ['ھېچ', 'بىر', 'ئىككى', 'ئۈچ', 'تۆت', 'بەش', 'ئالتە', 'يەتتە'],
};

/** Russian "двое детей": collective numerals for children. */
export const RU_CHILDREN = ['нет детей', 'один ребёнок', 'двое детей', 'трое детей', 'четверо детей', 'пятеро детей', 'шестеро детей', 'семеро детей'] as const;

/** "5 лет", "2 года", "21 год". */
export function ruYears(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return `${n} год`;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return `${n} года`;
  return `${n} лет`;
}

/** Russian past tense by sex: ru(sex, 'был') -> был / была; irregular forms are passed in full. */
export function ruPast(sex: Sex, masculine: string, feminine?: string): string {
  if (sex === 'male') return masculine;
  if (feminine) return feminine;
  if (masculine.endsWith('ся')) return `${masculine.slice(0, -2)}ась`;
  if (masculine.endsWith('ён')) return `${masculine.slice(0, -2)}ена`;
  return `${masculine}а`;
}
