import type { Language, LanguageLabels } from './languages';

/*
 * The languages Casekeep's records are in, by the BCP 47 tags stored (a person's name, a
 * testimony, a translation), named in each interface language. Data only: a tag missing here is
 * still stored and shown as itself.
 */

/** A person's name forms: the languages a name may be in, in the order offered. */
export const NAME_LANGUAGES = ['ug', 'kk', 'ru', 'zh', 'en', 'uz', 'ky', 'tr', 'de', 'fr', 'nl', 'ar', 'fa'] as const;

const NAMES: Readonly<Record<string, LanguageLabels>> = {
  ug: { en: 'Uyghur', ru: 'Уйгурский', kk: 'Ұйғыр тілі', ug: 'ئۇيغۇرچە' },
  'ug-Arab': { en: 'Uyghur (Arabic script)', ru: 'Уйгурский (арабское письмо)', kk: 'Ұйғыр тілі (араб жазуы)', ug: 'ئۇيغۇرچە (ئەرەب يېزىقى)' },
  'ug-Cyrl': { en: 'Uyghur (Cyrillic)', ru: 'Уйгурский (кириллица)', kk: 'Ұйғыр тілі (кирилл)', ug: 'ئۇيغۇرچە (كىرىل يېزىقى)' },
  'ug-Latn': { en: 'Uyghur (Latin script)', ru: 'Уйгурский (латиница)', kk: 'Ұйғыр тілі (латын жазуы)', ug: 'ئۇيغۇرچە (لاتىن يېزىقى)' },
  kk: { en: 'Kazakh', ru: 'Казахский', kk: 'Қазақ тілі', ug: 'قازاقچە' },
  ru: { en: 'Russian', ru: 'Русский', kk: 'Орыс тілі', ug: 'رۇسچە' },
  zh: { en: 'Chinese', ru: 'Китайский', kk: 'Қытай тілі', ug: 'خەنزۇچە' },
  'zh-Hans': { en: 'Chinese (simplified)', ru: 'Китайский (упрощённый)', kk: 'Қытай тілі (жеңілдетілген)', ug: 'خەنزۇچە (ئاددىي)' },
  en: { en: 'English', ru: 'Английский', kk: 'Ағылшын тілі', ug: 'ئىنگلىزچە' },
  uz: { en: 'Uzbek', ru: 'Узбекский', kk: 'Өзбек тілі', ug: 'ئۆزبېكچە' },
  ky: { en: 'Kyrgyz', ru: 'Киргизский', kk: 'Қырғыз тілі', ug: 'قىرغىزچە' },
  tr: { en: 'Turkish', ru: 'Турецкий', kk: 'Түрік тілі', ug: 'تۈركچە' },
  de: { en: 'German', ru: 'Немецкий', kk: 'Неміс тілі', ug: 'نېمىسچە' },
  fr: { en: 'French', ru: 'Французский', kk: 'Француз тілі', ug: 'فىرانسۇزچە' },
  nl: { en: 'Dutch', ru: 'Нидерландский', kk: 'Нидерланд тілі', ug: 'گوللاندچە' },
  ar: { en: 'Arabic', ru: 'Арабский', kk: 'Араб тілі', ug: 'ئەرەبچە' },
  fa: { en: 'Persian', ru: 'Персидский', kk: 'Парсы тілі', ug: 'پارسچە' },
};

/** Whether this list names the tag (case as stored: tags are compared as written). */
export function isNamedLanguage(tag: string): boolean {
  return Object.prototype.hasOwnProperty.call(NAMES, tag);
}

/** The tag's name in the interface language; a tag this list does not know, as itself. */
export function languageName(tag: string, language: Language): string {
  return isNamedLanguage(tag) ? (NAMES[tag] as LanguageLabels)[language] : tag;
}
