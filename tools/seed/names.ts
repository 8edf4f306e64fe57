import type { RecordInput } from '../../src/shared/domain/records';
import type { Rng } from './rng';
import {
  memo,
  kazakhToLatin2021,
  kazakhToPassportLatin,
  russianToLatin,
  russifyKazakh,
  russifyUyghur,
  uyghurLatin,
  uyghurToArabic,
  uyghurToCyrillic,
  uyghurToPlainLatin,
} from './translit';
import type { EthnicityCode, Lang, Sex } from './types';

/**
 * Name pools and the naming customs of the people in the testimonies:
 * - Kazakhs: given name + father's name with -ұлы / -қызы ("son / daughter of"); in China the
 *   ID card reads given·father in Chinese characters; in Kazakhstan, paperwork often turns the
 *   father's name into a Russian-style surname (Билашев) and adds -ович/-овна forms.
 * - Uyghurs: given name + father's given name, no surname; written in Arabic script at home,
 *   in Cyrillic by Uyghurs of Kazakhstan, in Latin (ULY) or plain Latin in reports.
 * - Han and Hui: surname + given name, in characters, pinyin and Russian (Palladius) spelling.
 * Fathers' names are passed down, so siblings share a patronymic and a child's patronymic is
 * the parent's given name: duplicate detection can use that, as a reviewer would.
 */

export type PersonNameInput = NonNullable<RecordInput<'person'>['names']>[number];

/** A Kazakh given name in Cyrillic and as a Chinese ID card transcribes it. */
interface KazakhGiven {
  cyr: string;
  han: string;
}

/** A Uyghur given name in ULY (see translit.ts) and as a Chinese ID card transcribes it. */
interface UyghurGiven {
  uly: string;
  han: string;
}

const kz = (cyr: string, han: string): KazakhGiven => ({ cyr, han });
const ug = (uly: string, han: string): UyghurGiven => ({ uly, han });

const KAZAKH_MALE: readonly KazakhGiven[] = [
  kz('Ерлан', '叶尔兰'), kz('Нұрлан', '努尔兰'), kz('Серік', '赛力克'), kz('Асқар', '阿斯卡尔'),
  kz('Бауыржан', '包尔江'), kz('Ержан', '叶尔江'), kz('Қайрат', '凯拉特'), kz('Марат', '马拉特'),
  kz('Мұрат', '木拉提'), kz('Серікжан', '赛力克江'), kz('Бақытжан', '巴合提江'), kz('Ақылбек', '阿合力别克'),
  kz('Нұрбол', '努尔波力'), kz('Дәулет', '达吾列提'), kz('Жанболат', '加恩波拉提'), kz('Қуаныш', '宽尼西'),
  kz('Ғалымжан', '哈力木江'), kz('Оралбек', '沃拉勒别克'), kz('Талғат', '塔力哈提'), kz('Ермек', '叶尔麦克'),
  kz('Бекзат', '别克扎提'), kz('Мақсат', '玛合沙提'), kz('Сұлтан', '苏力坦'), kz('Ахметжан', '艾合买提江'),
  kz('Жақсылық', '加克斯勒克'), kz('Рахат', '热哈提'), kz('Қанат', '卡那提'), kz('Өмірбек', '吾木尔别克'),
  kz('Айдос', '艾多斯'), kz('Төлеген', '托列根'), kz('Қалибек', '卡力别克'), kz('Болат', '波拉提'),
  kz('Ерболат', '叶尔波拉提'), kz('Арман', '阿尔曼'), kz('Дархан', '达尔汗'), kz('Бейбіт', '别依别提'),
  kz('Мейрам', '麦依拉木'), kz('Ислам', '依斯拉木'), kz('Жарқын', '加尔肯'), kz('Асхат', '阿斯哈提'),
  kz('Қадыр', '卡得尔'), kz('Нұржан', '努尔江'), kz('Самат', '沙马提'), kz('Әділбек', '阿迪力别克'),
];

