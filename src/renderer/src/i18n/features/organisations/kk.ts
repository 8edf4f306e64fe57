import type { Catalogue } from '../../catalogue';
import type { organisationsEn } from './en';

export const organisationsKk: Catalogue<typeof organisationsEn> = {
  newTitle: 'Жаңа ұйым',
  kind: 'Ұйым',
  names: {
    legend: 'Атаулары',
    intro: 'Атауын белгілі барлық жазу мен тілде, қысқартуларымен бірге жазыңыз: латын, кирилл, араб жазуындағы ұйғыр, қытай.',
    add: 'Тағы бір атау қосу',
    row: '{{n}}-атау',
    value: 'Атауы',
    languageHint: 'Мысалы en, kk, ru, ug сияқты код.',
  },
  about: 'Ұйым туралы',
  type: 'Ұйым түрі',
  place: 'Орны',
  placeHint: 'Қай жерде орналасқан: өңір, қала.',
  description: 'Сипаттамасы',
  members: {
    legend: 'Адамдар',
    intro: 'Қоймада жазылған осы ұйымның адамдары және олардың рөлдері.',
    add: 'Адам қосу',
    row: '{{n}}-адам',
    person: 'Адам',
    role: 'Рөлі',
  },
  incidents: {
    heading: 'Ол қатысты оқиғалар',
    none: 'Бұл ұйымды әзірге ешбір оқиға атамайды.',
  },
  sources: {
    heading: 'Осы ұйымнан келген дереккөздер',
    none: 'Бұл ұйымнан әзірге ешбір дереккөз жоқ.',
  },
  memberships: {
    heading: 'Ұйымдар',
    none: 'Бұл адамды ешбір ұйым атамайды.',
  },
  loadFailed: 'Байланысты жазбаларды жүктеу мүмкін болмады.',
};
