/**
 * The terms migration 0100 adds to the shipped vocabularies: the pressure put on human-rights
 * defenders and organisations in Kazakhstan itself (fines for an unregistered organisation,
 * administrative arrest, searches, intimidation, criminal charges) and the Kazakh agencies behind
 * it. The vocabularies of 0030 only knew the Xinjiang side. Frozen like 0030's data: a later change
 * is a later migration.
 *
 * Each addition names the term it follows, so that a new term sits beside its kin in the lists
 * instead of after "Other". Pure data: no imports beyond 0030's types.
 */
import type { DefaultTerm, VocabularyKey, VocabularyLabels } from './0030-default-vocabularies-data';

export interface TermAddition {
  vocabulary: VocabularyKey;
  /** The code of the term this one is placed after; an earlier addition may be named. */
  after: string;
  term: DefaultTerm;
}

function l(en: string, ru: string, kk: string): VocabularyLabels {
  return { en, ru, kk };
}

export const DEFENDERS_TERMS: readonly TermAddition[] = [
  {
    vocabulary: 'incident_type',
    after: 'house_arrest',
    term: {
      code: 'administrative_arrest',
      parent: 'deprivation_of_liberty',
      labels: l('Administrative arrest', 'Административный арест', 'Әкімшілік қамаққа алу'),
      description: l(
        'Detention of up to a few weeks ordered by a court for an administrative offence, such as an unauthorised gathering.',
        'Арест на срок до нескольких недель по решению суда за административное правонарушение, например за несанкционированное собрание.',
        'Әкімшілік құқық бұзушылық үшін, мысалы рұқсатсыз жиын үшін, сот шешімімен бірнеше аптаға дейін қамау.',
      ),
    },
  },
  {
    vocabulary: 'incident_type',
    after: 'surveillance',
    term: {
      code: 'search_or_raid',
      parent: 'surveillance_coercion',
      labels: l('Search or raid', 'Обыск или рейд', 'Тінту немесе рейд'),
      description: l(
        'A search of a home or office, or a raid on a meeting, often with seizure of phones, computers and papers.',
        'Обыск дома или в офисе либо рейд на собрание, часто с изъятием телефонов, компьютеров и документов.',
        'Үйде не кеңседе тінту немесе жиынға рейд, көбіне телефон, компьютер және құжаттар тәркіленеді.',
      ),
    },
  },
  {
    vocabulary: 'incident_type',
    after: 'search_or_raid',
    term: {
      code: 'intimidation',
      parent: 'surveillance_coercion',
      labels: l('Intimidation and harassment', 'Запугивание и преследование', 'Қорқыту және қудалау'),
      description: l(
        'Threats, summons for "conversations", visits to relatives or employers, following in the street.',
        'Угрозы, вызовы на «беседы», визиты к родственникам или работодателям, слежка на улице.',
        'Қоқан-лоққы, «әңгімеге» шақыру, туыстарына не жұмыс берушісіне бару, көшеде аңду.',
      ),
    },
  },
  {
    vocabulary: 'incident_type',
    after: 'trial',
    term: {
      code: 'criminal_charges',
      parent: 'outcomes',
      labels: l('Criminal charges', 'Уголовное обвинение', 'Қылмыстық айып тағу'),
      description: l(
        'For example inciting social, national or religious discord (Article 174 of the Criminal Code of Kazakhstan).',
        'Например, разжигание социальной, национальной или религиозной розни (статья 174 УК Республики Казахстан).',
        'Мысалы, әлеуметтік, ұлттық немесе діни алауыздықты қоздыру (Қазақстан Республикасы ҚК-нің 174-бабы).',
      ),
    },
  },
  {
    vocabulary: 'incident_type',
    after: 'transfer_between_facilities',
    term: {
      code: 'civic_space',
      labels: l(
        'Pressure on civil society and defenders',
        'Давление на гражданское общество и правозащитников',
        'Азаматтық қоғам мен құқық қорғаушыларға қысым',
      ),
    },
  },
  {
    vocabulary: 'incident_type',
    after: 'civic_space',
    term: {
      code: 'fine_unregistered_organisation',
      parent: 'civic_space',
      labels: l(
        'Fine for an unregistered organisation',
        'Штраф за деятельность незарегистрированной организации',
        'Тіркелмеген ұйымның қызметі үшін айыппұл',
      ),
    },
  },
  {
    vocabulary: 'incident_type',
    after: 'fine_unregistered_organisation',
    term: {
      code: 'registration_refused',
      parent: 'civic_space',
      labels: l('Registration of an organisation refused', 'Отказ в регистрации организации', 'Ұйымды тіркеуден бас тарту'),
    },
  },
  {
    vocabulary: 'incident_type',
    after: 'registration_refused',
    term: {
      code: 'meeting_disrupted',
      parent: 'civic_space',
      labels: l(
        'Meeting disrupted or its participants intimidated',
        'Срыв собрания или запугивание его участников',
        'Жиналысты бұзу немесе қатысушыларын қорқыту',
      ),
    },
  },
  {
    vocabulary: 'agency',
    after: 'employer',
    term: {
      code: 'kz_police',
      labels: l(
        'Police of Kazakhstan (Ministry of Internal Affairs)',
        'Полиция Казахстана (МВД)',
        'Қазақстан полициясы (ІІМ)',
      ),
    },
  },
  {
    vocabulary: 'agency',
    after: 'kz_police',
    term: {
      code: 'kz_national_security_committee',
      labels: l(
        'National Security Committee of Kazakhstan (KNB)',
        'Комитет национальной безопасности Казахстана (КНБ)',
        'Қазақстан Ұлттық қауіпсіздік комитеті (ҰҚК)',
      ),
    },
  },
  {
    vocabulary: 'agency',
    after: 'kz_national_security_committee',
    term: {
      code: 'kz_prosecutor_office',
      labels: l("Prosecutor's office of Kazakhstan", 'Прокуратура Казахстана', 'Қазақстан прокуратурасы'),
    },
  },
  {
    vocabulary: 'agency',
    after: 'kz_prosecutor_office',
    term: {
      code: 'kz_court',
      labels: l('Court in Kazakhstan', 'Суд Казахстана', 'Қазақстан соты'),
    },
  },
];