const KAZAKH_FEMALE: readonly KazakhGiven[] = [
  kz('Айгүл', '阿依古丽'), kz('Гүлнар', '古丽娜尔'), kz('Жанар', '加娜尔'), kz('Ақмарал', '阿克玛拉勒'),
  kz('Сәуле', '萨吾列'), kz('Гүлбану', '古丽巴努'), kz('Назгүл', '娜孜古丽'), kz('Әйгерім', '阿依格尔木'),
  kz('Динара', '迪娜拉'), kz('Айжан', '阿依江'), kz('Қаламқас', '卡拉木卡斯'), kz('Мейрамгүл', '麦依拉木古丽'),
  kz('Салтанат', '沙勒塔那提'), kz('Гүлжан', '古丽江'), kz('Бақытгүл', '巴合提古丽'), kz('Зәуре', '扎吾热'),
  kz('Ботагөз', '波塔古孜'), kz('Ұлжан', '吾丽江'), kz('Раушан', '热吾汗'), kz('Күләш', '库拉西'),
  kz('Шынар', '西娜尔'), kz('Алтынай', '阿勒腾阿依'), kz('Нұргүл', '努尔古丽'), kz('Маржан', '玛尔江'),
  kz('Перизат', '佩丽扎提'), kz('Гүлмира', '古丽米拉'), kz('Әсел', '阿赛勒'), kz('Мөлдір', '木勒德尔'),
  kz('Ләззат', '拉扎提'), kz('Шолпан', '绍勒潘'), kz('Аружан', '阿茹江'), kz('Гүлсім', '古丽斯木'),
];

/** Older men's names: fathers and grandfathers of the people detained. */
const KAZAKH_ELDER: readonly KazakhGiven[] = [
  kz('Біләш', '比拉什'), kz('Сәрсен', '沙尔森'), kz('Төлеу', '吐列吾'), kz('Қасым', '卡斯木'),
  kz('Мұхамет', '木哈买提'), kz('Жұмабай', '居马拜'), kz('Омар', '吾马尔'), kz('Ахмет', '阿合买提'),
  kz('Оспан', '吾斯潘'), kz('Рахым', '热合木'), kz('Тоқтар', '托克塔尔'), kz('Жақып', '加克普'),
  kz('Ыбырай', '依布拉音'), kz('Нұрғали', '努尔哈力'), kz('Мәулен', '马吾连'), kz('Құрманбек', '库尔曼别克'),
  kz('Сейітқали', '赛依提哈力'), kz('Әбдікәрім', '阿不都克里木'), kz('Қали', '卡力'), kz('Серікбай', '赛力克拜'),
];

const UYGHUR_MALE: readonly UyghurGiven[] = [
  ug('Tursun', '吐尔逊'), ug('Abduweli', '阿不都外力'), ug('Mehmet', '买买提'), ug('Ilham', '伊力哈木'),
  ug('Ablimit', '阿不力米提'), ug('Abdurehim', '阿不都热依木'), ug('Memtimin', '买买提明'), ug('Nurmemet', '努尔买买提'),
  ug('Erkin', '艾尔肯'), ug('Qurban', '库尔班'), ug('Yusup', '玉苏甫'), ug('Ekber', '艾克拜尔'),
  ug('Rozi', '肉孜'), ug('Abdusalam', '阿不都沙拉木'), ug('Obul', '吾布力'), ug('Ghopur', '吾甫尔'),
  ug('Tahir', '塔依尔'), ug('Perhat', '帕尔哈提'), ug('Dilmurat', '迪力木拉提'), ug('Alim', '阿里木'),
  ug('Muxter', '木合塔尔'), ug('Ekrem', '艾克然木'), ug('Mutellip', '木台力甫'), ug('Hesen', '艾山'),
  ug('Eziz', '艾则孜'), ug('Yasin', '亚森'), ug('Adil', '阿迪力'), ug('Ablet', '阿不来提'),
  ug('Kérim', '克热木'), ug('Sadir', '沙迪尔'), ug('Toxti', '托合提'), ug('Nurlan', '努尔兰'),
];

