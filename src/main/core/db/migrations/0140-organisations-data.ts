/**
 * The vocabularies migration 0140 adds for organisations: what kind of organisation it is, and the
 * role a person holds in it. Labelled in every interface language from the start (English,
 * Russian, Kazakh in Cyrillic, Uyghur in Arabic script; the Uyghur awaits a native speaker's
 * review). Frozen like 0030's data: a later change is a later migration, and
 * src/main/core/vocabularies/defaults.ts follows it.
 *
 * Pure data: no imports, runs anywhere.
 */

export interface OrganisationVocabularyLabels {
  en: string;
  ru: string;
  kk: string;
  ug: string;
}

export interface OrganisationVocabulary {
  key: 'organisation_kind' | 'organisation_role';
  labels: OrganisationVocabularyLabels;
  hierarchical: false;
  terms: Array<{ code: string; labels: OrganisationVocabularyLabels }>;
}

function l(en: string, ru: string, kk: string, ug: string): OrganisationVocabularyLabels {
  return { en, ru, kk, ug };
}

const OTHER = l('Other', 'Другое', 'Басқа', 'باشقا');

export const ORGANISATION_VOCABULARIES: readonly OrganisationVocabulary[] = [
  {
    key: 'organisation_kind',
    labels: l('Kinds of organisation', 'Виды организаций', 'Ұйым түрлері', 'تەشكىلات تۈرلىرى'),
    hierarchical: false,
    terms: [
      { code: 'human_rights_organisation', labels: l('Human-rights organisation', 'Правозащитная организация', 'Құқық қорғау ұйымы', 'كىشىلىك ھوقۇق تەشكىلاتى') },
      { code: 'ngo', labels: l('Non-governmental organisation', 'Неправительственная организация', 'Үкіметтік емес ұйым', 'ھۆكۈمەتكە تەۋە بولمىغان تەشكىلات') },
      { code: 'media_outlet', labels: l('Media outlet', 'Средство массовой информации', 'Бұқаралық ақпарат құралы', 'ئاخبارات ۋاستىسى') },
      { code: 'state_body', labels: l('State body', 'Государственный орган', 'Мемлекеттік орган', 'دۆلەت ئورگىنى') },
      { code: 'company', labels: l('Company', 'Компания', 'Компания', 'شىركەت') },
      { code: 'religious_community', labels: l('Religious community', 'Религиозная община', 'Діни қауымдастық', 'دىنىي جامائەت') },
      { code: 'other', labels: OTHER },
    ],
  },
  {
    key: 'organisation_role',
    labels: l('Roles in an organisation', 'Роли в организации', 'Ұйымдағы рөлдер', 'تەشكىلاتتىكى روللار'),
    hierarchical: false,
    terms: [
      { code: 'head', labels: l('Chair or head', 'Председатель или руководитель', 'Төраға немесе басшы', 'رەئىس ياكى باشلىق') },
      { code: 'member', labels: l('Member', 'Член', 'Мүше', 'ئەزا') },
      { code: 'staff', labels: l('Staff', 'Сотрудник', 'Қызметкер', 'خىزمەتچى') },
      { code: 'founder', labels: l('Founder', 'Основатель', 'Құрылтайшы', 'قۇرغۇچى') },
      { code: 'lawyer', labels: l('Lawyer', 'Юрист', 'Заңгер', 'ئادۋوكات') },
      { code: 'other', labels: OTHER },
    ],
  },
];
