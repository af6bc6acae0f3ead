import type { PageImage } from '../image/index.js';
import { readNumber, type NumberReading, type ReadNumberOptions } from './number-reader.js';
import type { OcrLine, OcrPage } from './ocr-result.types.js';

export type NumberRereadMode = 'replace' | 'annotate' | 'off';

/**
 * How confident a reading must be to replace tesseract's. Tesseract reads Arabic digits well, so a
 * word of Arabic digits needs a clear margin; its Thai digits are wrong so often (๔ ๖ ๘) that any
 * reading with a margin is the better bet: on scans in a font left out of the templates, replacing
 * at ≥ 1 kept 123 of 146 digits right against 107 at ≥ 10 (README, "Numbers").
 */
export const REPLACE_MIN_CONFIDENCE = 10;
export const THAI_REPLACE_MIN_CONFIDENCE = 1;
const THAI = /[\u0E01-\u0E59]/u;

const DIGIT = /[0-9\u0E50-\u0E59]/u;
const NUMBERISH = /[0-9\u0E50-\u0E59.,]/u;

/**
 * Besides digits and separators, only Thai letters may appear: tesseract's misreadings of Thai digits. So may "@"
 * and "©", its readings of a round ๑ ("@๑๐๑๐๑.๐๐" for a clean ๑๐๐.๐๐ score cell of seed 001's scan), and "#", its
 * reading of a ๙ ("#สอ๐.๐๐" for ๙๐.๐๐ on s000's scan).
 */
const ALLOWED = /^[0-9\u0E50-\u0E59.,\u0E01-\u0E4E@©#]+$/u;

/**
 * A word worth a second reading: has a digit, at least half of it is digits and separators, and
 * nothing else but Thai letters ("๕ฒ.๐๐"). Brackets, slashes and the like are left alone: the
 * reader only knows digits, and would read "1)" as "11".
 */
export function looksNumeric(text: string): boolean {
  const chars = [...text];
  return ALLOWED.test(text) && DIGIT.test(text) && chars.filter((c) => NUMBERISH.test(c)).length >= chars.length / 2;
}

/**
 * Gives every number-like word of an OCR page a second, digit-only reading from the pixels
 * (`word.number`), and in `replace` mode puts a confident reading into the word and line text
 * (tesseract's own reading stays in `word.ocrText`).
 */
export function rereadNumbers(
  page: OcrPage,
  image: PageImage,
  mode: NumberRereadMode = 'replace',
  /** `minConfidence` overrides both thresholds (for measurements). */
  options: { minConfidence?: number; read?: ReadNumberOptions } = {},
): OcrPage {
  if (mode === 'off') return page;
  const minFor = (text: string) => options.minConfidence ?? (THAI.test(text) ? THAI_REPLACE_MIN_CONFIDENCE : REPLACE_MIN_CONFIDENCE);
  let replaced = 0;
  let read = 0;
  const lines = page.lines.map((line): OcrLine => {
    let text = line.text;
    let cursor = 0;
    const words = line.words.map((word) => {
      const at = text.indexOf(word.text, cursor);
      if (at >= 0) cursor = at + word.text.length;
      if (!looksNumeric(word.text)) return word;
      const reading: NumberReading = readNumber(image, word.box, options.read);
      if (reading.text === '') return word;
      read++;
      if (mode !== 'replace' || reading.confidence < minFor(word.text) || reading.text === word.text || at < 0)
        return { ...word, number: reading };
      replaced++;
      text = text.slice(0, at) + reading.text + text.slice(at + word.text.length);
      cursor = at + reading.text.length;
      return { ...word, text: reading.text, ocrText: word.text, number: reading };
    });
    return { ...line, text, words };
  });
  return { ...page, lines, notes: [...page.notes, `numbers:reread=${read},replaced=${replaced}`] };
}