const UYGHUR_FEMALE: readonly UyghurGiven[] = [
  ug('Gülnar', '古丽娜尔'), ug('Mihrigül', '米日古丽'), ug('Ayshem', '阿依先木'), ug('Patigül', '帕提古丽'),
  ug('Aynur', '阿依努尔'), ug('Gülbahar', '古丽巴哈尔'), ug('Zulpiye', '祖丽皮亚'), ug('Rahile', '热依拉'),
  ug('Mahire', '玛依热'), ug('Nurgül', '努尔古丽'), ug('Dilnur', '迪丽努尔'), ug('Zöhre', '祖合热'),
  ug("Rizwan'gül", '热孜宛古丽'), ug('Hebibe', '艾比拜'), ug('Sajide', '沙吉旦'), ug('Gülshen', '古丽仙'),
  ug('Ayjamal', '阿依加玛丽'), ug('Tajigül', '塔吉古丽'), ug('Mewlude', '买吾拉旦'), ug('Risalet', '热沙来提'),
  ug('Buhejer', '布海加尔'), ug('Meryem', '麦尔耶姆'), ug('Aygül', '阿依古丽'), ug('Saniye', '萨尼亚'),
];

const UYGHUR_ELDER: readonly UyghurGiven[] = [
  ug('Abdulla', '阿不都拉'), ug('Qadir', '卡德尔'), ug('Niyaz', '尼亚孜'), ug('Rozaxun', '肉孜阿洪'),
  ug('Tursunniyaz', '吐尔逊尼亚孜'), ug('Hoshur', '吾休尔'), ug('Ismayil', '依斯马伊力'), ug('Osman', '吾斯曼'),
  ug('Sawut', '沙吾提'), ug('Imin', '依明'), ug('Metniyaz', '买提尼亚孜'), ug('Qasim', '卡斯木'),
];

const KAZAKH_MALE_ELDER = [...KAZAKH_MALE, ...KAZAKH_ELDER];
const UYGHUR_MALE_ELDER = [...UYGHUR_MALE, ...UYGHUR_ELDER];

/** A syllable of a Chinese name in characters, pinyin, Russian (Palladius) and Uyghur spelling. */
interface HanSyllable {
  han: string;
  pinyin: string;
  cyr: string;
  arab: string;
}

const hs = (han: string, pinyin: string, cyr: string, arab: string): HanSyllable => ({ han, pinyin, cyr, arab });

const HAN_SURNAMES: readonly HanSyllable[] = [
  hs('王', 'Wang', 'Ван', 'ۋاڭ'), hs('李', 'Li', 'Ли', 'لى'), hs('张', 'Zhang', 'Чжан', 'جاڭ'),
  hs('刘', 'Liu', 'Лю', 'ليۇ'), hs('陈', 'Chen', 'Чэнь', 'چېن'), hs('杨', 'Yang', 'Ян', 'ياڭ'),
  hs('赵', 'Zhao', 'Чжао', 'جاۋ'), hs('黄', 'Huang', 'Хуан', 'خۇاڭ'), hs('周', 'Zhou', 'Чжоу', 'جۇ'),
  hs('吴', 'Wu', 'У', 'ۋۇ'), hs('徐', 'Xu', 'Сюй', 'شۈ'), hs('孙', 'Sun', 'Сунь', 'سۇن'),
  hs('朱', 'Zhu', 'Чжу', 'جۇ'), hs('胡', 'Hu', 'Ху', 'خۇ'), hs('郭', 'Guo', 'Го', 'گو'),
  hs('何', 'He', 'Хэ', 'خې'), hs('高', 'Gao', 'Гао', 'گاۋ'), hs('林', 'Lin', 'Линь', 'لىن'),
  hs('罗', 'Luo', 'Ло', 'لو'), hs('马', 'Ma', 'Ма', 'ما'),
];

