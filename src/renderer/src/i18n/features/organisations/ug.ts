import type { Catalogue } from '../../catalogue';
import type { organisationsEn } from './en';

export const organisationsUg: Catalogue<typeof organisationsEn> = {
  newTitle: 'يېڭى تەشكىلات',
  kind: 'تەشكىلات',
  names: {
    legend: 'ناملىرى',
    intro: 'نامىنى ئۇ تونۇلغان ھەممە يېزىق ۋە تىلدا، قىسقارتمىلىرى بىلەن بىللە يېزىڭ: لاتىن، كىرىل، ئەرەب يېزىقىدىكى ئۇيغۇرچە، خەنزۇچە.',
    add: 'يەنە بىر نام قوشۇش',
    row: '{{n}}-نام',
    value: 'نامى',
    languageHint: 'مەسىلەن en، kk، ru، ug دېگەندەك كود.',
  },
  about: 'تەشكىلات توغرىسىدا',
  type: 'تەشكىلاتنىڭ تۈرى',
  place: 'ئورنى',
  placeHint: 'قەيەردە تۇرىدۇ: رايون، شەھەر.',
  description: 'چۈشەندۈرۈش',
  members: {
    legend: 'كىشىلەر',
    intro: 'ئامبارغا خاتىرىلەنگەن بۇ تەشكىلاتنىڭ كىشىلىرى ۋە ئۇلارنىڭ رولى.',
    add: 'كىشى قوشۇش',
    row: '{{n}}-كىشى',
    person: 'كىشى',
    role: 'رولى',
  },
  incidents: {
    heading: 'ئۇ چېتىشلىق ۋەقەلەر',
    none: 'تېخى ھېچقانداق ۋەقە بۇ تەشكىلاتنى تىلغا ئالمىغان.',
  },
  sources: {
    heading: 'بۇ تەشكىلاتتىن كەلگەن مەنبەلەر',
    none: 'تېخى بۇ تەشكىلاتتىن ھېچقانداق مەنبە يوق.',
  },
  memberships: {
    heading: 'تەشكىلاتلار',
    none: 'ھېچقانداق تەشكىلات بۇ كىشىنى تىلغا ئالمىغان.',
  },
  loadFailed: 'باغلانغان خاتىرىلەرنى يۈكلىگىلى بولمىدى.',
};
