import type { Rng } from './rng';
import type { Lx } from './types';

/**
 * Places and facilities as testimonies name them. Codes are terms of the `place` and
 * `facility_kind` vocabularies; the phrases are pre-declined ("in Chapchal County",
 * "Шапшал ауданында", "چاپچال ناھىيىسىدە") so templates never have to inflect a name.
 */

export interface PlaceInfo {
  code: string;
  /** Who mostly comes from here, to pick hometowns that fit a family. */
  people: 'kazakh' | 'uyghur' | 'mixed';
  name: Lx;
  /** Locative and ablative phrases: "in X County", "from X County". */
  in: Lx;
  from: Lx;
}

type Unit = 'county' | 'city' | 'prefecture';

/** ru/kk/ug names of the administrative unit, with the declined forms each needs. */
const UNIT: Record<Unit, { en: string; ruIn: string; ruFrom: string; kkIn: string; kkFrom: string; ugIn: string; ugFrom: string }> = {
  county: { en: 'County', ruIn: 'в уезде', ruFrom: 'из уезда', kkIn: 'ауданында', kkFrom: 'ауданынан', ugIn: 'ناھىيىسىدە', ugFrom: 'ناھىيىسىدىن' },
  city: { en: 'city', ruIn: 'в городе', ruFrom: 'из города', kkIn: 'қаласында', kkFrom: 'қаласынан', ugIn: 'شەھىرىدە', ugFrom: 'شەھىرىدىن' },
  prefecture: { en: 'Prefecture', ruIn: 'в округе', ruFrom: 'из округа', kkIn: 'аймағында', kkFrom: 'аймағынан', ugIn: 'ۋىلايىتىدە', ugFrom: 'ۋىلايىتىدىن' },
};

function place(code: string, people: PlaceInfo['people'], unit: Unit, en: string, ru: string, kk: string, ugName: string): PlaceInfo {
  const u = UNIT[unit];
  return {
    code,
    people,
    name: { en, ru, kk, ug: ugName },
    in: { en: `in ${en} ${u.en}`, ru: `${u.ruIn} ${ru}`, kk: `${kk} ${u.kkIn}`, ug: `${ugName} ${u.ugIn}` },
    from: { en: `from ${en} ${u.en}`, ru: `${u.ruFrom} ${ru}`, kk: `${kk} ${u.kkFrom}`, ug: `${ugName} ${u.ugFrom}` },
  };
}

/** Hometowns in Xinjiang: the Ili, Altay and Tacheng areas most Kazakhs in Almaty come from, and the Uyghur south. */
export const HOMETOWNS: readonly PlaceInfo[] = [
  place('ghulja_city', 'mixed', 'city', 'Ghulja', 'Кульджа', 'Құлжа', 'غۇلجا'),
  place('ghulja_county', 'mixed', 'county', 'Ghulja', 'Кульджа', 'Құлжа', 'غۇلجا'),
  place('chapchal', 'mixed', 'county', 'Chapchal', 'Чапчал', 'Шапшал', 'چاپچال'),
  place('nilka', 'kazakh', 'county', 'Nilka', 'Нилка', 'Нылқы', 'نىلقا'),
  place('tekes', 'kazakh', 'county', 'Tekes', 'Текес', 'Текес', 'تېكەس'),
  place('kunes', 'kazakh', 'county', 'Kunes', 'Кюнес', 'Күнес', 'كۈنەس'),
  place('mongolkure', 'kazakh', 'county', 'Mongolkure', 'Монголкуре', 'Моңғолкүре', 'موڭغۇلكۈرە'),
  place('tokkuztara', 'kazakh', 'county', 'Toqquztara', 'Токкузтара', 'Тоғызтарау', 'توققۇزتارا'),
  place('khorgos_county', 'mixed', 'county', 'Khorgos', 'Хоргос', 'Қорғас', 'قورغاس'),
  place('altay', 'kazakh', 'prefecture', 'Altay', 'Алтай', 'Алтай', 'ئالتاي'),
  place('tacheng', 'kazakh', 'prefecture', 'Tacheng', 'Тачэн', 'Тарбағатай', 'چۆچەك'),
  place('urumqi', 'mixed', 'city', 'Urumqi', 'Урумчи', 'Үрімжі', 'ئۈرۈمچى'),
  place('karamay', 'kazakh', 'city', 'Karamay', 'Карамай', 'Қарамай', 'قاراماي'),
  place('changji', 'kazakh', 'prefecture', 'Changji', 'Чанцзи', 'Санжы', 'سانجى'),
  place('bortala', 'kazakh', 'prefecture', 'Bortala', 'Боротала', 'Бортала', 'بۆرتالا'),
  place('kashgar', 'uyghur', 'prefecture', 'Kashgar', 'Кашгар', 'Қашқар', 'قەشقەر'),
  place('hotan', 'uyghur', 'prefecture', 'Hotan', 'Хотан', 'Хотан', 'خوتەن'),
  place('aksu', 'uyghur', 'prefecture', 'Aksu', 'Аксу', 'Ақсу', 'ئاقسۇ'),
  place('turpan', 'uyghur', 'city', 'Turpan', 'Турфан', 'Тұрпан', 'تۇرپان'),
];