const HAN_GIVEN: readonly HanSyllable[] = [
  hs('建', 'jian', 'цзянь', 'جيەن'), hs('国', 'guo', 'го', 'گو'), hs('伟', 'wei', 'вэй', 'ۋېي'),
  hs('军', 'jun', 'цзюнь', 'جۈن'), hs('明', 'ming', 'мин', 'مىڭ'), hs('华', 'hua', 'хуа', 'خۇا'),
  hs('平', 'ping', 'пин', 'پىڭ'), hs('强', 'qiang', 'цян', 'چياڭ'), hs('勇', 'yong', 'юн', 'يوڭ'),
  hs('红', 'hong', 'хун', 'خوڭ'), hs('丽', 'li', 'ли', 'لى'), hs('芳', 'fang', 'фан', 'فاڭ'),
  hs('静', 'jing', 'цзин', 'جىڭ'), hs('海', 'hai', 'хай', 'خەي'), hs('波', 'bo', 'бо', 'بو'),
  hs('涛', 'tao', 'тао', 'تاۋ'), hs('斌', 'bin', 'бинь', 'بىن'), hs('磊', 'lei', 'лэй', 'لېي'),
  hs('鹏', 'peng', 'пэн', 'پېڭ'), hs('辉', 'hui', 'хуэй', 'خۇي'), hs('杰', 'jie', 'цзе', 'جيې'),
  hs('霞', 'xia', 'ся', 'شيا'), hs('燕', 'yan', 'янь', 'يەن'), hs('新', 'xin', 'синь', 'شىن'),
  hs('志', 'zhi', 'чжи', 'جى'), hs('东', 'dong', 'дун', 'دوڭ'), hs('成', 'cheng', 'чэн', 'چېڭ'),
  hs('文', 'wen', 'вэнь', 'ۋېن'), hs('玉', 'yu', 'юй', 'يۈ'), hs('庆', 'qing', 'цин', 'چىڭ'),
];

const RUSSIAN_MALE = ['Сергей', 'Андрей', 'Алексей', 'Дмитрий', 'Игорь', 'Виктор', 'Олег', 'Павел', 'Николай', 'Михаил'] as const;
const RUSSIAN_FEMALE = ['Елена', 'Ольга', 'Наталья', 'Ирина', 'Татьяна', 'Светлана', 'Людмила', 'Анна', 'Марина', 'Юлия'] as const;
/** Russian patronymics are irregular enough to list: [male, female]. */
const RUSSIAN_PATRONYMICS: readonly (readonly [string, string])[] = [
  ['Сергеевич', 'Сергеевна'], ['Андреевич', 'Андреевна'], ['Петрович', 'Петровна'], ['Иванович', 'Ивановна'],
  ['Николаевич', 'Николаевна'], ['Михайлович', 'Михайловна'], ['Викторович', 'Викторовна'], ['Александрович', 'Александровна'],
];
const RUSSIAN_SURNAMES = ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Лебедев', 'Новиков', 'Морозов', 'Волков', 'Ким', 'Пак', 'Цой'] as const;

/** The father a name was formed from: a given name of the same people. */
export type FatherName = { people: 'kazakh'; given: KazakhGiven } | { people: 'uyghur'; given: UyghurGiven } | null;

export interface GeneratedName {
  ethnicity: EthnicityCode;
  sex: Sex;
  /** How running text in each language names the person: in full, and the given name alone. */
  full: Record<Lang, string>;
  short: Record<Lang, string>;
  /** This person as someone's father, for a child's patronymic. */
  asFather: FatherName;
  /** Every spelling the record keeps, the first being the main name. */
  names: PersonNameInput[];
  /** How the person's papers in Kazakhstan would read: surname first, Russian style. */
  kazakhstanForm: string;
}

/** Kazakh Cyrillic to a rough ULY, so a Kazakh name can be written in Arabic script (töte). */
const kazakhToUly = memo(function kazakhToUly(cyr: string): string {
  const map: Record<string, string> = {
    а: 'a', ә: 'e', б: 'b', в: 'w', г: 'g', ғ: 'gh', д: 'd', е: 'e', ж: 'j', з: 'z', и: 'i', й: 'y',
    к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ng', о: 'o', ө: 'ö', п: 'p', р: 'r', с: 's', т: 't',
    у: 'u', ұ: 'u', ү: 'ü', ф: 'f', х: 'x', һ: 'h', ы: 'i', і: 'i', ш: 'sh', ч: 'ch', ю: 'yu', я: 'ya',
    э: 'e', ц: 's', ь: '', ъ: '',
  };
  const lower = cyr.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i += 1) {
    const ch = lower.charAt(i);
    const next = lower.charAt(i + 1);
    const mapped = map[ch] ?? ch;
    // n + g written apart must not read as the letter ng; s/z/g + h likewise.
    out += (ch === 'н' && next === 'г') || ((ch === 'с' || ch === 'з' || ch === 'г') && next === 'һ') ? `${mapped}'` : mapped;
  }
  return out;
});

