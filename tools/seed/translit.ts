/**
 * Transliteration rules, so the name pools hold one spelling per name and every other script is
 * derived. Real records carry a name in several spellings (a Kazakhstan passport, a Chinese ID
 * card, what a relative types): the generator reproduces that spread so search and duplicate
 * detection get realistic input.
 */

const table = (pairs: Record<string, string>): Map<string, string> => new Map(Object.entries(pairs));

/** Kazakh Cyrillic to the ASCII forms Kazakhstan passports have used (Serikzhan, Aigul). */
const KK_PASSPORT = table({
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i',
  й: 'i', к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia',
});

/** Kazakh Cyrillic to the 2021 Kazakh Latin alphabet (Serıkjan, Aigül): a second, rival spelling. */
const KK_LATIN_2021 = table({
  а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'io', ж: 'j', з: 'z', и: 'i',
  й: 'i', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o', ө: 'ö', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ұ: 'ū', ү: 'ü', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'ş', щ: 'şş',
  ъ: '', ы: 'y', і: 'ı', ь: '', э: 'e', ю: 'iu', я: 'ia',
});

/** Russian Cyrillic to the ICAO passport transliteration. */
const RU_LATIN = table({
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
});

/** The letters Kazakh has and Russian lacks, as Russian-language paperwork spells them. */
const KK_RUSSIFY = table({ ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' });

function mapLetters(text: string, map: Map<string, string>): string {
  let out = '';
  let capitalNext = false;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const mapped = map.get(lower);
    if (mapped === undefined) {
      out += ch;
      continue;
    }
    const isUpper = ch !== lower;
    // Capitalise only the first letter of a digraph: Ж -> Zh, not ZH.
    out += isUpper || capitalNext ? mapped.charAt(0).toUpperCase() + mapped.slice(1) : mapped;
    capitalNext = isUpper && mapped === '';
  }
  return out;
}

/**
 * Names come from small pools, so the same few hundred words are transliterated over and over:
 * each function remembers its answer per word. Per word, not per full name, so the caches stay a
 * few hundred entries and memory stays flat however many people are made.
 */
export function memo(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  const word = (w: string): string => {
    let out = cache.get(w);
    if (out === undefined) {
      out = fn(w);
      if (cache.size < 5_000) cache.set(w, out);
    }
    return out;
  };
  return (s) => (s.includes(' ') ? s.split(' ').map(word).join(' ') : word(s));
}

export const kazakhToPassportLatin = memo((cyr) => mapLetters(cyr, KK_PASSPORT));
export const kazakhToLatin2021 = memo((cyr) => mapLetters(cyr, KK_LATIN_2021));
export const russianToLatin = memo((cyr) => mapLetters(cyr, RU_LATIN));
export const russifyKazakh = memo((cyr) => mapLetters(cyr, KK_RUSSIFY));

/*
 * Uyghur. The pools keep names in ULY (Uyghur Latin Yéziqi), which maps one-to-one onto the
 * Arabic-script alphabet (UEY) and onto Uyghur Cyrillic. An apostrophe separates letters that
 * would otherwise read as a digraph (Rizwan'gül: n + g, not ng).
 */

const ULY_DIGRAPHS = ['ch', 'gh', 'ng', 'sh', 'zh'] as const;
const ULY_VOWELS = new Set(['a', 'e', 'é', 'i', 'o', 'u', 'ö', 'ü']);

/** Splits ULY text into letters, reading digraphs as one letter. */
function ulyLetters(word: string): string[] {
  const letters: string[] = [];
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    const pair = lower.slice(i, i + 2);
    if ((ULY_DIGRAPHS as readonly string[]).includes(pair)) {
      letters.push(pair);
      i += 2;
    } else {
      letters.push(lower.charAt(i));
      i += 1;
    }
  }
  return letters;
}

const UEY = table({
  a: 'ا', e: 'ە', é: 'ې', i: 'ى', o: 'و', u: 'ۇ', ö: 'ۆ', ü: 'ۈ',
  b: 'ب', p: 'پ', t: 'ت', j: 'ج', ch: 'چ', x: 'خ', d: 'د', r: 'ر', z: 'ز', zh: 'ژ', s: 'س',
  sh: 'ش', gh: 'غ', f: 'ف', q: 'ق', k: 'ك', g: 'گ', ng: 'ڭ', l: 'ل', m: 'م', n: 'ن', h: 'ھ',
  w: 'ۋ', y: 'ي',
});

const ULY_CYRILLIC = table({
  a: 'а', e: 'ә', é: 'е', i: 'и', o: 'о', u: 'у', ö: 'ө', ü: 'ү',
  b: 'б', p: 'п', t: 'т', j: 'җ', ch: 'ч', x: 'х', d: 'д', r: 'р', z: 'з', zh: 'ж', s: 'с',
  sh: 'ш', gh: 'ғ', f: 'ф', q: 'қ', k: 'к', g: 'г', ng: 'ң', l: 'л', m: 'м', n: 'н', h: 'һ',
  w: 'в', y: 'й',
});

/** ULY to Arabic script: a vowel that starts a word or follows a vowel is carried by hamza (ئ). */
export const uyghurToArabic = memo((uly: string): string => {
  return uly
    .split(' ')
    .map((word) => {
      let out = '';
      let previousVowel = true;
      for (const letter of ulyLetters(word)) {
        if (letter === "'") continue;
        const mapped = UEY.get(letter) ?? letter;
        const vowel = ULY_VOWELS.has(letter);
        out += vowel && previousVowel ? `ئ${mapped}` : mapped;
        previousVowel = vowel;
      }
      return out;
    })
    .join(' ');
});

/** ULY to Uyghur Cyrillic (used by Uyghurs in Kazakhstan): y + a/u are written я/ю. */
export const uyghurToCyrillic = memo((uly: string): string => {
  return uly
    .split(' ')
    .map((word) => {
      const letters = ulyLetters(word).filter((l) => l !== "'");
      let out = '';
      for (let i = 0; i < letters.length; i += 1) {
        const letter = letters[i] ?? '';
        const nextLetter = letters[i + 1];
        let mapped: string;
        if (letter === 'y' && (nextLetter === 'a' || nextLetter === 'u')) {
          mapped = nextLetter === 'a' ? 'я' : 'ю';
          i += 1;
        } else {
          mapped = ULY_CYRILLIC.get(letter) ?? letter;
        }
        out += mapped;
      }
      return out.charAt(0).toUpperCase() + out.slice(1);
    })
    .join(' ');
});

/** Uyghur Cyrillic as Russian-language paperwork in Kazakhstan spells it (Мәһмәт -> Мехмет). */
const UG_RUSSIFY = table({ ә: 'е', һ: 'х', қ: 'к', ғ: 'г', ң: 'н', ө: 'о', ү: 'у', җ: 'дж' });
export const russifyUyghur = memo((cyr) => mapLetters(cyr, UG_RUSSIFY));

/** ULY without its diacritics and apostrophes, as English-language reports usually print it. */
export const uyghurToPlainLatin = memo((uly: string): string =>
  uly.replace(/'/g, '').replace(/é/g, 'e').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/É/g, 'E').replace(/Ö/g, 'O').replace(/Ü/g, 'U'));

/** ULY for display: the apostrophe is only a spelling aid. */
export const uyghurLatin = (uly: string): string => uly.replace(/'/g, '');
