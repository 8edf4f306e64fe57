/** The languages testimonies are written in: Russian, Kazakh, English and Uyghur (Arabic script). */
export const LANGS = ['ru', 'kk', 'en', 'ug'] as const;
export type Lang = (typeof LANGS)[number];

/** One piece of text in every language. */
export type Lx = Record<Lang, string>;

export type Sex = 'male' | 'female';

/** Ethnicity codes of the `ethnicity` vocabulary that the name pools can produce. */
export type EthnicityCode = 'kazakh' | 'uyghur' | 'kyrgyz' | 'hui' | 'uzbek' | 'han' | 'other';