/** The Russian-style surname Kazakhstan paperwork forms from a father's name: Билаш -> Билашев. */
function russianSurname(fatherRussified: string, sex: Sex): string {
  let stem = fatherRussified;
  let suffix = 'ов';
  if (/[жшчщцй]$/.test(stem)) suffix = 'ев';
  if (stem.endsWith('й')) stem = stem.slice(0, -1);
  else if (/[иуеы]$/.test(stem)) suffix = 'ев';
  else if (stem.endsWith('а')) stem = stem.slice(0, -1);
  return `${stem}${suffix}${sex === 'female' ? 'а' : ''}`;
}

const KAZAKH_VOWELS = /[аәеиоөұүыіэюя]/;

/** A Kazakh man's familiar short form: first syllable + -ке (Ерлан -> Ерке, Нұрлан -> Нұрке). */
function kazakhDiminutive(given: string, sex: Sex): string {
  if (sex === 'female') return given.endsWith('жан') ? given : `${given}жан`;
  const lower = given.toLowerCase();
  let i = 0;
  while (i < lower.length && !KAZAKH_VOWELS.test(lower.charAt(i))) i += 1;
  while (i < lower.length && KAZAKH_VOWELS.test(lower.charAt(i))) i += 1;
  return `${given.slice(0, Math.min(i + 1, given.length))}ке`;
}

function kazakhName(rng: Rng, sex: Sex, father: KazakhGiven, ethnicity: 'kazakh' | 'kyrgyz', elder: boolean): GeneratedName {
  const pool = sex === 'male' ? (elder ? KAZAKH_MALE_ELDER : KAZAKH_MALE) : KAZAKH_FEMALE;
  const given = rng.pick(pool);
  const patronymic =
    ethnicity === 'kyrgyz'
      ? `${father.cyr} ${sex === 'male' ? 'уулу' : 'кызы'}`
      : `${father.cyr}${sex === 'male' ? 'ұлы' : 'қызы'}`;
  const fullKk = `${given.cyr} ${patronymic}`;
  const fullRu = russifyKazakh(fullKk);
  const fullEn = kazakhToPassportLatin(fullKk);
  const fullUg = uyghurToArabic(kazakhToUly(fullKk));
  const kazakhstanForm = `${russianSurname(russifyKazakh(father.cyr), sex)} ${russifyKazakh(given.cyr)}`;
  const names: PersonNameInput[] = [
    { value: fullKk, script: 'Cyrl', language: ethnicity === 'kyrgyz' ? 'ky' : 'kk', kind: 'name' },
    { value: fullEn, script: 'Latn', language: 'kk-Latn', kind: 'transliteration' },
  ];
  if (rng.chance(0.3)) names.push({ value: kazakhToLatin2021(fullKk), script: 'Latn', language: 'kk-Latn', kind: 'transliteration' });
  if (rng.chance(0.6)) names.push({ value: `${given.han}·${father.han}`, script: 'Hans', language: 'zh-Hans', kind: 'transliteration' });
  if (rng.chance(0.3)) names.push({ value: kazakhstanForm, script: 'Cyrl', language: 'ru', kind: 'alias' });
  if (rng.chance(0.15)) names.push({ value: fullUg, script: 'Arab', language: 'kk-Arab', kind: 'transliteration' });
  if (rng.chance(0.15)) names.push({ value: kazakhDiminutive(given.cyr, sex), script: 'Cyrl', language: 'kk', kind: 'alias' });
  return {
    ethnicity,
    sex,
    full: { kk: fullKk, ru: fullRu, en: fullEn, ug: fullUg },
    short: {
      kk: given.cyr,
      ru: russifyKazakh(given.cyr),
      en: kazakhToPassportLatin(given.cyr),
      ug: uyghurToArabic(kazakhToUly(given.cyr)),
    },
    asFather: sex === 'male' ? { people: 'kazakh', given } : null,
    names,
    kazakhstanForm,
  };
}

