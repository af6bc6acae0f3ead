/** Code-point classes of the Thai block (U+0E00–U+0E7F) used across the toolkit. */

export const THAI_CONSONANT_RE = /[\u0E01-\u0E2E]/u;
export const THAI_LETTER_RE = /[\u0E01-\u0E4E]/u;
/** Any Thai-block character except digits and the baht sign: what a "Thai word" is made of. */
export const THAI_WORD_CHAR_RE = /[\u0E01-\u0E3A\u0E40-\u0E4E]/u;

export const TONE_MARKS = '\u0E48\u0E49\u0E4A\u0E4B';
export const THANTHAKHAT = '\u0E4C';
/** Above-base vowels and signs: ั ิ ี ึ ื ็ ํ ๎. */
export const ABOVE_VOWELS = '\u0E31\u0E34\u0E35\u0E36\u0E37\u0E47\u0E4D\u0E4E';
/** Below-base vowels: ุ ู ฺ. */
export const BELOW_VOWELS = '\u0E38\u0E39\u0E3A';

export function isThaiConsonant(ch: string): boolean {
  return ch >= '\u0E01' && ch <= '\u0E2E';
}

/** Combining marks that sit on a consonant (above or below), including tone marks. */
export function isThaiCombiningMark(ch: string): boolean {
  return (
    ch === '\u0E31' ||
    (ch >= '\u0E34' && ch <= '\u0E3A') ||
    (ch >= '\u0E47' && ch <= '\u0E4E')
  );
}

export function isToneMark(ch: string): boolean {
  return ch >= '\u0E48' && ch <= '\u0E4B';
}

export function isThaiWordChar(ch: string): boolean {
  return THAI_WORD_CHAR_RE.test(ch);
}
