/**
 * Uyghur in the Arabic script (UEY orthography), written right to left. The translation awaits a
 * native speaker's review: every string is keyed, in en.ts's order, so a reviewer can correct one
 * string at a time. Uyghur has one form after numerals ("10 ھەرپ"), so _one and _other read the same.
 */
import type { Messages } from './en';
import { adminUg } from './features/admin/ug';
import { fieldsUg } from './features/fields/ug';
import { backupUg } from './features/backup/ug';
import { restoreUg } from './features/restore/ug';
import { partnersUg } from './features/partners/ug';
import { exportUg } from './features/export/ug';
import { importUg } from './features/import/ug';
import { organisationsUg } from './features/organisations/ug';
import { recordsUg } from './features/records/ug';
import { testimonyUg } from './features/testimony/ug';
import { workspaceUg } from './features/workspace/ug';

export const ug: Messages = {
  workspace: workspaceUg,
  records: recordsUg,
  organisations: organisationsUg,
  testimony: testimonyUg,
  admin: adminUg,
  fields: fieldsUg,
  partners: partnersUg,
  exportWizard: exportUg,
  importWizard: importUg,
  backup: backupUg,
  restore: restoreUg,
  app: {
    name: 'Casekeep',
    tagline: 'شىفىرلانغان دېلو ھۆججەتلىرى، پەقەت مۇشۇ كومپيۇتېردىلا ساقلىنىدۇ',
  },
  language: {
    label: 'تىل',
  },
  common: {
    showPassphrase: 'مەخپىي ئىبارىنى كۆرسىتىش',
    passphrase: 'مەخپىي ئىبارە',
    errorTitle: 'مەسىلە بار',
    shownOf: '{{total}} نىڭ {{shown}} سى كۆرسىتىلدى',
    showMore: 'يەنە {{n}} نى كۆرسىتىش',
    loadingMore: 'يۈكلىنىۋاتىدۇ…',
  },
  startup: {
    title: 'Casekeep ئېچىلىۋاتىدۇ',
    checking: 'بۇ كومپيۇتېردىن ئامبار ئىزدەلىۋاتىدۇ…',
    failedTitle: 'Casekeep ئامبارنى ئاچالمىدى',
    retry: 'قايتا سىناش',
  },
  create: {
    title: 'ئامبار قۇرۇڭ',
    intro:
      'سىز خاتىرىلىگەن ھەممە نەرسە مۇشۇ كومپيۇتېردىكى شىفىرلانغان ئامباردا ساقلىنىدۇ. كېيىنكى قەدەمدە كۆرىدىغان ئەسلىگە كەلتۈرۈش ئاچقۇچىدىن باشقا، مەخپىي ئىبارە كىرىشنىڭ بىردىنبىر يولى. ئۇنى سىزنىڭ ئورنىڭىزدا ھېچكىم قايتا تەڭشىيەلمەيدۇ.',
    passphrase: 'مەخپىي ئىبارە',
    passphraseHint_one: 'كەم دېگەندە {{count}} ھەرپ. بىر-بىرىگە مۇناسىۋەتسىز بىر نەچچە سۆزنى ئېسىدە تۇتۇش ئاسان، تېپىش تەس.',
    passphraseHint_other: 'كەم دېگەندە {{count}} ھەرپ. بىر-بىرىگە مۇناسىۋەتسىز بىر نەچچە سۆزنى ئېسىدە تۇتۇش ئاسان، تېپىش تەس.',
    confirm: 'مەخپىي ئىبارىنى قايتا يېزىڭ',
    submit: 'ئامبار قۇرۇش',
    submitting: 'ئامبار قۇرۇلۇۋاتىدۇ. بۇ بىر نەچچە سېكۇنت ۋاقىت ئالىدۇ…',
  },
  strength: {
    label: 'مۇستەھكەملىكى: {{level}}',
    level: {
      tooShort: 'بەك قىسقا',
      weak: 'ئاجىز',
      fair: 'ئوتتۇراھال',
      good: 'ياخشى',
      strong: 'كۈچلۈك',
    },
    advice: {
      tooShort: 'يېزىشنى داۋاملاشتۇرۇڭ: مەخپىي ئىبارە تېخى يېتەرلىك ئۇزۇن ئەمەس.',
      addWords: 'يەنە بىر-ئىككى سۆز قوشۇڭ.',
      avoidRepeats: 'ئوخشاش ھەرپلەرنى تەكرارلىماڭ.',
      avoidSequences: '12345 ياكى qwerty غا ئوخشاش تىزمىلاردىن ساقلىنىڭ.',
      avoidCommon: 'بۇ كۆپچىلىككە مەلۇم پارول. ئۆزىڭىز ئويلاپ چىقىرىڭ.',
      fine: 'ئۇزۇن ۋە تېپىش تەس.',
    },
  },
  validation: {
    required: 'مەخپىي ئىبارىنى كىرگۈزۈڭ.',
    tooShort_one: 'كەم دېگەندە {{count}} ھەرپ ئىشلىتىڭ.',
    tooShort_other: 'كەم دېگەندە {{count}} ھەرپ ئىشلىتىڭ.',
    tooLong: 'بۇ بەك ئۇزۇن.',
    mismatch: 'ئىككى مەخپىي ئىبارە ئوخشاش ئەمەس.',
    recoveryKeyRequired: 'ئەسلىگە كەلتۈرۈش ئاچقۇچىنى كىرگۈزۈڭ.',
  },
  recoveryKey: {
    title: 'ئەسلىگە كەلتۈرۈش ئاچقۇچىنى يېزىۋېلىڭ',
    intro: 'ئەگەر مەخپىي ئىبارىنى ئۇنتۇپ قالسىڭىز، بۇ ئاچقۇچ ئامبارنى ئېچىشنىڭ بىردىنبىر يولى. ئۇ پەقەت مۇشۇ بىر قېتىملا كۆرسىتىلىدۇ.',
    keyLabel: 'ئەسلىگە كەلتۈرۈش ئاچقۇچى',
    advice:
      'ئۇنى قەغەزگە يېزىپ، بۇ كومپيۇتېردىن يىراق بىخەتەر جايدا ساقلاڭ. رەسىمگە تارتماڭ، ئۇچۇرغا كۆچۈرمەڭ ياكى بۇ ئۈسكۈنىدە ساقلىماڭ.',
    acknowledge: 'ئەسلىگە كەلتۈرۈش ئاچقۇچىنى يېزىۋالدىم',
    continue: 'داۋاملاشتۇرۇش',
  },
  unlock: {
    title: 'ئامبارنىڭ قۇلۇپىنى ئېچىڭ',
    passphrase: 'مەخپىي ئىبارە',
    submit: 'قۇلۇپنى ئېچىش',
    submitting: 'قۇلۇپ ئېچىلىۋاتىدۇ. بۇ بىر نەچچە سېكۇنت ۋاقىت ئالىدۇ…',
    useRecoveryKey: 'مەخپىي ئىبارىنى ئۇنتۇپ قالدىڭىزمۇ؟ ئەسلىگە كەلتۈرۈش ئاچقۇچىنى ئىشلىتىڭ',
    lockedBecause: {
      user: 'ئامبار قۇلۇپلانغان.',
      idle: 'كومپيۇتېر بىر مەزگىل ئىشلىتىلمىگەچكە ئامبار قۇلۇپلاندى.',
      'lock-screen': 'ئېكران قۇلۇپلانغاچقا ئامبار قۇلۇپلاندى.',
      suspend: 'كومپيۇتېر ئۇيقۇ ھالىتىگە ئۆتكەچكە ئامبار قۇلۇپلاندى.',
      shutdown: 'كومپيۇتېر ئۆچۈۋاتقاچقا ئامبار قۇلۇپلاندى.',
    },
    corrupt:
      'بۇ قىسقۇچتا ئامبار سانلىق مەلۇماتى بار، لېكىن ئۇنى ئاچىدىغان ھۆججەت (vault.json) يوق ياكى بۇزۇلغان. ھېچنېمە ئۆزگەرتىلمىدى. ھېچنېمىنى ئۆچۈرمەڭ: ئامبارنى زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈڭ.',
    damaged:
      'ئامبار بۇزۇلغان ({{pages}} بەتلەر). ئەمدى ھېچنېمە ساقلانمايدۇ. لازىملىقىنى كۆچۈرۈۋېلىپ، ئاندىن ئامبارنى زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈڭ.',
  },
  recover: {
    title: 'ئامبارنى ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن ئېچىش',
    intro: 'يېزىۋالغان ئەسلىگە كەلتۈرۈش ئاچقۇچىنى كىرگۈزۈپ، ئاندىن يېڭى مەخپىي ئىبارە تاللاڭ. كونا مەخپىي ئىبارە ئەمدى ئىشلىمەيدۇ.',
    recoveryKey: 'ئەسلىگە كەلتۈرۈش ئاچقۇچى',
    recoveryKeyHint: 'تۆت ھەرپ ۋە رەقەمدىن تۈزۈلگەن گۇرۇپپىلار. بوشلۇق، سىزىقچە ۋە كىچىك ھەرپلەرنىڭ ئەھمىيىتى يوق.',
    newPassphrase: 'يېڭى مەخپىي ئىبارە',
    confirm: 'يېڭى مەخپىي ئىبارىنى قايتا يېزىڭ',
    submit: 'ئامبارنى ئېچىپ مەخپىي ئىبارە بېكىتىش',
    submitting: 'ئامبار ئېچىلىۋاتىدۇ. بۇ بىر نەچچە سېكۇنت ۋاقىت ئالىدۇ…',
    back: 'مەخپىي ئىبارە بىلەن ئېچىشقا قايتىش',
  },
  home: {
    title: 'ئامبار ئوچۇق',
    body: 'دېلولار، كىشىلەر ۋە گۇۋاھلىقلار بۇ يەردە كۆرۈنىدۇ.',
    lock: 'قۇلۇپلاش',
    locking: 'قۇلۇپلىنىۋاتىدۇ…',
    lockHint: 'كومپيۇتېردىن ئايرىلغان ھەر قېتىمدا ئامبارنى قۇلۇپلاڭ.',
  },
  errors: {
    WRONG_PASSPHRASE: 'بۇ مەخپىي ئىبارە توغرا ئەمەس. كۇنۇپكا تاختىسىنىڭ تىلى ۋە Caps Lock نى تەكشۈرۈپ، قايتا سىناڭ.',
    WRONG_RECOVERY_KEY: 'بۇ ئەسلىگە كەلتۈرۈش ئاچقۇچى توغرا ئەمەس. تۆت ھەرپلىك ھەر بىر گۇرۇپپىدا خاتا يېزىلغان جاي بارمۇ تەكشۈرۈڭ.',
    VAULT_LOCKED: 'ئامبار قۇلۇپلانغان. ئالدى بىلەن قۇلۇپىنى ئېچىڭ.',
    VAULT_NOT_FOUND: 'بۇ كومپيۇتېردا تېخى ئامبار يوق.',
    VAULT_EXISTS: 'بۇ كومپيۇتېردا ئاللىبۇرۇن ئامبار بار.',
    VAULT_CORRUPT: 'ئامبار بۇزۇلغان، ئۇنى ئاچقىلى بولمايدۇ. ھېچنېمىنى ئۆچۈرمەڭ: ئۇنى زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈڭ.',
    VAULT_TOO_NEW: 'بۇ ئامبار Casekeep نىڭ يېڭىراق نۇسخىسىدا ياسالغان. ئۇنى ئېچىش ئۈچۈن Casekeep نى يېڭىلاڭ.',
    VALIDATION_FAILED: 'بەزى بۆلەكلەر توغرا تولدۇرۇلمىغان.',
    UNKNOWN_METHOD: 'Casekeep بۇ تەلەپنى تونۇمىدى.',
    NOT_FOUND: 'بۇ خاتىرە ئەمدى مەۋجۇت ئەمەس.',
    CONFLICT: 'بۇ ئوخشاش ۋاقىتتا باشقا يەردە ئۆزگەرتىلدى. قايتا يۈكلەپ، يەنە سىناڭ.',
    FORBIDDEN: 'بۇ مەشغۇلاتقا ئىجازەت يوق.',
    IO_FAILED: 'Casekeep ئۆز ھۆججەتلىرىنى ئوقۇيالمىدى ياكى يازالمىدى. دىسكىنى تەكشۈرۈپ، قايتا سىناڭ.',
    BUNDLE_INVALID: 'بۇ ھۆججەت بۇزۇلغان ياكى ياسالغاندىن كېيىن ئۆزگەرتىلگەن. ئۇنىڭدىن ھېچنېمە ساقلانمىدى. ئەۋەتكۈچىدىن يېڭى نۇسخا سوراڭ.',
    BUNDLE_NOT_FOR_US: 'بۇ ھۆججەت باشقا بىرى ئۈچۈن شىفىرلانغان. بۇ ئامبارنىڭ ھېچبىر ئاچقۇچى ئۇنى ئاچالمايدۇ.',
    BUNDLE_TOO_NEW: 'بۇ ھۆججەت Casekeep نىڭ يېڭىراق نۇسخىسىدا ياسالغان. ئۇنى ئېچىش ئۈچۈن Casekeep نى يېڭىلاڭ.',
    BACKUP_INVALID: 'بۇ زاپاس نۇسخا تولۇق ئەمەس ياكى بۇزۇلغان. ئۇنىڭدىن ھېچنېمە ئەسلىگە كەلتۈرۈلمىدى. باشقا زاپاس نۇسخىنى سىناڭ.',
    INTERNAL: 'Casekeep ئىچىدە خاتالىق كۆرۈلدى. بۇ مەشغۇلات ھېچنېمە ساقلىمىدى.',
  },
};