function uyghurName(rng: Rng, sex: Sex, father: UyghurGiven, ethnicity: 'uyghur' | 'uzbek', elder: boolean): GeneratedName {
  const pool = sex === 'male' ? (elder ? UYGHUR_MALE_ELDER : UYGHUR_MALE) : UYGHUR_FEMALE;
  const given = rng.pick(pool);
  const uly = `${given.uly} ${father.uly}`;
  const cyr = uyghurToCyrillic(uly);
  const ruGiven = russifyUyghur(uyghurToCyrillic(given.uly));
  const kazakhstanForm = `${russianSurname(russifyUyghur(uyghurToCyrillic(father.uly)), sex)} ${ruGiven}`;
  const names: PersonNameInput[] = [
    { value: uyghurToArabic(uly), script: 'Arab', language: 'ug', kind: 'name' },
    { value: uyghurLatin(uly), script: 'Latn', language: 'ug-Latn', kind: 'transliteration' },
    { value: cyr, script: 'Cyrl', language: 'ug-Cyrl', kind: 'transliteration' },
  ];
  if (rng.chance(0.5)) names.push({ value: `${given.han}·${father.han}`, script: 'Hans', language: 'zh-Hans', kind: 'transliteration' });
  if (rng.chance(0.3)) names.push({ value: kazakhstanForm, script: 'Cyrl', language: 'ru', kind: 'alias' });
  if (rng.chance(0.15)) {
    // Affectionate -jan (both sexes) or -xan (women): how family and neighbours call someone.
    const suffix = sex === 'female' && rng.chance(0.5) ? 'xan' : 'jan';
    names.push({ value: uyghurToArabic(`${given.uly}${suffix}`), script: 'Arab', language: 'ug', kind: 'alias' });
  }
  return {
    ethnicity,
    sex,
    full: { ug: uyghurToArabic(uly), kk: cyr, ru: russifyUyghur(cyr), en: uyghurToPlainLatin(uly) },
    short: {
      ug: uyghurToArabic(given.uly),
      kk: uyghurToCyrillic(given.uly),
      ru: ruGiven,
      en: uyghurToPlainLatin(given.uly),
    },
    asFather: sex === 'male' ? { people: 'uyghur', given } : null,
    names,
    kazakhstanForm,
  };
}

function hanName(rng: Rng, sex: Sex, ethnicity: 'han' | 'hui'): GeneratedName {
  // Ma is by far the commonest Hui surname; the pool's other surnames are shared with Han.
  const surname = ethnicity === 'hui' && rng.chance(0.5) ? (HAN_SURNAMES[HAN_SURNAMES.length - 1] as HanSyllable) : rng.pick(HAN_SURNAMES);
  const given = rng.sample(HAN_GIVEN, rng.chance(0.7) ? 2 : 1);
  const han = surname.han + given.map((g) => g.han).join('');
  const givenPinyin = given.map((g) => g.pinyin).join('');
  const pinyin = `${surname.pinyin} ${givenPinyin.charAt(0).toUpperCase()}${givenPinyin.slice(1)}`;
  const givenCyr = given.map((g) => g.cyr).join('');
  const cyr = `${surname.cyr} ${givenCyr.charAt(0).toUpperCase()}${givenCyr.slice(1)}`;
  const arab = `${surname.arab} ${given.map((g) => g.arab).join('')}`;
  const names: PersonNameInput[] = [
    { value: han, script: 'Hans', language: 'zh-Hans', kind: 'name' },
    { value: pinyin, script: 'Latn', language: 'zh-Latn', kind: 'transliteration' },
  ];
  if (rng.chance(0.4)) names.push({ value: cyr, script: 'Cyrl', language: 'ru', kind: 'transliteration' });
  if (rng.chance(0.2)) names.push({ value: arab, script: 'Arab', language: 'ug', kind: 'transliteration' });
  return {
    ethnicity,
    sex,
    full: { en: pinyin, ru: cyr, kk: cyr, ug: arab },
    // Chinese names are said in full: a surname alone would not be how relatives speak of someone.
    short: { en: pinyin, ru: cyr, kk: cyr, ug: arab },
    asFather: null,
    names,
    kazakhstanForm: cyr,
  };
}

