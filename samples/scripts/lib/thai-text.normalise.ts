/**
 * The string normalisation the golden records use (CONTRACT.md, DOMAIN.md §6). Deliberately independent of
 * @lao/thai-text: the golden files judge the product's normaliser, so they must not be produced by it.
 */

const THAI_DIGIT = /[\u0e50-\u0e59]/g;
const THAI_CHAR = '\\u0e00-\\u0e7f';
// A slash joins office names ("กองคลัง/ หน่วยงานตรวจสอบภายใน"); a wrap after it is debris too.
const SPACE_BETWEEN_THAI = new RegExp(`(?<=[${THAI_CHAR}/])\\s+(?=[${THAI_CHAR}/])`, 'gu');

export function thaiDigitsToAscii(s: string): string {
  return s.replace(THAI_DIGIT, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/**
 * Markup from the seeds' OCR (`<p>`, `<li>`, `<b>`, `<input …>`) becomes a space; `**` bold marks vanish;
 * an autolink `<https://…>` keeps its address.
 */
export function stripMarkup(s: string): string {
  return s
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^>]*)?\/?>/g, ' ')
    .replace(/\*\*/g, '');
}

/**
 * Text as printed, normalised: no markup, ASCII digits, sara am recomposed (U+0E4D U+0E32 → U+0E33, never NFKC),
 * dashes and curly quotes made plain, NFC, runs of whitespace collapsed to one space.
 */
export function normaliseText(s: string): string {
  return stripMarkup(s)
    .replace(THAI_DIGIT, (d) => String(d.charCodeAt(0) - 0x0e50))
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names (organisations, places, indicators, offices): spaces between Thai letters (or a slash) are line-wrap debris. */
export function normaliseName(s: string): string {
  return normaliseText(s).replace(SPACE_BETWEEN_THAI, '');
}

/** For locating text: everything that a line wrap or a different extractor may change is dropped. */
export function matchKey(s: string): string {
  return normaliseText(s).replace(/\s+/g, '');
}

/** "๘๓.๓๓" → 83.33, "จำนวน ๑๑๐,๐๐๐ บาท" → 110000, "110,000.00" → 110000; null when no number is present. */
export function parseNumber(s: string): number | null {
  const m = /-?\d[\d,]*(?:\.\d+)?/.exec(thaiDigitsToAscii(s));
  if (!m) return null;
  return Number(m[0].replace(/,/g, ''));
}