/** Where the narrators live; never a hometown. */
export const ALMATY: PlaceInfo = place('almaty', 'mixed', 'city', 'Almaty', 'Алматы', 'Алматы', 'ئالمۇتا');

export function placeByCode(code: string): PlaceInfo {
  const found = HOMETOWNS.find((p) => p.code === code);
  if (!found) throw new Error(`no hometown ${code}`);
  return found;
}

/** A hometown that fits the family's people: Kazakh families mostly from the north. */
export function pickHometown(rng: Rng, people: 'kazakh' | 'uyghur'): PlaceInfo {
  const fits = HOMETOWNS.filter((p) => p.people === people || p.people === 'mixed');
  return rng.pick(fits);
}

/** Village names, invented from common elements of Kazakh and Uyghur toponyms. */
export const VILLAGES: readonly Lx[] = [
  { kk: 'Қарабұлақ', ru: 'Карабулак', en: 'Karabulak', ug: 'قارابۇلاق' },
  { kk: 'Сарыбұлақ', ru: 'Сарыбулак', en: 'Saribulak', ug: 'سېرىقبۇلاق' },
  { kk: 'Көктерек', ru: 'Коктерек', en: 'Kokterek', ug: 'كۆكتېرەك' },
  { kk: 'Ақтоғай', ru: 'Актогай', en: 'Aktogai', ug: 'ئاقتوغاي' },
  { kk: 'Қызылту', ru: 'Кызылту', en: 'Kyzyltu', ug: 'قىزىلتۇ' },
  { kk: 'Тасбұлақ', ru: 'Тасбулак', en: 'Tasbulak', ug: 'تاشبۇلاق' },
  { kk: 'Қайыңды', ru: 'Каинды', en: 'Kaiyndy', ug: 'قېيىندى' },
  { kk: 'Жаңаауыл', ru: 'Жанаул', en: 'Zhanaaul', ug: 'يېڭىكەنت' },
  { kk: 'Бесқарағай', ru: 'Бескарагай', en: 'Beskaragai', ug: 'بەشقاراغاي' },
  { kk: 'Ақсай', ru: 'Аксай', en: 'Aksai', ug: 'ئاقساي' },
  { kk: 'Бағдат', ru: 'Багдат', en: 'Baghdat', ug: 'باغدات' },
  { kk: 'Төртүй', ru: 'Тортуй', en: 'Tortui', ug: 'تۆتئۆي' },
  { kk: 'Жаңа Хаят', ru: 'Янги Хаят', en: 'Yengi Hayat', ug: 'يېڭى ھايات' },
  { kk: 'Бостан', ru: 'Бостан', en: 'Bostan', ug: 'بوستان' },
  { kk: 'Алмалы', ru: 'Алмалы', en: 'Almaly', ug: 'ئالمىلىق' },
  { kk: 'Шығанақ', ru: 'Шиганак', en: 'Shyganak', ug: 'چىغاناق' },
];

export interface FacilityInfo {
  code: string;
  /** Declined forms: name, "to", "in", "from". */
  nom: Lx;
  to: Lx;
  at: Lx;
  from: Lx;
  /** The agency that runs it, for the incident's `agency`. */
  agency: string;
}

const f = (code: string, agency: string, nom: Lx, to: Lx, at: Lx, from: Lx): FacilityInfo => ({ code, agency, nom, to, at, from });