function russianName(rng: Rng, sex: Sex): GeneratedName {
  const given = rng.pick(sex === 'male' ? RUSSIAN_MALE : RUSSIAN_FEMALE);
  const surnameMale = rng.pick(RUSSIAN_SURNAMES);
  // Korean surnames of Kazakhstan (Ким, Пак, Цой) do not take the feminine -а.
  const surname = sex === 'female' && surnameMale.endsWith('ов') ? `${surnameMale}а` : surnameMale;
  const patronymic = rng.pick(RUSSIAN_PATRONYMICS)[sex === 'male' ? 0 : 1];
  const official = `${surname} ${given} ${patronymic}`;
  const names: PersonNameInput[] = [
    { value: official, script: 'Cyrl', language: 'ru', kind: 'name' },
    { value: russianToLatin(`${given} ${surname}`), script: 'Latn', language: 'ru-Latn', kind: 'transliteration' },
  ];
  return {
    ethnicity: 'other',
    sex,
    full: { ru: `${given} ${surname}`, kk: `${given} ${surname}`, en: russianToLatin(`${given} ${surname}`), ug: `${given} ${surname}` },
    short: { ru: given, kk: given, en: russianToLatin(given), ug: given },
    asFather: null,
    names,
    kazakhstanForm: official,
  };
}

export interface NameRequest {
  ethnicity: EthnicityCode;
  sex: Sex;
  /** The father's given name, so siblings share a patronymic; drawn at random if absent. */
  father?: FatherName;
  /** Born before about 1960: older names are likelier. */
  elder?: boolean;
}

/** A person's names in every form the record and the testimonies need. */
export function makeName(rng: Rng, request: NameRequest): GeneratedName {
  const { ethnicity, sex } = request;
  const elder = request.elder ?? false;
  switch (ethnicity) {
    case 'kazakh':
    case 'kyrgyz': {
      const father = request.father?.people === 'kazakh' ? request.father.given : rng.pick(rng.chance(0.5) ? KAZAKH_ELDER : KAZAKH_MALE);
      return kazakhName(rng, sex, father, ethnicity, elder);
    }
    case 'uyghur':
    case 'uzbek': {
      const father = request.father?.people === 'uyghur' ? request.father.given : rng.pick(rng.chance(0.5) ? UYGHUR_ELDER : UYGHUR_MALE);
      return uyghurName(rng, sex, father, ethnicity, elder);
    }
    case 'han':
    case 'hui':
      return hanName(rng, sex, ethnicity);
    case 'other':
      return russianName(rng, sex);
  }
}

/** A father for a set of siblings who need no record of their own. */
export function randomFather(rng: Rng, people: 'kazakh' | 'uyghur'): FatherName {
  return people === 'kazakh'
    ? { people, given: rng.pick(rng.chance(0.6) ? KAZAKH_ELDER : KAZAKH_MALE) }
    : { people, given: rng.pick(rng.chance(0.6) ? UYGHUR_ELDER : UYGHUR_MALE) };
}

/**
 * Staff of the documentation group (interviewers, translators, lawyers), named the way the team
 * signs transcripts: first name and initial. A small fixed cast, as in a real office.
 */
export function staffNames(rng: Rng, count: number): string[] {
  const out = new Set<string>();
  while (out.size < count) {
    const kind = rng.next();
    const sex: Sex = rng.chance(0.6) ? 'female' : 'male';
    const given =
      kind < 0.6
        ? russifyKazakh(rng.pick(sex === 'male' ? KAZAKH_MALE : KAZAKH_FEMALE).cyr)
        : kind < 0.8
          ? russifyUyghur(uyghurToCyrillic(rng.pick(sex === 'male' ? UYGHUR_MALE : UYGHUR_FEMALE).uly))
          : rng.pick(sex === 'male' ? RUSSIAN_MALE : RUSSIAN_FEMALE);
    const initial = rng.pick(['А', 'Б', 'Д', 'Е', 'Ж', 'К', 'М', 'Н', 'О', 'С', 'Т', 'У'] as const);
    out.add(`${given} ${initial}.`);
  }
  return [...out];
}
