/**
 * The controlled vocabularies migration 0030 writes into every new vault, in English, Russian and
 * Kazakh (Cyrillic). Frozen: vaults already hold what this file said when they were made, so an
 * edit here would make new vaults differ from old ones without telling either. A change to the
 * shipped vocabularies is a new migration (and src/main/core/vocabularies/defaults.ts follows
 * it); tests/main/core/db/migrations/0030-default-vocabularies.test.ts pins this data.
 *
 * Modelled on the HURIDOCS Events Standard Formats and their micro-thesauri ("Types of acts",
 * "Types of detention", "Whereabouts", "Source's connection to information", "Reliability",
 * "Types of relationships", "Types of perpetrators"), cut down and adapted to testimonies about
 * detention in the Xinjiang Uyghur Autonomous Region collected in Kazakhstan.
 *
 * Rules every list follows (checked in tests/main/core/vocabularies/defaults.test.ts):
 * - `code` is a stable lowercase snake_case ASCII identifier, unique within its vocabulary. Records
 *   store the code, never the label, so labels may be reworded or translated freely; a code is
 *   never reused for a different meaning.
 * - `parent` names the code of another term of the same vocabulary, only in hierarchical
 *   vocabularies, and a parent is always listed before its children (seed in array order).
 * - Every label and description has non-empty `en`, `ru` and `kk` text.
 *
 * Pure data: no imports, runs anywhere.
 */

export interface VocabularyLabels {
  en: string;
  ru: string;
  kk: string;
}

export interface DefaultTerm {
  code: string;
  labels: VocabularyLabels;
  /** Code of the broader term in the same vocabulary. */
  parent?: string;
  description?: VocabularyLabels;
}

export interface DefaultVocabulary {
  key: VocabularyKey;
  labels: VocabularyLabels;
  hierarchical: boolean;
  terms: DefaultTerm[];
}

export const VOCABULARY_KEYS = [
  'incident_type',
  'detention_type',
  'whereabouts',
  'facility_kind',
  'relationship',
  'ethnicity',
  'source_connection',
  'reliability',
  'person_role',
  'agency',
  'place',
] as const;

export type VocabularyKey = (typeof VOCABULARY_KEYS)[number];

function l(en: string, ru: string, kk: string): VocabularyLabels {
  return { en, ru, kk };
}

const OTHER = l('Other', 'Другое', 'Басқа');
const UNKNOWN = l('Unknown', 'Неизвестно', 'Белгісіз');

/* ------------------------------------------------------------------------------------------ */
/* Incident types (HURIDOCS "Types of acts", adapted)                                          */
/* ------------------------------------------------------------------------------------------ */

