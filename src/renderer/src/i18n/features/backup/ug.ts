/**
 * Uyghur (Arabic script, UEY) strings of the backup screen, its Settings link and the reminder
 * banner, in en.ts's key order. The translation awaits a native speaker's review: each string is
 * keyed so it can be corrected alone.
 */
import type { Catalogue } from '../../catalogue';
import type { backupEn } from './en';

export const backupUg: Catalogue<typeof backupEn> = {
  title: 'زاپاس نۇسخا',
  intro: 'زاپاس نۇسخا پۈتۈن ئامبارنىڭ شىفىرلانغان كۆپەيتمىسى: ساندان، ئۇنىڭ ئاچقۇچ ئورۇنلىرى ۋە ھەر بىر قوشۇمچە ھۆججەت. بىر قىسقۇچ تاللاڭ، ياخشىسى باشقا جايدا ساقلايدىغان USB دىسكىدا. شۇ جايغا كېيىنكى زاپاسلاش پەقەت يېڭى قوشۇمچە ھۆججەتلەرنىلا كۆچۈرىدۇ. ئۇ ئوخشاش مەخپىي ئىبارە ياكى ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن ئېچىلىدۇ.',
  back: 'قايتىش',
  choose: 'قىسقۇچقا زاپاسلاش…',
  working: 'زاپاسلىنىپ، كۆپەيتمە تەكشۈرۈلۈۋاتىدۇ…',
  progress: 'زاپاسلاش ئىلگىرىلىشى',
  cancelled: 'قىسقۇچ تاللانمىدى.',
  doneTitle: 'زاپاسلاش تاماملىنىپ دەلىللەندى',
  doneWhere: 'ساقلانغان جاي',
  doneAttachments_one: '{{count}} قوشۇمچە ھۆججەت، بۇ قېتىم ئۇلارنىڭ {{fresh}} سى يېڭى.',
  doneAttachments_other: '{{count}} قوشۇمچە ھۆججەت، بۇ قېتىم ئۇلارنىڭ {{fresh}} سى يېڭى.',
  last: 'ئاخىرقى زاپاس نۇسخا',
  never: 'بۇ ئامبار ھەرگىز زاپاسلانمىغان.',
  reminderLabel: 'ئاخىرقى زاپاس نۇسخا مۇنچە كۈندىن كونا بولسا ئەسكەرتىش (كۈن)',
  reminderSave: 'ساقلاش',
  reminderSaved: 'ساقلاندى.',
  reminderRange: '1 دىن 365 كىچە پۈتۈن سان بىلەن كۈن كىرگۈزۈڭ.',
  restoreNote: 'ئەسلىگە كەلتۈرۈش ئۈچۈن، ئامبارسىز كومپيۇتېردا Casekeep نى ئېچىپ «زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈش» نى تاللاڭ (ياكى `casekeep restore BACKUP --vault NEWFOLDER` نى ئىجرا قىلىڭ): ئامبار كۆرۈنۈشتىن بۇرۇن ھەر بىر ھۆججەت تەكشۈرۈلىدۇ، مەۋجۇت ئامبارنىڭ ئۈستىگە ھەرگىز يېزىلمايدۇ.',
  settingsTitle: 'زاپاس نۇسخىلار',
  settingsBody: 'ئامبارنىڭ شىفىرلانغان، دەلىللەنگەن كۆپەيتمىسىنى باشقا دىسكىغا ياساڭ ۋە ئەسكەرتىشنى تەڭشەڭ.',
  settingsOpen: 'زاپاس نۇسخىلارنى ئېچىش',
  bannerNever: 'بۇ ئامبار ھەرگىز زاپاسلانمىغان. بىر مۇسادىرە قىلىنغان كومپيۇتېر ياكى بۇزۇلغان دىسكا ئۇنى يوقىتىۋېتىدۇ.',
  bannerOld_one: 'ئاخىرقى زاپاس نۇسخا {{count}} كۈندىن كونا.',
  bannerOld_other: 'ئاخىرقى زاپاس نۇسخا {{count}} كۈندىن كونا.',
  bannerAction: 'ھازىر زاپاسلاش',
};
