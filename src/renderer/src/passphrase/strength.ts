/*
 * A coarse estimate of how long a passphrase would resist guessing, for the meter on the
 * create and recovery screens. It only advises: the contract's minimum length is the rule.
 * Deliberately small (no dictionary download, no library): it catches the usual mistakes
 * (repeats, keyboard runs, well-known passwords) and rewards length and several words.
 */

export type StrengthLevel = 'tooShort' | 'weak' | 'fair' | 'good' | 'strong';
export type StrengthAdvice = 'tooShort' | 'addWords' | 'avoidRepeats' | 'avoidSequences' | 'avoidCommon' | 'fine';

export interface Strength {
  level: StrengthLevel;
  /** 0 (too short) to 4 (strong), for the bar. */
  score: 0 | 1 | 2 | 3 | 4;
  /** Estimated bits of guessing work. */
  bits: number;
  advice: StrengthAdvice;
}

// Rows of the Latin and Russian/Kazakh keyboards, typed left to right.
const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю'];

// Passwords that top every leaked list, in the languages of the users.
const COMMON = new Set([
  'password',
  'passw0rd',
  'qwerty',
  'qwertyuiop',
  'iloveyou',
  'letmein',
  'welcome',
  'admin',
  'abc123',
  'пароль',
  'йцукен',
  'қазақстан',
  'казахстан',
  'алматы',
  'almaty',
  'kazakhstan',
  'құпиясөз',
]);

/** Guesses per word for someone guessing whole words from a large vocabulary (~2^11). */
const BITS_PER_WORD = 11;
const LEVEL_BITS = { fair: 30, good: 45, strong: 60 } as const;

function poolSize(chars: readonly string[]): number {
  let pool = 0;
  const has = (pattern: RegExp) => chars.some((char) => pattern.test(char));
  if (has(/[a-z]/)) pool += 26;
  if (has(/[A-Z]/)) pool += 26;
  if (has(/[0-9]/)) pool += 10;
  if (has(/\s/)) pool += 1;
  if (has(/[!-/:-@[-`{-~]/)) pool += 33;
  if (has(/[а-яёәғқңөұүһі]/)) pool += 42;
  if (has(/[А-ЯЁӘҒҚҢӨҰҮҺІ]/)) pool += 42;
  // Arabic-script Uyghur, Chinese and anything else: a generous but bounded guess.
  if (has(/[^\s!-~а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ]/)) pool += 100;
  return Math.max(pool, 2);
}

function keyboardNeighbours(a: string, b: string): boolean {
  const pair = (a + b).toLowerCase();
  return KEYBOARD_ROWS.some((row) => row.includes(pair));
}

interface Pattern {
  /** Characters counted as guessable on their own. */
  effectiveLength: number;
  repeats: number;
  sequences: number;
}

// A character that repeats the one before, or continues a run (abc, 123, qwe), adds little.
function findPatterns(chars: readonly string[]): Pattern {
  let effectiveLength = 0;
  let repeats = 0;
  let sequences = 0;
  chars.forEach((char, index) => {
    const before = chars[index - 1];
    const twoBefore = chars[index - 2];
    if (before !== undefined && char === before) {
      repeats++;
      effectiveLength += 0.2;
      return;
    }
    if (before !== undefined && twoBefore !== undefined) {
      const step = (char.codePointAt(0) ?? 0) - (before.codePointAt(0) ?? 0);
      const stepBefore = (before.codePointAt(0) ?? 0) - (twoBefore.codePointAt(0) ?? 0);
      const alphabetRun = Math.abs(step) === 1 && step === stepBefore;
      const keyboardRun = keyboardNeighbours(before, char) && keyboardNeighbours(twoBefore, before);
      if (alphabetRun || keyboardRun) {
        sequences++;
        effectiveLength += 0.2;
        return;
      }
    }
    effectiveLength += 1;
  });
  return { effectiveLength, repeats, sequences };
}

// A well-known password with digits or punctuation around it, or one short chunk repeated
// ("abcabcabc", "парольпароль"): either falls to the first guesses of any attacker.
function obviousAdvice(text: string): StrengthAdvice | null {
  const core = text.toLowerCase().replace(/[\s\d!?.]+$/u, '').replace(/^\d+/u, '');
  if (core === '' || COMMON.has(core)) return 'avoidCommon';
  return /^(.{1,6})\1+$/u.test(core) ? 'avoidRepeats' : null;
}

function levelFor(bits: number): Exclude<StrengthLevel, 'tooShort'> {
  if (bits >= LEVEL_BITS.strong) return 'strong';
  if (bits >= LEVEL_BITS.good) return 'good';
  if (bits >= LEVEL_BITS.fair) return 'fair';
  return 'weak';
}

const SCORES = { tooShort: 0, weak: 1, fair: 2, good: 3, strong: 4 } as const;

export function scorePassphrase(passphrase: string, minLength: number): Strength {
  const chars = [...passphrase.normalize('NFC')];
  if (chars.length < minLength) {
    return { level: 'tooShort', score: 0, bits: 0, advice: 'tooShort' };
  }
  const obvious = obviousAdvice(passphrase);
  if (obvious !== null) return { level: 'weak', score: 1, bits: 0, advice: obvious };

  const pattern = findPatterns(chars);
  let bits = pattern.effectiveLength * Math.log2(poolSize(chars));
  // Words are guessed whole: "correct horse battery staple" is four guesses from a vocabulary,
  // not 28 random letters. Separators and anything beyond letters add a little on top.
  const words = passphrase.trim().split(/\s+/u).filter((word) => /^\p{L}+$/u.test(word));
  if (words.length >= 2) {
    const wordBits = words.length * BITS_PER_WORD + (chars.length - words.join('').length) * 0.5;
    bits = Math.min(bits, wordBits);
  }
  bits = Math.round(bits);

  const level = levelFor(bits);
  let advice: StrengthAdvice = 'fine';
  if (pattern.repeats >= chars.length / 3) advice = 'avoidRepeats';
  else if (pattern.sequences >= chars.length / 3) advice = 'avoidSequences';
  else if (level === 'weak' || level === 'fair') advice = 'addWords';
  return { level, score: SCORES[level], bits, advice };
}