const incidentType: DefaultVocabulary = {
  key: 'incident_type',
  labels: l('Incident types', 'Типы инцидентов', 'Оқиға түрлері'),
  hierarchical: true,
  terms: [
    { code: 'deprivation_of_liberty', labels: l('Deprivation of liberty', 'Лишение свободы', 'Бостандығынан айыру') },
    {
      code: 'arrest',
      parent: 'deprivation_of_liberty',
      labels: l('Arrest or taking into custody', 'Арест или взятие под стражу', 'Қамауға алу немесе ұстау'),
    },
    {
      code: 'arbitrary_detention',
      parent: 'deprivation_of_liberty',
      labels: l('Arbitrary detention', 'Произвольное задержание', 'Негізсіз ұстау'),
      description: l(
        'Detention without a legal basis, charge or fair procedure.',
        'Задержание без законных оснований, обвинения или справедливой процедуры.',
        'Заңды негізсіз, айып тағылмай немесе әділ рәсімсіз ұстау.',
      ),
    },
    {
      code: 'enforced_disappearance',
      parent: 'deprivation_of_liberty',
      labels: l('Enforced disappearance', 'Насильственное исчезновение', 'Күштеп жоғалту'),
      description: l(
        'Held by the state, which denies the detention or hides the person’s fate and whereabouts.',
        'Задержан государством, которое отрицает задержание или скрывает судьбу и местонахождение человека.',
        'Адамды мемлекет ұстап, мұны мойындамайды немесе оның тағдыры мен қайда екенін жасырады.',
      ),
    },
    {
      code: 'reeducation_camp_internment',
      parent: 'deprivation_of_liberty',
      labels: l(
        'Internment in a “re-education” camp',
        'Помещение в лагерь «перевоспитания»',
        '«Қайта тәрбиелеу» лагеріне қамау',
      ),
      description: l(
        'Held without trial in a facility officially called a “vocational skills education and training centre”.',
        'Содержание без суда в учреждении, официально именуемом «центром профессионально-технического обучения».',
        'Ресми түрде «кәсіптік дағдыларға оқыту орталығы» деп аталатын мекемеде сотсыз ұстау.',
      ),
    },
    {
      code: 'imprisonment',
      parent: 'deprivation_of_liberty',
      labels: l('Imprisonment', 'Тюремное заключение', 'Түрмеге қамау'),
    },
    {
      code: 'house_arrest',
      parent: 'deprivation_of_liberty',
      labels: l('House arrest', 'Домашний арест', 'Үй қамағы'),
    },
    {
      code: 'designated_residence_surveillance',
      parent: 'deprivation_of_liberty',
      labels: l(
        'Residential surveillance at a designated location',
        'Надзор по месту жительства в специально отведённом месте',
        'Арнайы белгіленген орында бақылаумен ұстау',
      ),
    },

    { code: 'ill_treatment', labels: l('Ill-treatment', 'Жестокое обращение', 'Қатыгез қарау') },
    { code: 'interrogation', parent: 'ill_treatment', labels: l('Interrogation', 'Допрос', 'Жауапқа алу') },
    {
      code: 'torture',
      parent: 'ill_treatment',
      labels: l('Torture or ill-treatment', 'Пытки или жестокое обращение', 'Азаптау немесе қатыгез қарау'),
    },
    {
      code: 'forced_confession',
      parent: 'ill_treatment',
      labels: l('Forced confession', 'Принуждение к признанию', 'Кінәсін мойындауға мәжбүрлеу'),
    },
    {
      code: 'sexual_violence',
      parent: 'ill_treatment',
      labels: l('Sexual violence', 'Сексуальное насилие', 'Жыныстық зорлық-зомбылық'),
    },
    {
      code: 'denial_of_medical_care',
      parent: 'ill_treatment',
      labels: l('Denial of medical care', 'Отказ в медицинской помощи', 'Медициналық көмек көрсетпеу'),
    },
    {
      code: 'forced_labour',
      parent: 'ill_treatment',
      labels: l('Forced labour', 'Принудительный труд', 'Мәжбүрлі еңбек'),
    },
    {
      code: 'labour_transfer',
      parent: 'forced_labour',
      labels: l(
        'Coerced labour transfer to factories',
        'Принудительная отправка на работу на фабрики',
        'Фабрикаларға мәжбүрлеп жұмысқа жіберу',
      ),
    },

    {
      code: 'family_life',
      labels: l('Harm to family life', 'Вмешательство в семейную жизнь', 'Отбасылық өмірге қол сұғу'),
    },
    {
      code: 'family_separation',
      parent: 'family_life',
      labels: l('Family separation', 'Разлучение семьи', 'Отбасын ажырату'),
    },
    {
      code: 'children_in_boarding_school',
      parent: 'family_life',
      labels: l(
        'Children placed in state boarding schools',
        'Помещение детей в государственные школы-интернаты',
        'Балаларды мемлекеттік мектеп-интернаттарға орналастыру',
      ),
    },
    {
      code: 'forced_marriage',
      parent: 'family_life',
      labels: l('Forced marriage', 'Принудительный брак', 'Күштеп некелестіру'),
    },
    {
      code: 'communication_cut_off',
      parent: 'family_life',
      labels: l(
        'Contact with relatives abroad cut off',
        'Прекращение связи с родственниками за рубежом',
        'Шетелдегі туыстарымен байланысты үзу',
      ),
    },

    {
      code: 'movement',
      labels: l('Restrictions on movement', 'Ограничение свободы передвижения', 'Жүріп-тұру бостандығын шектеу'),
    },
    {
      code: 'passport_confiscation',
      parent: 'movement',
      labels: l('Passport confiscation', 'Изъятие паспорта', 'Төлқұжатты тартып алу'),
    },
    {
      code: 'travel_ban',
      parent: 'movement',
      labels: l('Travel ban', 'Запрет на выезд', 'Шетелге шығуға тыйым салу'),
    },
    {
      code: 'forced_return',
      parent: 'movement',
      labels: l('Forced return', 'Принудительное возвращение', 'Күштеп қайтару'),
      description: l(
        'Ordered or coerced to return to China, or handed back by another state.',
        'Требование или принуждение вернуться в Китай либо выдача другим государством.',
        'Қытайға қайтуға бұйыру не мәжбүрлеу немесе басқа мемлекеттің қайтарып беруі.',
      ),
    },
    {
      code: 'internal_movement_restrictions',
      parent: 'movement',
      labels: l(
        'Restrictions on movement within China',
        'Ограничение передвижения внутри Китая',
        'Қытай ішінде жүріп-тұруды шектеу',
      ),
    },

    {
      code: 'surveillance_coercion',
      labels: l('Surveillance and coercion', 'Слежка и принуждение', 'Бақылау және қысым көрсету'),
    },
    { code: 'surveillance', parent: 'surveillance_coercion', labels: l('Surveillance', 'Слежка', 'Бақылауда ұстау') },
    {
      code: 'biometric_data_collection',
      parent: 'surveillance_coercion',
      labels: l(
        'Forced collection of biometric data',
        'Принудительный сбор биометрических данных',
        'Биометриялық деректерді мәжбүрлеп жинау',
      ),
      description: l(
        'DNA and blood samples, iris scans, voice recordings, face photographs.',
        'Образцы ДНК и крови, сканирование радужки, записи голоса, фотографии лица.',
        'ДНҚ мен қан үлгілері, көздің нұрлы қабығын сканерлеу, дауыс жазбалары, бет-әлпет суреттері.',
      ),
    },
    {
      code: 'homestay_officials',
      parent: 'surveillance_coercion',
      labels: l(
        'Officials billeted in the home (“become family” campaign)',
        'Подселение чиновников в семью (кампания «Станем родными»)',
        'Үйге шенеуніктерді қондыру («Туысқан болайық» науқаны)',
      ),
    },
    {
      code: 'threats_to_relatives_abroad',
      parent: 'surveillance_coercion',
      labels: l(
        'Threats or pressure on relatives abroad',
        'Угрозы родственникам за рубежом или давление на них',
        'Шетелдегі туыстарды қорқыту немесе оларға қысым көрсету',
      ),
    },
    {
      code: 'coerced_informing',
      parent: 'surveillance_coercion',
      labels: l(
        'Coerced informing on others',
        'Принуждение к доносительству',
        'Басқалар туралы мәлімет беруге мәжбүрлеу',
      ),
    },
    {
      code: 'political_indoctrination',
      parent: 'surveillance_coercion',
      labels: l(
        'Forced political indoctrination',
        'Принудительная политическая идеологическая обработка',
        'Күштеп саяси-идеологиялық тәрбиелеу',
      ),
    },

    {
      code: 'life',
      labels: l('Violations of the right to life', 'Нарушения права на жизнь', 'Өмір сүру құқығын бұзу'),
    },
    {
      code: 'death_in_custody',
      parent: 'life',
      labels: l('Death in custody', 'Смерть под стражей', 'Қамауда қайтыс болу'),
    },
    {
      code: 'death_after_release',
      parent: 'life',
      labels: l(
        'Death shortly after release',
        'Смерть вскоре после освобождения',
        'Босатылғаннан кейін көп ұзамай қайтыс болу',
      ),
    },

    {
      code: 'religion_culture',
      labels: l('Religion, language and culture', 'Религия, язык и культура', 'Дін, тіл және мәдениет'),
    },
    {
      code: 'religious_restrictions',
      parent: 'religion_culture',
      labels: l('Restrictions on religious practice', 'Ограничения религиозной практики', 'Дін ұстануды шектеу'),
    },
    {
      code: 'religious_sites_destroyed',
      parent: 'religion_culture',
      labels: l(
        'Destruction or closure of mosques, shrines and cemeteries',
        'Разрушение или закрытие мечетей, святынь и кладбищ',
        'Мешіттерді, киелі орындар мен зираттарды қирату немесе жабу',
      ),
    },
    {
      code: 'language_restrictions',
      parent: 'religion_culture',
      labels: l(
        'Restrictions on the native language',
        'Ограничения на использование родного языка',
        'Ана тілін қолдануды шектеу',
      ),
    },

    {
      code: 'reproductive_coercion',
      labels: l('Reproductive coercion', 'Принуждение в сфере деторождения', 'Бала тууға қатысты мәжбүрлеу'),
    },
    {
      code: 'forced_sterilisation',
      parent: 'reproductive_coercion',
      labels: l('Forced sterilisation', 'Принудительная стерилизация', 'Күштеп бедеулендіру'),
    },
    {
      code: 'forced_birth_control',
      parent: 'reproductive_coercion',
      labels: l(
        'Forced birth control (IUD, contraception)',
        'Принудительный контроль рождаемости (ВМС, контрацепция)',
        'Бала тууды күштеп шектеу (спираль салу, жүктіліктен сақтандыру)',
      ),
    },
    {
      code: 'forced_abortion',
      parent: 'reproductive_coercion',
      labels: l('Forced abortion', 'Принудительный аборт', 'Күштеп түсік жасату'),
    },

    {
      code: 'property_livelihood',
      labels: l('Property and livelihood', 'Имущество и средства к существованию', 'Мүлік және күнкөріс'),
    },
    {
      code: 'property_confiscation',
      parent: 'property_livelihood',
      labels: l('Property confiscation', 'Конфискация имущества', 'Мүлікті тәркілеу'),
    },
    {
      code: 'arbitrary_fines',
      parent: 'property_livelihood',
      labels: l('Arbitrary fines', 'Произвольные штрафы', 'Негізсіз айыппұл салу'),
    },
    {
      code: 'dismissal_from_work',
      parent: 'property_livelihood',
      labels: l(
        'Dismissal from work or loss of pension',
        'Увольнение с работы или лишение пенсии',
        'Жұмыстан шығару немесе зейнетақыдан айыру',
      ),
    },

    {
      code: 'outcomes',
      labels: l('Outcomes and legal proceedings', 'Исход и судебные процедуры', 'Нәтижесі және сот ісі'),
    },
    { code: 'release', parent: 'outcomes', labels: l('Release', 'Освобождение', 'Босату') },
    {
      code: 'release_with_restrictions',
      parent: 'outcomes',
      labels: l('Release under restrictions', 'Освобождение с ограничениями', 'Шектеу қойылып босату'),
      description: l(
        'Released but kept under surveillance, obliged to report regularly, or assigned to work.',
        'Освобождён, но остаётся под надзором, обязан регулярно отмечаться или направлен на работу.',
        'Босатылған, бірақ бақылауда, үнемі белгі соғып тұруға міндетті немесе жұмысқа жіберілген.',
      ),
    },
    { code: 'trial', parent: 'outcomes', labels: l('Trial', 'Судебный процесс', 'Сот процесі') },
    { code: 'sentencing', parent: 'outcomes', labels: l('Sentencing', 'Вынесение приговора', 'Үкім шығару') },
    {
      code: 'transfer_between_facilities',
      parent: 'outcomes',
      labels: l(
        'Transfer between facilities',
        'Перевод из одного учреждения в другое',
        'Бір мекемеден екіншісіне ауыстыру',
      ),
    },

    { code: 'other', labels: OTHER },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* Types of detention (HURIDOCS micro-thesaurus 29, adapted)                                   */
/* ------------------------------------------------------------------------------------------ */

const detentionType: DefaultVocabulary = {
  key: 'detention_type',
  labels: l('Types of detention', 'Виды содержания под стражей', 'Қамауда ұстау түрлері'),
  hierarchical: false,
  terms: [
    {
      code: 'administrative_detention',
      labels: l(
        'Administrative detention (no charge, no trial)',
        'Административное задержание (без обвинения и суда)',
        'Әкімшілік тәртіппен ұстау (айып тағылмай, сотсыз)',
      ),
    },
    {
      code: 'extrajudicial_internment',
      labels: l(
        'Extrajudicial internment for “transformation through education”',
        'Внесудебное содержание ради «преобразования через обучение»',
        '«Оқыту арқылы қайта өзгерту» үшін соттан тыс қамау',
      ),
    },
    {
      code: 'emergency_special_law',
      labels: l(
        'Detention under emergency or special laws suspending individual rights',
        'Задержание по чрезвычайным или специальным законам, приостанавливающим права личности',
        'Жеке құқықтарды тоқтата тұратын төтенше немесе арнайы заңдар бойынша ұстау',
      ),
      description: l(
        'For example counter-terrorism or “de-extremification” regulations.',
        'Например, антитеррористические положения или положения о «деэкстремизации».',
        'Мысалы, терроризмге қарсы ережелер немесе «экстремизмнен арылту» туралы ережелер.',
      ),
    },
    {
      code: 'pretrial_detention',
      labels: l(
        'Criminal detention pending investigation or trial',
        'Содержание под стражей до окончания следствия или суда',
        'Тергеу немесе сот аяқталғанға дейін қамауда ұстау',
      ),
    },
    {
      code: 'designated_residence',
      labels: l(
        'Residential surveillance at a designated location',
        'Надзор по месту жительства в специально отведённом месте',
        'Арнайы белгіленген орында бақылаумен ұстау',
      ),
    },
    {
      code: 'charged_nonviolent_expression',
      labels: l(
        'Charged for speech, religious practice or other non-violent acts',
        'Обвинение за высказывания, религиозную практику или иные ненасильственные действия',
        'Пікір білдіргені, дін ұстағаны немесе өзге бейбіт әрекеттері үшін айып тағу',
      ),
    },
    {
      code: 'charged_disproportionate',
      labels: l(
        'Charged with a minor ordinary offence, with disproportionate punishment',
        'Обвинение в незначительном общеуголовном правонарушении с несоразмерным наказанием',
        'Шамалы жалпы қылмыстық құқық бұзушылық үшін айып тағып, тым ауыр жаза қолдану',
      ),
    },
    {
      code: 'charged_offence_against_persons_property',
      labels: l(
        'Charged with a specific offence against persons or property',
        'Обвинение в конкретном преступлении против личности или собственности',
        'Адамға немесе мүлікке қарсы нақты қылмыс жасады деп айып тағу',
      ),
    },
    {
      code: 'charged_offence_against_state',
      labels: l(
        'Charged with offences against the state',
        'Обвинение в преступлениях против государства',
        'Мемлекетке қарсы қылмыс жасады деп айып тағу',
      ),
      description: l(
        'For example “separatism”, “terrorism”, “extremism”, “picking quarrels and provoking trouble”.',
        'Например, «сепаратизм», «терроризм», «экстремизм», «провоцирование ссор и беспорядков».',
        'Мысалы, «сепаратизм», «терроризм», «экстремизм», «жанжал шығарып, тәртіп бұзу».',
      ),
    },
    {
      code: 'serving_sentence',
      labels: l(
        'Serving a prison sentence after conviction',
        'Отбывание наказания по приговору суда',
        'Сот үкімі бойынша жазасын өтеу',
      ),
    },
    { code: 'house_arrest', labels: l('House arrest', 'Домашний арест', 'Үй қамағы') },
    {
      code: 'incommunicado',
      labels: l(
        'Incommunicado detention',
        'Содержание без связи с внешним миром',
        'Сыртқы әлеммен байланыссыз ұстау',
      ),
    },
    { code: 'other', labels: OTHER },
    { code: 'unknown', labels: UNKNOWN },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* Whereabouts (HURIDOCS micro-thesaurus 30, adapted)                                          */
/* ------------------------------------------------------------------------------------------ */

const whereabouts: DefaultVocabulary = {
  key: 'whereabouts',
  labels: l('Whereabouts', 'Местонахождение', 'Қазір қайда екені'),
  hierarchical: true,
  terms: [
    { code: 'known', labels: l('Whereabouts known', 'Местонахождение известно', 'Қайда екені белгілі') },
    {
      code: 'known_in_detention',
      parent: 'known',
      labels: l(
        'Held at a known place of detention',
        'Содержится в известном месте заключения',
        'Белгілі бір қамау орнында ұсталып отыр',
      ),
    },
    {
      code: 'family_contact_permitted',
      parent: 'known_in_detention',
      labels: l(
        'Contact with family permitted (visits or calls)',
        'Связь с семьёй разрешена (свидания или звонки)',
        'Отбасымен байланысуға рұқсат бар (кездесу немесе қоңырау)',
      ),
    },
    {
      code: 'no_outside_contact',
      parent: 'known_in_detention',
      labels: l(
        'No outside contact permitted',
        'Связь с внешним миром запрещена',
        'Сыртпен байланысуға рұқсат жоқ',
      ),
    },
    {
      code: 'known_at_home',
      parent: 'known',
      labels: l(
        'At home, under restrictions or surveillance',
        'Дома, под ограничениями или надзором',
        'Үйінде, шектеу немесе бақылау астында',
      ),
    },
    {
      code: 'known_at_workplace',
      parent: 'known',
      labels: l(
        'At an assigned workplace or factory',
        'На назначенном месте работы или фабрике',
        'Белгіленген жұмыс орнында немесе фабрикада',
      ),
    },
    {
      code: 'known_abroad',
      parent: 'known',
      labels: l(
        'Outside China (for example in Kazakhstan)',
        'За пределами Китая (например, в Казахстане)',
        'Қытайдан тыс жерде (мысалы, Қазақстанда)',
      ),
    },

    {
      code: 'presumed',
      labels: l(
        'Whereabouts presumed, not confirmed',
        'Местонахождение предполагается, но не подтверждено',
        'Қайда екені болжанады, бірақ расталмаған',
      ),
    },
    {
      code: 'presumed_in_camp',
      parent: 'presumed',
      labels: l(
        'Presumed held in a “re-education” camp',
        'Предположительно содержится в лагере «перевоспитания»',
        'Болжам бойынша «қайта тәрбиелеу» лагерінде ұсталып отыр',
      ),
    },
    {
      code: 'presumed_in_prison',
      parent: 'presumed',
      labels: l('Presumed imprisoned', 'Предположительно находится в тюрьме', 'Болжам бойынша түрмеде отыр'),
    },
    {
      code: 'presumed_in_forced_labour',
      parent: 'presumed',
      labels: l(
        'Presumed at a forced-labour site or factory',
        'Предположительно на принудительных работах или на фабрике',
        'Болжам бойынша мәжбүрлі жұмыста немесе фабрикада',
      ),
    },

    { code: 'unknown', labels: l('Whereabouts unknown', 'Местонахождение неизвестно', 'Қайда екені белгісіз') },
    {
      code: 'detention_acknowledged_place_undisclosed',
      parent: 'unknown',
      labels: l(
        'Detention acknowledged, place not disclosed',
        'Задержание признано, место не раскрывается',
        'Ұсталғаны мойындалған, бірақ орны айтылмайды',
      ),
    },
    {
      code: 'detention_denied',
      parent: 'unknown',
      labels: l(
        'Authorities deny the detention',
        'Власти отрицают факт задержания',
        'Билік ұсталғанын жоққа шығарады',
      ),
    },
    {
      code: 'contact_lost',
      parent: 'unknown',
      labels: l('Contact lost, no news', 'Связь потеряна, известий нет', 'Байланыс үзілген, хабар жоқ'),
    },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* Kinds of facility (HURIDOCS "Types of locations", adapted)                                  */
/* ------------------------------------------------------------------------------------------ */

const facilityKind: DefaultVocabulary = {
  key: 'facility_kind',
  labels: l('Facility types', 'Типы учреждений', 'Мекеме түрлері'),
  hierarchical: false,
  terms: [
    {
      code: 'reeducation_centre',
      labels: l(
        '“Re-education” (“vocational training”) centre',
        'Центр «перевоспитания» («профессионального обучения»)',
        '«Қайта тәрбиелеу» («кәсіптік оқыту») орталығы',
      ),
    },
    {
      code: 'detention_centre',
      labels: l(
        'Detention centre (kanshousuo)',
        'Следственный изолятор (каньшоусо)',
        'Тергеу изоляторы (каньшоусо)',
      ),
    },
    {
      code: 'administrative_detention_centre',
      labels: l(
        'Administrative detention centre (juliusuo)',
        'Изолятор административного ареста (цзюлюсо)',
        'Әкімшілік қамау изоляторы (цзюлюсо)',
      ),
    },
    { code: 'prison', labels: l('Prison', 'Тюрьма', 'Түрме') },
    { code: 'police_station', labels: l('Police station', 'Полицейский участок', 'Полиция бөлімшесі') },
    {
      code: 'convenience_police_station',
      labels: l(
        '“Convenience” police post',
        'Полицейский пост «для удобства населения»',
        '«Халыққа қолайлы» полиция бекеті',
      ),
    },
    {
      code: 'labour_facility',
      labels: l(
        'Labour facility or factory',
        'Трудовой объект или фабрика',
        'Еңбек нысаны немесе фабрика',
      ),
    },
    { code: 'hospital', labels: l('Hospital', 'Больница', 'Аурухана') },
    {
      code: 'boarding_school',
      labels: l('State boarding school', 'Государственная школа-интернат', 'Мемлекеттік мектеп-интернат'),
    },
    { code: 'other', labels: OTHER },
    { code: 'unknown', labels: UNKNOWN },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* Relationships (HURIDOCS "Types of relationships", adapted)                                  */
/* ------------------------------------------------------------------------------------------ */

/**
 * Relations are directional: a link from person A to person B with the term `mother` reads
 * "A is B's mother". The reverse link (B is A's son or daughter) is a separate record with its
 * own term; nothing infers it, since the inverse of `mother` depends on B's sex.
 */
function relation(code: string, labels: VocabularyLabels, ru: string, kk: string): DefaultTerm {
  return {
    code,
    labels,
    description: l(`A is B’s ${labels.en.toLowerCase()}`, `A — ${ru} B`, `A — B-нің ${kk}`),
  };
}

const relationship: DefaultVocabulary = {
  key: 'relationship',
  labels: l('Relationships', 'Родственные и иные связи', 'Туыстық және басқа байланыстар'),
  hierarchical: false,
  terms: [
    relation('mother', l('Mother', 'Мать', 'Анасы'), 'мать', 'анасы'),
    relation('father', l('Father', 'Отец', 'Әкесі'), 'отец', 'әкесі'),
    relation('son', l('Son', 'Сын', 'Ұлы'), 'сын', 'ұлы'),
    relation('daughter', l('Daughter', 'Дочь', 'Қызы'), 'дочь', 'қызы'),
    relation('husband', l('Husband', 'Муж', 'Күйеуі'), 'муж', 'күйеуі'),
    relation('wife', l('Wife', 'Жена', 'Әйелі'), 'жена', 'әйелі'),
    relation('brother', l('Brother', 'Брат', 'Ағасы немесе інісі'), 'брат', 'ағасы немесе інісі'),
    relation(
      'sister',
      l('Sister', 'Сестра', 'Апасы, сіңлісі немесе қарындасы'),
      'сестра',
      'апасы, сіңлісі немесе қарындасы',
    ),
    relation(
      'grandparent',
      l('Grandparent', 'Дедушка или бабушка', 'Атасы немесе әжесі'),
      'дедушка или бабушка',
      'атасы немесе әжесі',
    ),
    relation('grandchild', l('Grandchild', 'Внук или внучка', 'Немересі'), 'внук или внучка', 'немересі'),
    relation(
      'uncle_aunt',
      l('Uncle or aunt', 'Дядя или тётя', 'Әке-шешесінің бауыры (ағасы, нағашысы, апасы)'),
      'дядя или тётя',
      'әке-шешесінің бауыры',
    ),
    relation(
      'nephew_niece',
      l('Nephew or niece', 'Племянник или племянница', 'Бауырының баласы (жиені)'),
      'племянник или племянница',
      'бауырының баласы',
    ),
    relation(
      'cousin',
      l('Cousin', 'Двоюродный брат или сестра', 'Немере немесе бөле туысы'),
      'двоюродный брат или сестра',
      'немере немесе бөле туысы',
    ),
    relation(
      'parent_in_law',
      l('Parent-in-law', 'Свёкор, свекровь, тесть или тёща', 'Қайын атасы немесе қайын енесі'),
      'свёкор, свекровь, тесть или тёща',
      'қайын атасы немесе қайын енесі',
    ),
    relation(
      'child_in_law',
      l('Son- or daughter-in-law', 'Зять или невестка', 'Күйеу баласы немесе келіні'),
      'зять или невестка',
      'күйеу баласы немесе келіні',
    ),
    relation(
      'other_relative',
      l('Other relative', 'Другой родственник', 'Басқа туысы'),
      'другой родственник',
      'басқа туысы',
    ),
    relation('neighbour', l('Neighbour', 'Сосед', 'Көршісі'), 'сосед', 'көршісі'),
    relation('colleague', l('Colleague', 'Коллега', 'Әріптесі'), 'коллега', 'әріптесі'),
    relation('friend', l('Friend', 'Друг', 'Досы'), 'друг', 'досы'),
    relation(
      'classmate',
      l('Classmate', 'Одноклассник или однокурсник', 'Сыныптасы немесе курстасы'),
      'одноклассник или однокурсник',
      'сыныптасы немесе курстасы',
    ),
    relation(
      'fellow_detainee',
      l('Fellow detainee', 'Товарищ по заключению', 'Бірге қамалған серігі'),
      'товарищ по заключению',
      'бірге қамалған серігі',
    ),
    { code: 'other', labels: OTHER },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* Ethnicity (HURIDOCS "Ethnic groups", the groups of the region)                              */
/* ------------------------------------------------------------------------------------------ */

const ethnicity: DefaultVocabulary = {
  key: 'ethnicity',
  labels: l('Ethnicity', 'Национальность', 'Ұлты'),
  hierarchical: false,
  terms: [
    { code: 'kazakh', labels: l('Kazakh', 'Казах', 'Қазақ') },
    { code: 'uyghur', labels: l('Uyghur', 'Уйгур', 'Ұйғыр') },
    { code: 'kyrgyz', labels: l('Kyrgyz', 'Кыргыз', 'Қырғыз') },
    { code: 'hui', labels: l('Hui (Dungan)', 'Хуэй (дунганин)', 'Дүңген (хуэй)') },
    { code: 'uzbek', labels: l('Uzbek', 'Узбек', 'Өзбек') },
    { code: 'tatar', labels: l('Tatar', 'Татарин', 'Татар') },
    { code: 'han', labels: l('Han Chinese', 'Хань (китаец)', 'Қытай (хань)') },
    { code: 'mongol', labels: l('Mongol', 'Монгол', 'Моңғол') },
    { code: 'tajik', labels: l('Tajik', 'Таджик', 'Тәжік') },
    { code: 'xibe', labels: l('Xibe', 'Сибо', 'Шибе') },
    { code: 'other', labels: OTHER },
    { code: 'unknown', labels: UNKNOWN },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* Source's connection to the information (HURIDOCS micro-thesaurus 19, adapted)               */
/* ------------------------------------------------------------------------------------------ */

const sourceConnection: DefaultVocabulary = {
  key: 'source_connection',
  labels: l(
    'Source’s connection to the information',
    'Связь источника с информацией',
    'Дереккөздің ақпаратқа қатысы',
  ),
  hierarchical: true,
  terms: [
    { code: 'involved', labels: l('Took part in the event', 'Участник события', 'Оқиғаға қатысушы') },
    {
      code: 'victim',
      parent: 'involved',
      labels: l('The victim themself', 'Сам пострадавший', 'Зардап шегушінің өзі'),
    },
    {
      code: 'direct_witness',
      parent: 'involved',
      labels: l('Direct witness', 'Непосредственный свидетель', 'Өз көзімен көрген куәгер'),
    },
    {
      code: 'insider',
      parent: 'involved',
      labels: l(
        'Former staff or insider (e.g. camp teacher, guard)',
        'Бывший сотрудник или осведомлённое лицо (например, учитель в лагере, охранник)',
        'Бұрынғы қызметкер немесе іштей хабардар адам (мысалы, лагерь мұғалімі, күзетші)',
      ),
    },
    { code: 'perpetrator', parent: 'involved', labels: l('Perpetrator', 'Нарушитель', 'Құқық бұзушы') },

    {
      code: 'connected',
      labels: l('Connected to someone involved', 'Связан с участником события', 'Оқиғаға қатысушымен байланысты'),
    },
    {
      code: 'relative_of_victim',
      parent: 'connected',
      labels: l('Relative of the victim', 'Родственник пострадавшего', 'Зардап шегушінің туысы'),
    },
    {
      code: 'acquaintance_of_victim',
      parent: 'connected',
      labels: l(
        'Colleague, neighbour or acquaintance of the victim',
        'Коллега, сосед или знакомый пострадавшего',
        'Зардап шегушінің әріптесі, көршісі немесе таныс-білісі',
      ),
    },
    {
      code: 'connected_to_perpetrator',
      parent: 'connected',
      labels: l('Connected to the perpetrator', 'Связан с нарушителем', 'Құқық бұзушымен байланысты'),
    },

    {
      code: 'second_hand',
      labels: l('Second-hand account', 'Сведения из вторых рук', 'Басқадан естіген мәлімет'),
    },
    {
      code: 'heard_from_victim',
      parent: 'second_hand',
      labels: l('Heard it from the victim', 'Слышал от самого пострадавшего', 'Зардап шегушінің өзінен естіген'),
    },
    {
      code: 'heard_from_witness',
      parent: 'second_hand',
      labels: l('Heard it from a witness', 'Слышал от свидетеля', 'Куәгерден естіген'),
    },
    {
      code: 'heard_from_others',
      parent: 'second_hand',
      labels: l(
        'Heard it from others (rumour, community)',
        'Слышал от других (слухи, община)',
        'Басқалардан естіген (ел аузынан, қауесет)',
      ),
    },
    {
      code: 'journalist_researcher',
      parent: 'second_hand',
      labels: l('Journalist or researcher', 'Журналист или исследователь', 'Журналист немесе зерттеуші'),
    },

    {
      code: 'assisted',
      labels: l(
        'Helped the victim or others involved',
        'Помогал пострадавшему или другим участникам',
        'Зардап шегушіге немесе басқа қатысушыларға көмектескен',
      ),
    },
    { code: 'lawyer', parent: 'assisted', labels: l('Lawyer', 'Адвокат', 'Адвокат') },
    {
      code: 'medical_worker',
      parent: 'assisted',
      labels: l('Medical worker', 'Медицинский работник', 'Медицина қызметкері'),
    },
    {
      code: 'human_rights_organisation',
      parent: 'assisted',
      labels: l('Human rights organisation', 'Правозащитная организация', 'Құқық қорғау ұйымы'),
    },

    { code: 'documentary', labels: l('Documentary source', 'Документальный источник', 'Құжаттық дереккөз') },
    {
      code: 'official_document',
      parent: 'documentary',
      labels: l(
        'Official document (verdict, notice, certificate)',
        'Официальный документ (приговор, уведомление, справка)',
        'Ресми құжат (үкім, хабарлама, анықтама)',
      ),
    },
    {
      code: 'leaked_document',
      parent: 'documentary',
      labels: l('Leaked official records', 'Утёкшие служебные документы', 'Сыртқа тарап кеткен ресми құжаттар'),
      description: l(
        'For example the Xinjiang Police Files or the China Cables.',
        'Например, «Синьцзянские полицейские файлы» или China Cables.',
        'Мысалы, «Шыңжаң полициясының құжаттары» немесе China Cables.',
      ),
    },
    {
      code: 'media_report',
      parent: 'documentary',
      labels: l('Media report', 'Сообщение СМИ', 'БАҚ хабары'),
    },
    {
      code: 'photo_audio_video',
      parent: 'documentary',
      labels: l('Photograph, audio or video', 'Фото-, аудио- или видеозапись', 'Фото, аудио немесе бейнежазба'),
    },
    {
      code: 'social_media',
      parent: 'documentary',
      labels: l(
        'Social media or messenger post',
        'Публикация в соцсетях или мессенджере',
        'Әлеуметтік желідегі немесе мессенджердегі жазба',
      ),
    },
    {
      code: 'satellite_imagery',
      parent: 'documentary',
      labels: l('Satellite imagery', 'Спутниковые снимки', 'Жерсерік түсірілімдері'),
    },

    { code: 'unknown', labels: UNKNOWN },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* Reliability (HURIDOCS micro-thesaurus 42)                                                   */
/* ------------------------------------------------------------------------------------------ */

const reliability: DefaultVocabulary = {
  key: 'reliability',
  labels: l('Reliability', 'Надёжность', 'Сенімділік'),
  hierarchical: false,
  terms: [
    {
      code: 'high',
      labels: l('Highly reliable', 'Вполне надёжно', 'Өте сенімді'),
      description: l(
        'Detailed, consistent and corroborated by independent sources.',
        'Подробно, последовательно и подтверждено независимыми источниками.',
        'Егжей-тегжейлі, қайшылықсыз және тәуелсіз дереккөздермен расталған.',
      ),
    },
    {
      code: 'medium',
      labels: l('Probably reliable', 'Скорее надёжно', 'Сенімді болуы ықтимал'),
      description: l(
        'Consistent and plausible, but only partly corroborated.',
        'Последовательно и правдоподобно, но подтверждено лишь частично.',
        'Қайшылықсыз әрі шындыққа жанасады, бірақ ішінара ғана расталған.',
      ),
    },
    {
      code: 'uncertain',
      labels: l('Uncertain', 'Неопределённо', 'Анық емес'),
      description: l(
        'Cannot yet be judged either way.',
        'Пока нельзя оценить ни в ту, ни в другую сторону.',
        'Әзірге сенімді не сенімсіз деп бағалау мүмкін емес.',
      ),
    },
    {
      code: 'low',
      labels: l('Probably unreliable', 'Скорее ненадёжно', 'Сенімсіз болуы ықтимал'),
      description: l(
        'Vague, inconsistent or contradicted by other information.',
        'Расплывчато, непоследовательно или противоречит другим сведениям.',
        'Бұлыңғыр, қайшылықты немесе басқа мәліметтерге қайшы келеді.',
      ),
    },
    {
      code: 'very_low',
      labels: l('Highly unreliable', 'Совершенно ненадёжно', 'Мүлдем сенімсіз'),
    },
    { code: 'unknown', labels: l('Not assessed', 'Не оценивалось', 'Бағаланбаған') },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* Roles of persons in an incident or testimony (HURIDOCS Events roles)                        */
/* ------------------------------------------------------------------------------------------ */

const personRole: DefaultVocabulary = {
  key: 'person_role',
  labels: l('Roles of persons', 'Роли лиц', 'Тұлғалардың рөлі'),
  hierarchical: false,
  terms: [
    { code: 'victim', labels: l('Victim', 'Пострадавший', 'Зардап шегуші') },
    { code: 'perpetrator', labels: l('Perpetrator', 'Нарушитель', 'Құқық бұзушы') },
    { code: 'witness', labels: l('Witness', 'Свидетель', 'Куәгер') },
    { code: 'official', labels: l('Official', 'Должностное лицо', 'Лауазымды тұлға') },
    { code: 'source', labels: l('Source of information', 'Источник информации', 'Ақпарат көзі') },
    {
      code: 'intervening_party',
      labels: l('Intervening party', 'Заступник', 'Араша түскен тарап'),
      description: l(
        'Someone who stepped in to help the victim or to stop the violation.',
        'Тот, кто вмешался, чтобы помочь пострадавшему или прекратить нарушение.',
        'Зардап шегушіге көмектесу немесе құқық бұзушылықты тоқтату үшін араласқан адам.',
      ),
    },
    { code: 'interviewer', labels: l('Interviewer', 'Интервьюер', 'Сұхбат алушы') },
    { code: 'interpreter', labels: l('Interpreter', 'Переводчик', 'Аудармашы') },
    { code: 'other', labels: OTHER },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* Responsible agencies (HURIDOCS "Types of perpetrators", adapted)                            */
/* ------------------------------------------------------------------------------------------ */

const agency: DefaultVocabulary = {
  key: 'agency',
  labels: l('Responsible agencies', 'Ответственные органы', 'Жауапты органдар'),
  hierarchical: false,
  terms: [
    {
      code: 'public_security',
      labels: l(
        'Public Security Bureau (police)',
        'Бюро общественной безопасности (полиция)',
        'Қоғамдық қауіпсіздік бюросы (полиция)',
      ),
    },
    {
      code: 'state_security',
      labels: l('State Security', 'Органы государственной безопасности', 'Мемлекеттік қауіпсіздік органдары'),
    },
    {
      code: 'neighbourhood_committee',
      labels: l(
        'Neighbourhood or village committee',
        'Квартальный или сельский комитет',
        'Маһалла немесе ауыл комитеті',
      ),
    },
    {
      code: 'village_work_team',
      labels: l(
        'Cadre work team stationed in the village',
        'Рабочая группа кадровых работников, направленная в село',
        'Ауылға жіберілген кадрлардың жұмыс тобы',
      ),
    },
    { code: 'camp_administration', labels: l('Camp administration', 'Администрация лагеря', 'Лагерь әкімшілігі') },
    {
      code: 'prison_administration',
      labels: l(
        'Prison or detention centre administration',
        'Администрация тюрьмы или следственного изолятора',
        'Түрме немесе тергеу изоляторы әкімшілігі',
      ),
    },
    { code: 'court', labels: l('Court', 'Суд', 'Сот') },
    { code: 'procuratorate', labels: l('Procuratorate', 'Прокуратура', 'Прокуратура') },
    {
      code: 'party_committee',
      labels: l(
        'Communist Party committee or Political and Legal Affairs Commission',
        'Комитет КПК или Комиссия по политике и законности',
        'ҚКП комитеті немесе Саяси-құқықтық істер комиссиясы',
      ),
    },
    {
      code: 'local_government',
      labels: l(
        'Local government (township, county)',
        'Местные органы власти (волость, уезд)',
        'Жергілікті билік органдары (ауыл, аудан)',
      ),
    },
    {
      code: 'xpcc',
      labels: l(
        'Xinjiang Production and Construction Corps (Bingtuan)',
        'Синьцзянский производственно-строительный корпус (Бинтуань)',
        'Шыңжаң өндіріс-құрылыс корпусы (Бинтуань)',
      ),
    },
    {
      code: 'health_family_planning',
      labels: l(
        'Health and family planning authorities',
        'Органы здравоохранения и планирования семьи',
        'Денсаулық сақтау және отбасын жоспарлау органдары',
      ),
    },
    {
      code: 'school_administration',
      labels: l(
        'School or boarding school administration',
        'Администрация школы или интерната',
        'Мектеп немесе интернат әкімшілігі',
      ),
    },
    {
      code: 'employer',
      labels: l(
        'Employer or factory management',
        'Работодатель или руководство фабрики',
        'Жұмыс беруші немесе фабрика басшылығы',
      ),
    },
    {
      code: 'kazakhstan_authorities',
      labels: l('Authorities of Kazakhstan', 'Органы власти Казахстана', 'Қазақстан билік органдары'),
    },
    { code: 'other', labels: OTHER },
    { code: 'unknown', labels: UNKNOWN },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* Places (HURIDOCS "Geographical terms", country → region → prefecture → county)              */
/* ------------------------------------------------------------------------------------------ */

const place: DefaultVocabulary = {
  key: 'place',
  labels: l('Places', 'Места', 'Жерлер'),
  hierarchical: true,
  terms: [
    { code: 'china', labels: l('China', 'Китай', 'Қытай') },
    {
      code: 'xinjiang',
      parent: 'china',
      labels: l(
        'Xinjiang Uyghur Autonomous Region',
        'Синьцзян-Уйгурский автономный район',
        'Шыңжаң Ұйғыр автономиялық ауданы',
      ),
    },
    {
      code: 'ili',
      parent: 'xinjiang',
      labels: l(
        'Ili Kazakh Autonomous Prefecture',
        'Или-Казахский автономный округ',
        'Іле Қазақ автономиялық облысы',
      ),
      description: l(
        'Also administers the Altay and Tacheng prefectures.',
        'В его состав входят также округа Алтай и Тачэн.',
        'Құрамына Алтай және Тарбағатай аймақтары да кіреді.',
      ),
    },
    { code: 'ghulja_city', parent: 'ili', labels: l('Ghulja (Yining) city', 'Кульджа (Инин)', 'Құлжа қаласы') },
    {
      code: 'ghulja_county',
      parent: 'ili',
      labels: l('Ghulja (Yining) County', 'Кульджинский (Ининский) уезд', 'Құлжа ауданы'),
    },
    {
      code: 'chapchal',
      parent: 'ili',
      labels: l(
        'Chapchal (Qapqal) Xibe Autonomous County',
        'Чапчал-Сибоский автономный уезд',
        'Шапшал Шибе автономиялық ауданы',
      ),
    },
    { code: 'nilka', parent: 'ili', labels: l('Nilka County', 'Уезд Нилка', 'Нылқы ауданы') },
    { code: 'tekes', parent: 'ili', labels: l('Tekes County', 'Уезд Текес', 'Текес ауданы') },
    {
      code: 'kunes',
      parent: 'ili',
      labels: l('Künes (Xinyuan) County', 'Уезд Кюнес (Синьюань)', 'Күнес ауданы'),
    },
    {
      code: 'mongolkure',
      parent: 'ili',
      labels: l('Mongolküre (Zhaosu) County', 'Уезд Монголкуре (Чжаосу)', 'Моңғолкүре ауданы'),
    },
    {
      code: 'tokkuztara',
      parent: 'ili',
      labels: l('Toqquztara (Gongliu) County', 'Уезд Токкузтара (Гунлю)', 'Тоғызтарау ауданы'),
    },
    {
      code: 'khorgos_county',
      parent: 'ili',
      labels: l('Khorgos (Huocheng) County', 'Уезд Хочэн (Хоргос)', 'Қорғас ауданы'),
    },
    {
      code: 'altay',
      parent: 'ili',
      labels: l('Altay Prefecture', 'Алтайский округ', 'Алтай аймағы'),
    },
    {
      code: 'tacheng',
      parent: 'ili',
      labels: l('Tacheng (Tarbagatay) Prefecture', 'Округ Тачэн (Тарбагатай)', 'Тарбағатай аймағы'),
    },
    { code: 'urumqi', parent: 'xinjiang', labels: l('Ürümqi', 'Урумчи', 'Үрімжі') },
    { code: 'karamay', parent: 'xinjiang', labels: l('Karamay', 'Карамай', 'Қарамай') },
    {
      code: 'changji',
      parent: 'xinjiang',
      labels: l(
        'Changji Hui Autonomous Prefecture',
        'Чанцзи-Хуэйский автономный округ',
        'Санжы Дүңген автономиялық облысы',
      ),
    },
    {
      code: 'bortala',
      parent: 'xinjiang',
      labels: l(
        'Bortala Mongol Autonomous Prefecture',
        'Боро-Тала-Монгольский автономный округ',
        'Бортала Моңғол автономиялық облысы',
      ),
    },
    { code: 'kashgar', parent: 'xinjiang', labels: l('Kashgar Prefecture', 'Кашгарский округ', 'Қашқар аймағы') },
    { code: 'hotan', parent: 'xinjiang', labels: l('Hotan Prefecture', 'Хотанский округ', 'Хотан аймағы') },
    { code: 'aksu', parent: 'xinjiang', labels: l('Aksu Prefecture', 'Округ Аксу', 'Ақсу аймағы') },
    { code: 'turpan', parent: 'xinjiang', labels: l('Turpan', 'Турфан', 'Тұрпан') },
    { code: 'hami', parent: 'xinjiang', labels: l('Hami (Kumul)', 'Хами (Кумул)', 'Құмыл') },
    {
      code: 'kizilsu',
      parent: 'xinjiang',
      labels: l(
        'Kizilsu Kyrgyz Autonomous Prefecture',
        'Кызылсу-Киргизский автономный округ',
        'Қызылсу Қырғыз автономиялық облысы',
      ),
    },
    {
      code: 'bayingolin',
      parent: 'xinjiang',
      labels: l(
        'Bayingolin Mongol Autonomous Prefecture',
        'Баян-Гол-Монгольский автономный округ',
        'Баянғол Моңғол автономиялық облысы',
      ),
    },
    {
      code: 'china_other',
      parent: 'china',
      labels: l('Elsewhere in China', 'Другие регионы Китая', 'Қытайдың басқа өңірлері'),
    },

    { code: 'kazakhstan', labels: l('Kazakhstan', 'Казахстан', 'Қазақстан') },
    { code: 'almaty', parent: 'kazakhstan', labels: l('Almaty (city)', 'Алматы', 'Алматы қаласы') },
    { code: 'astana', parent: 'kazakhstan', labels: l('Astana', 'Астана', 'Астана қаласы') },
    { code: 'shymkent', parent: 'kazakhstan', labels: l('Shymkent', 'Шымкент', 'Шымкент қаласы') },
    { code: 'almaty_region', parent: 'kazakhstan', labels: l('Almaty Region', 'Алматинская область', 'Алматы облысы') },
    { code: 'zhetysu_region', parent: 'kazakhstan', labels: l('Zhetysu Region', 'Область Жетісу', 'Жетісу облысы') },
    { code: 'abai_region', parent: 'kazakhstan', labels: l('Abai Region', 'Область Абай', 'Абай облысы') },
    {
      code: 'east_kazakhstan_region',
      parent: 'kazakhstan',
      labels: l('East Kazakhstan Region', 'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы'),
    },
    {
      code: 'kazakhstan_other',
      parent: 'kazakhstan',
      labels: l('Elsewhere in Kazakhstan', 'Другие регионы Казахстана', 'Қазақстанның басқа өңірлері'),
    },

    { code: 'other_country', labels: l('Other country', 'Другая страна', 'Басқа ел') },
    { code: 'unknown', labels: UNKNOWN },
  ],
};

/** Every default vocabulary, one per key of VOCABULARY_KEYS, in that order. */
export const DEFAULT_VOCABULARIES: readonly DefaultVocabulary[] = [
  incidentType,
  detentionType,
  whereabouts,
  facilityKind,
  relationship,
  ethnicity,
  sourceConnection,
  reliability,
  personRole,
  agency,
  place,
];