export const FACILITIES = {
  camp: f(
    'reeducation_centre',
    'camp_administration',
    { en: 'a “vocational training centre”', ru: '«центр профессионального обучения»', kk: '«кәсіптік оқыту орталығы»', ug: 'كەسپىي تەربىيىلەش مەركىزى' },
    { en: 'to a “vocational training centre”', ru: 'в «центр профессионального обучения»', kk: '«кәсіптік оқыту орталығына»', ug: 'كەسپىي تەربىيىلەش مەركىزىگە' },
    { en: 'in a “vocational training centre”', ru: 'в «центре профессионального обучения»', kk: '«кәсіптік оқыту орталығында»', ug: 'كەسپىي تەربىيىلەش مەركىزىدە' },
    { en: 'from the “vocational training centre”', ru: 'из «центра профессионального обучения»', kk: '«кәсіптік оқыту орталығынан»', ug: 'كەسپىي تەربىيىلەش مەركىزىدىن' },
  ),
  campPlain: f(
    'reeducation_centre',
    'camp_administration',
    { en: 'a camp', ru: 'лагерь', kk: 'лагерь', ug: 'لاگېر' },
    { en: 'to a camp', ru: 'в лагерь', kk: 'лагерьге', ug: 'لاگېرغا' },
    { en: 'in the camp', ru: 'в лагере', kk: 'лагерьде', ug: 'لاگېردا' },
    { en: 'from the camp', ru: 'из лагеря', kk: 'лагерьден', ug: 'لاگېردىن' },
  ),
  detention: f(
    'detention_centre',
    'public_security',
    { en: 'the detention centre', ru: 'следственный изолятор', kk: 'тергеу изоляторы', ug: 'قاماقخانا' },
    { en: 'to the detention centre', ru: 'в следственный изолятор', kk: 'тергеу изоляторына', ug: 'قاماقخانىغا' },
    { en: 'in the detention centre', ru: 'в следственном изоляторе', kk: 'тергеу изоляторында', ug: 'قاماقخانىدا' },
    { en: 'from the detention centre', ru: 'из следственного изолятора', kk: 'тергеу изоляторынан', ug: 'قاماقخانىدىن' },
  ),
  prison: f(
    'prison',
    'prison_administration',
    { en: 'a prison', ru: 'тюрьма', kk: 'түрме', ug: 'تۈرمە' },
    { en: 'to a prison', ru: 'в тюрьму', kk: 'түрмеге', ug: 'تۈرمىگە' },
    { en: 'in prison', ru: 'в тюрьме', kk: 'түрмеде', ug: 'تۈرمىدە' },
    { en: 'from prison', ru: 'из тюрьмы', kk: 'түрмеден', ug: 'تۈرمىدىن' },
  ),
  police: f(
    'police_station',
    'public_security',
    { en: 'the police station', ru: 'полицейский участок', kk: 'полиция бөлімшесі', ug: 'ساقچىخانا' },
    { en: 'to the police station', ru: 'в полицейский участок', kk: 'полиция бөлімшесіне', ug: 'ساقچىخانىغا' },
    { en: 'at the police station', ru: 'в полицейском участке', kk: 'полиция бөлімшесінде', ug: 'ساقچىخانىدا' },
    { en: 'from the police station', ru: 'из полицейского участка', kk: 'полиция бөлімшесінен', ug: 'ساقچىخانىدىن' },
  ),
  convenience: f(
    'convenience_police_station',
    'public_security',
    { en: 'the “convenience police station”', ru: '«удобный полицейский пост»', kk: '«ыңғайлы полиция бекеті»', ug: 'قولايلىق ساقچى پونكىتى' },
    { en: 'to the “convenience police station”', ru: 'на «удобный полицейский пост»', kk: '«ыңғайлы полиция бекетіне»', ug: 'قولايلىق ساقچى پونكىتىغا' },
    { en: 'at the “convenience police station”', ru: 'на «удобном полицейском посту»', kk: '«ыңғайлы полиция бекетінде»', ug: 'قولايلىق ساقچى پونكىتىدا' },
    { en: 'from the “convenience police station”', ru: 'с «удобного полицейского поста»', kk: '«ыңғайлы полиция бекетінен»', ug: 'قولايلىق ساقچى پونكىتىدىن' },
  ),
  factory: f(
    'labour_facility',
    'employer',
    { en: 'a factory', ru: 'фабрика', kk: 'фабрика', ug: 'زاۋۇت' },
    { en: 'to a factory', ru: 'на фабрику', kk: 'фабрикаға', ug: 'زاۋۇتقا' },
    { en: 'at a factory', ru: 'на фабрике', kk: 'фабрикада', ug: 'زاۋۇتتا' },
    { en: 'from the factory', ru: 'с фабрики', kk: 'фабрикадан', ug: 'زاۋۇتتىن' },
  ),
  boarding: f(
    'boarding_school',
    'school_administration',
    { en: 'a boarding school', ru: 'школа-интернат', kk: 'мектеп-интернат', ug: 'ياتاقلىق مەكتەپ' },
    { en: 'to a boarding school', ru: 'в школу-интернат', kk: 'мектеп-интернатқа', ug: 'ياتاقلىق مەكتەپكە' },
    { en: 'at a boarding school', ru: 'в школе-интернате', kk: 'мектеп-интернатта', ug: 'ياتاقلىق مەكتەپتە' },
    { en: 'from the boarding school', ru: 'из школы-интерната', kk: 'мектеп-интернаттан', ug: 'ياتاقلىق مەكتەپتىن' },
  ),
  hospital: f(
    'hospital',
    'camp_administration',
    { en: 'a hospital', ru: 'больница', kk: 'аурухана', ug: 'دوختۇرخانا' },
    { en: 'to a hospital', ru: 'в больницу', kk: 'ауруханаға', ug: 'دوختۇرخانىغا' },
    { en: 'in hospital', ru: 'в больнице', kk: 'ауруханада', ug: 'دوختۇرخانىدا' },
    { en: 'from the hospital', ru: 'из больницы', kk: 'ауруханадан', ug: 'دوختۇرخانىدىن' },
  ),
} as const satisfies Record<string, FacilityInfo>;

