import type { Messages } from './en';
import { adminKk } from './features/admin/kk';
import { fieldsKk } from './features/fields/kk';
import { backupKk } from './features/backup/kk';
import { restoreKk } from './features/restore/kk';
import { partnersKk } from './features/partners/kk';
import { exportKk } from './features/export/kk';
import { importKk } from './features/import/kk';
import { organisationsKk } from './features/organisations/kk';
import { recordsKk } from './features/records/kk';
import { testimonyKk } from './features/testimony/kk';
import { workspaceKk } from './features/workspace/kk';

// Kazakh has one plural form after numerals ("10 таңба"), so _one and _other read the same.
export const kk: Messages = {
  workspace: workspaceKk,
  records: recordsKk,
  organisations: organisationsKk,
  testimony: testimonyKk,
  admin: adminKk,
  fields: fieldsKk,
  partners: partnersKk,
  exportWizard: exportKk,
  importWizard: importKk,
  backup: backupKk,
  restore: restoreKk,
  app: {
    name: 'Casekeep',
    tagline: 'Шифрланған іс материалдары тек осы компьютерде сақталады',
  },
  language: {
    label: 'Тіл',
  },
  common: {
    showPassphrase: 'Құпиясөзді көрсету',
    passphrase: 'Құпиясөз',
    errorTitle: 'Мәселе туындады',
    shownOf: '{{total}} ішінен {{shown}} көрсетілген',
    showMore: 'Тағы {{n}} көрсету',
    loadingMore: 'Жүктелуде…',
  },
  startup: {
    title: 'Casekeep ашылуда',
    checking: 'Осы компьютерден қойма ізделуде…',
    failedTitle: 'Casekeep қойманы аша алмады',
    retry: 'Қайталау',
  },
  create: {
    title: 'Қойма жасаңыз',
    intro:
      'Сіз жазатын барлық мәлімет осы компьютердегі шифрланған қоймада сақталады. Оны тек құпиясөзбен немесе келесі қадамда көрсетілетін қалпына келтіру кілтімен ашуға болады. Құпиясөзді сіздің орныңызға ешкім қалпына келтіре алмайды.',
    passphrase: 'Құпиясөз',
    passphraseHint_one: 'Кемінде {{count}} таңба. Бір-бірімен байланыссыз бірнеше сөзді есте сақтау оңай, ал табу қиын.',
    passphraseHint_other: 'Кемінде {{count}} таңба. Бір-бірімен байланыссыз бірнеше сөзді есте сақтау оңай, ал табу қиын.',
    confirm: 'Құпиясөзді қайталаңыз',
    submit: 'Қойма жасау',
    submitting: 'Қойма жасалуда. Бұл бірнеше секундқа созылады…',
  },
  strength: {
    label: 'Беріктігі: {{level}}',
    level: {
      tooShort: 'тым қысқа',
      weak: 'әлсіз',
      fair: 'орташа',
      good: 'жақсы',
      strong: 'мықты',
    },
    advice: {
      tooShort: 'Жазуды жалғастырыңыз: құпиясөз әлі жеткілікті ұзын емес.',
      addWords: 'Тағы бір-екі сөз қосыңыз.',
      avoidRepeats: 'Бір таңбаны қайталай бермеңіз.',
      avoidSequences: '12345 немесе qwerty сияқты тізбектерден аулақ болыңыз.',
      avoidCommon: 'Бұл — көпке белгілі құпиясөз. Өзіңіз ойлап табыңыз.',
      fine: 'Ұзын әрі табуы қиын.',
    },
  },
  validation: {
    required: 'Құпиясөзді енгізіңіз.',
    tooShort_one: 'Кемінде {{count}} таңба қажет.',
    tooShort_other: 'Кемінде {{count}} таңба қажет.',
    tooLong: 'Тым ұзын.',
    mismatch: 'Екі құпиясөз бірдей емес.',
    recoveryKeyRequired: 'Қалпына келтіру кілтін енгізіңіз.',
  },
  recoveryKey: {
    title: 'Қалпына келтіру кілтін жазып алыңыз',
    intro: 'Құпиясөзді ұмытып қалсаңыз, қойманы тек осы кілтпен ашуға болады. Ол бір-ақ рет көрсетіледі.',
    keyLabel: 'Қалпына келтіру кілті',
    advice:
      'Оны қағазға жазып, осы компьютерден бөлек, қауіпсіз жерде сақтаңыз. Суретке түсірмеңіз, хабарламамен жібермеңіз және осы құрылғыда сақтамаңыз.',
    acknowledge: 'Қалпына келтіру кілтін жазып алдым',
    continue: 'Жалғастыру',
  },
  unlock: {
    title: 'Қойманың құлпын ашыңыз',
    passphrase: 'Құпиясөз',
    submit: 'Құлпын ашу',
    submitting: 'Құлпы ашылуда. Бұл бірнеше секундқа созылады…',
    useRecoveryKey: 'Құпиясөзді ұмыттыңыз ба? Қалпына келтіру кілтін пайдаланыңыз',
    lockedBecause: {
      user: 'Қойма құлыпталған.',
      idle: 'Компьютер біраз уақыт пайдаланылмағандықтан, қойма құлыпталды.',
      'lock-screen': 'Экран құлыпталғандықтан, қойма құлыпталды.',
      suspend: 'Компьютер ұйқы режиміне өткендіктен, қойма құлыпталды.',
      shutdown: 'Компьютер сөніп жатқандықтан, қойма құлыпталды.',
    },
    corrupt:
      'Бұл қалтада қойма деректері бар, бірақ оларды ашатын файл (vault.json) жоқ немесе зақымдалған. Ештеңе өзгертілген жоқ. Ештеңені жоймаңыз: қойманы сақтық көшірмеден қалпына келтіріңіз.',
    damaged:
      'Қойма зақымдалған ({{pages}} беттер). Бұдан былай ештеңе сақталмайды. Қажеттісін көшіріп алып, қойманы сақтық көшірмеден қалпына келтіріңіз.',
  },
  recover: {
    title: 'Қойманы қалпына келтіру кілтімен ашу',
    intro: 'Жазып алған қалпына келтіру кілтін енгізіп, жаңа құпиясөз ойлап табыңыз. Ескі құпиясөз бұдан былай жарамайды.',
    recoveryKey: 'Қалпына келтіру кілті',
    recoveryKeyHint: 'Төрт әріп пен цифрдан тұратын топтар. Бос орындар, сызықшалар және кіші әріптердің маңызы жоқ.',
    newPassphrase: 'Жаңа құпиясөз',
    confirm: 'Жаңа құпиясөзді қайталаңыз',
    submit: 'Қойманы ашып, құпиясөз орнату',
    submitting: 'Қойма ашылуда. Бұл бірнеше секундқа созылады…',
    back: 'Құпиясөзбен ашуға оралу',
  },
  home: {
    title: 'Қойма ашық',
    body: 'Мұнда істер, адамдар және айғақтар көрсетіледі.',
    lock: 'Құлыптау',
    locking: 'Құлыпталуда…',
    lockHint: 'Компьютерден кеткен сайын қойманы құлыптап отырыңыз.',
  },
  errors: {
    WRONG_PASSPHRASE: 'Құпиясөз қате. Пернетақта тілін және Caps Lock пернесін тексеріп, қайта көріңіз.',
    WRONG_RECOVERY_KEY: 'Қалпына келтіру кілті қате. Төрт таңбадан тұратын әр топты тексеріңіз.',
    VAULT_LOCKED: 'Қойма құлыпталған. Алдымен оның құлпын ашыңыз.',
    VAULT_NOT_FOUND: 'Бұл компьютерде әлі қойма жоқ.',
    VAULT_EXISTS: 'Бұл компьютерде қойма бұрыннан бар.',
    VAULT_CORRUPT: 'Қойма зақымдалған, оны ашу мүмкін емес. Ештеңені жоймаңыз: оны сақтық көшірмеден қалпына келтіріңіз.',
    VAULT_TOO_NEW: 'Бұл қойма Casekeep-тің жаңарақ нұсқасында жасалған. Оны ашу үшін Casekeep-ті жаңартыңыз.',
    VALIDATION_FAILED: 'Кейбір өрістер дұрыс толтырылмаған.',
    UNKNOWN_METHOD: 'Casekeep бұл сұрауды танымады.',
    NOT_FOUND: 'Бұл жазба енді жоқ.',
    CONFLICT: 'Бұл дерек дәл осы уақытта басқа жерде өзгертілді. Жаңартып, қайта көріңіз.',
    FORBIDDEN: 'Бұл әрекетке рұқсат жоқ.',
    IO_FAILED: 'Casekeep өз файлдарын оқи не жаза алмады. Дискіні тексеріп, қайта көріңіз.',
    BUNDLE_INVALID: 'Файл бүлінген немесе жасалғаннан кейін өзгертілген. Одан ештеңе сақталмады. Жіберушіден жаңа көшірме сұраңыз.',
    BUNDLE_NOT_FOR_US: 'Бұл файл басқа алушы үшін шифрланған. Осы қойманың бірде-бір кілті оны ашпайды.',
    BUNDLE_TOO_NEW: 'Бұл файл Casekeep-тің жаңарақ нұсқасында жасалған. Оны ашу үшін Casekeep-ті жаңартыңыз.',
    BACKUP_INVALID: 'Сақтық көшірме толық емес немесе бүлінген. Одан ештеңе қалпына келтірілмеді. Басқа көшірмені қолданып көріңіз.',
    INTERNAL: 'Casekeep ішінде қате шықты. Бұл әрекет ештеңе сақтамады.',
  },
};
