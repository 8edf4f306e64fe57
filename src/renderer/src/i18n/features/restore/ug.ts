/**
 * Uyghur (Arabic script, UEY) strings of the first-run restore, in en.ts's key order. The
 * translation awaits a native speaker's review: each string is keyed so it can be corrected alone.
 */
import type { Catalogue } from '../../catalogue';
import type { restoreEn } from './en';

export const restoreUg: Catalogue<typeof restoreEn> = {
  open: 'زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈش',
  title: 'زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈش',
  intro: 'Casekeep زاپاس نۇسخىسىدىن (مەسىلەن USB دىسكىدىكى) ئامبارنى قايتۇرۇپ كېلىڭ. زاپاس نۇسخا ياسالغاندا ئامبارنىڭ مەخپىي ئىبارىسى نېمە بولسا شۇنى كىرگۈزۈپ، ئاندىن زاپاس نۇسخا بار قىسقۇچنى تاللاڭ.',
  safety: 'ئامبار بۇ يەردە كۆرۈنۈشتىن بۇرۇن زاپاس نۇسخىنىڭ ھەر بىر ھۆججىتى تەكشۈرۈلىدۇ. بۇزۇلغان ياكى ئۆزگەرتىلگەن زاپاس نۇسخا رەت قىلىنىدۇ ۋە ھېچنېمە يېزىلمايدۇ.',
  passphrase: 'زاپاس نۇسخىنىڭ مەخپىي ئىبارىسى',
  passphraseHint: 'زاپاسلانغان ئامبارنىڭ مەخپىي ئىبارىسى.',
  submit: 'زاپاس نۇسخا قىسقۇچىنى تاللاپ ئەسلىگە كەلتۈرۈش',
  back: 'قايتىش',
  working: 'زاپاس نۇسخا تەكشۈرۈلۈپ ئەسلىگە كەلتۈرۈلۈۋاتىدۇ. بۇ بىر نەچچە مىنۇت ۋاقىت ئېلىشى مۇمكىن…',
  progress: 'ئەسلىگە كەلتۈرۈش ئىلگىرىلىشى',
  cancelled: 'قىسقۇچ تاللانمىدى. ھېچنېمە ئەسلىگە كەلتۈرۈلمىدى.',
  restored: 'ئامبار زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈلدى. ئۇنى زاپاس نۇسخىنىڭ مەخپىي ئىبارىسى بىلەن ئېچىڭ.',
};
