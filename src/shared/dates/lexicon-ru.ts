import { ABOUT, AFTER, BEFORE, FILLER, NIGHT, ONTO, SEP, SEP_UNTIL, START, YEAR_WORD, withEndings, type LexiconEntry } from './vocabulary';

export const RU_NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'] as const;
export const RU_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'] as const;
/** The abbreviations of Russian typographic convention (ГОСТ 7.12): short months stay whole. */
export const RU_SHORT = ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'] as const;

// Russian: every case a month, season or part is typed in ("в марте", "с марта", "по март").
const RU_SOFT_ENDINGS = ['ь', 'я', 'е', 'ю', 'ем'];
const RU_HARD_ENDINGS = ['', 'а', 'е', 'у', 'ом'];
const RU_MONTH_FORMS: readonly (readonly string[])[] = [
  [...withEndings('январ', RU_SOFT_ENDINGS), 'янв'],
  [...withEndings('феврал', RU_SOFT_ENDINGS), 'фев', 'февр'],
  [...withEndings('март', RU_HARD_ENDINGS), 'мар'],
  [...withEndings('апрел', RU_SOFT_ENDINGS), 'апр'],
  withEndings('ма', ['й', 'я', 'е', 'ю', 'ем']),
  [...withEndings('июн', RU_SOFT_ENDINGS), 'июн'],
  [...withEndings('июл', RU_SOFT_ENDINGS), 'июл'],
  [...withEndings('август', RU_HARD_ENDINGS), 'авг'],
  [...withEndings('сентябр', RU_SOFT_ENDINGS), 'сен', 'сент'],
  [...withEndings('октябр', RU_SOFT_ENDINGS), 'окт'],
  [...withEndings('ноябр', RU_SOFT_ENDINGS), 'ноя', 'нояб'],
  [...withEndings('декабр', RU_SOFT_ENDINGS), 'дек'],
];

export const RU_WORDS: readonly LexiconEntry[] = [
  ...RU_MONTH_FORMS.map((forms, i): LexiconEntry => [forms, { k: 'month', m: i + 1 }]),
  [withEndings('весн', ['а', 'ы', 'е', 'у', 'ой', 'ою']), { k: 'season', s: 'spring' }],
  [withEndings('лет', ['о', 'а', 'е', 'у', 'ом']), { k: 'season', s: 'summer' }],
  [withEndings('осен', ['ь', 'и', 'ью']), { k: 'season', s: 'autumn' }],
  [withEndings('зим', ['а', 'ы', 'е', 'у', 'ой', 'ою']), { k: 'season', s: 'winter' }],
  [withEndings('начал', ['о', 'а', 'е', 'у', 'ом']), { k: 'part', p: 'early' }],
  [withEndings('середин', ['а', 'ы', 'е', 'у', 'ой', 'ою']), { k: 'part', p: 'mid' }],
  [['конец', ...withEndings('конц', ['а', 'е', 'у', 'ом'])], { k: 'part', p: 'late' }],
  [['год', 'года', 'году', 'годом', 'годы', 'годов', 'годах', 'годам', 'г', 'гг'], YEAR_WORD],
  [['примерно', 'около', 'приблизительно', 'приблиз', 'прибл', 'ок', 'ориентировочно', 'где-то', 'районе'], ABOUT],
  [['между', 'с', 'со', 'от'], START],
  [['по', 'и', 'или'], SEP],
  [['до'], SEP_UNTIL],
  [['после'], AFTER],
  [['перед', 'прежде'], BEFORE],
  [['ночь', 'ночью', 'ночи'], NIGHT],
  [['на'], ONTO],
  [['в', 'во', 'числа', 'число', 'месяц', 'месяца', 'месяце', 'период', 'периода', 'периоде', 'течение'], FILLER],
  [['этот', 'этого', 'этом', 'этим', 'текущий', 'текущего', 'текущем', 'нынешний', 'нынешнего', 'нынешнем'], { k: 'rel', offset: 0 }],
  [['прошлый', 'прошлого', 'прошлом', 'прошлым', 'прошедший', 'прошедшего', 'прошедшем', 'минувший', 'минувшего', 'минувшем'], { k: 'rel', offset: -1 }],
  [['позапрошлый', 'позапрошлого', 'позапрошлом'], { k: 'rel', offset: -2 }],
];