export type FacilityKey = keyof typeof FACILITIES;

/** An official-sounding facility name for the incident record, as lawyers file it (in English). */
export function facilityName(rng: Rng, key: FacilityKey, home: PlaceInfo): string {
  const n = rng.int(1, 9);
  switch (key) {
    case 'camp':
    case 'campPlain':
      return `${home.name.en} No. ${n} Vocational Skills Education and Training Centre`;
    case 'detention':
      return `${home.name.en} ${rng.chance(0.5) ? 'County' : 'City'} Detention Centre`;
    case 'prison':
      return rng.pick(['Xinjiang No. 1 Prison', 'Xinjiang No. 3 Prison', `${home.name.en} Prison`, 'Xinjiang Women’s Prison']);
    case 'police':
      return `${home.name.en} Public Security Bureau, ${rng.pick(['North', 'East', 'Central', 'River'])} station`;
    case 'convenience':
      return `Convenience police station No. ${n}, ${home.name.en}`;
    case 'factory':
      return `${home.name.en} ${rng.pick(['garment', 'textile', 'electronics', 'shoe'])} factory (industrial park)`;
    case 'hospital':
      return `${home.name.en} People’s Hospital`;
    case 'boarding':
      return `${home.name.en} No. ${n} Boarding School`;
  }
}

/** Where testimonies are taken: the group's office, homes, a café, or a call. */
export const INTERVIEW_PLACES: readonly string[] = [
  'Almaty, office',
  'Алматы, офис',
  'Almaty, at the source’s home',
  'Алматы, дома у источника',
  'Almaty region, Kaskelen',
  'Алматинская обл., Талгар',
  'Video call (Signal)',
  'Видеозвонок',
  'Zharkent',
  'Almaty, café',
];

const ALMATY_DISTRICTS = ['Алатауский', 'Ауэзовский', 'Бостандыкский', 'Жетысуский', 'Медеуский', 'Наурызбайский', 'Турксибский', 'Алмалинский'] as const;
const ALMATY_MICRODISTRICTS = ['Шанырак-2', 'Айгерим-1', 'Калкаман', 'Улжан', 'Дорожник', 'Ақсай-4', 'Жетысу-2', 'Теректы'] as const;
const ALMATY_STREETS = ['Толе би', 'Райымбека', 'Абая', 'Сейфуллина', 'Жандосова', 'Момышулы', 'Рыскулова', 'Саина', 'Шаляпина', 'Суюнбая'] as const;

/** An Almaty address in the form people give it; house numbers are invented. */
export function almatyAddress(rng: Rng): string {
  const district = rng.pick(ALMATY_DISTRICTS);
  if (rng.chance(0.45)) {
    return `г. Алматы, ${district} р-н, мкр. ${rng.pick(ALMATY_MICRODISTRICTS)}, ул. ${rng.int(1, 40)}-я, д. ${rng.int(1, 120)}`;
  }
  const apt = rng.chance(0.7) ? `, кв. ${rng.int(1, 180)}` : '';
  return `г. Алматы, ${district} р-н, ${rng.chance(0.5) ? 'пр.' : 'ул.'} ${rng.pick(ALMATY_STREETS)}, д. ${rng.int(1, 260)}${apt}`;
}

/**
 * A Kazakhstan mobile number (+7 7xx). Kazakhstan reserves no range for fiction, so the
 * subscriber part always starts with 000: easy to recognise as made up, and unlikely to reach a
 * real person if a demo vault's contact list is ever dialled.
 */
export function kazakhPhone(rng: Rng): string {
  const operator = rng.pick(['700', '701', '702', '705', '707', '747', '771', '775', '777', '778'] as const);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `+7 ${operator} 000 ${pad(rng.int(0, 99))} ${pad(rng.int(0, 99))}`;
}
