import type { PageText } from '@lao/schemas';
import { countLostChars, dictionaryCoverage, findImpossibleMarks } from '@lao/thai-text';

export interface TextLayerSignals {
  /** Non-whitespace characters on the page (normalised text). */
  chars: number;
  thaiChars: number;
  /** Private-use code points left after the glyph map, per character. */
  puaShare: number;
  /** NUL / U+FFFD left after ActualText recovery. */
  lostChars: number;
  /** Characters that are neither Thai, ASCII nor common punctuation (mis-mapped fonts produce Latin-1 soup), per character. */
  foreignShare: number;
  /** Mark stacks no Thai word has, a space before a mark, "consonant + space + า": per 1000 Thai characters. */
  markErrorsPerK: number;
  /** Share of Thai characters inside dictionary words (null when the page has too little Thai to judge). */
  dictionaryCoverage: number | null;
}

export interface DecisionContext {
  /**
   * Share of the page covered by images (from the content stream), when known. A page with almost no text and no
   * image (a blank page with its number) has nothing more for OCR to find; unknown counts as "may be a scan".
   */
  imageCoverage?: number | null;
}

export interface TextLayerVerdict {
  usable: boolean;
  /** Short machine-readable reasons, e.g. `lost-chars:12`, `dictionary:0.41`; empty when usable. */
  reasons: string[];
  signals: TextLayerSignals;
}

/** Thresholds, chosen from the measurements in the README (clean born-digital pages vs crafted broken ones). */
export const DECISION_THRESHOLDS = {
  minChars: 10,
  /** Below this image coverage a page with too few characters is blank, not a scan. */
  maxImageCoverageForBlank: 0.05,
  maxPuaShare: 0.002,
  maxForeignShare: 0.02,
  maxMarkErrorsPerK: 3,
  /** ...and at least this many: one typo on a short page (มะรุือ in seed 001) is the author's, not the text layer's. */
  minMarkErrors: 3,
  minDictionaryCoverage: 0.6,
  /** Dictionary coverage is only judged on pages with at least this many Thai characters. */
  minThaiForDictionary: 80,
  /** Characters of the page the dictionary check looks at. */
  dictionarySample: 3000,
  /** A page this covered by images is a scan; its text layer, if any, is a scanner's own OCR... */
  minImageCoverageForScan: 0.9,
  /** ...which is taken only when at least this share of it is Thai (Latin soup from an English-only OCR is not). */
  minThaiShareOnScan: 0.2,
} as const;

const THAI = /[\u0E01-\u0E5B]/u;
const PUA = /[\uE000-\uF8FF]/u;
// Thai, ASCII, Latin-1 punctuation commonly printed (• ° × ÷ « »), dashes, quotes, bullets, ellipsis, ☑ ☐ ✓.
const KNOWN = /[\u0E01-\u0E5B\u0020-\u007E\u00A0\u00B0\u00B7\u00D7\u00F7\u00AB\u00BB\u2010-\u2027\u2030-\u203A\u25A0-\u25FF\u2610-\u2612\u2713\u2714\u00A7]/u;
const SPACE_BEFORE_MARK = /\s[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/gu;
const CONSONANT_SPACE_AA = /[\u0E01-\u0E2E] \u0E32/gu;

/**
 * Is this page's text layer usable, or should the page be OCR'd? Thai-aware: lost characters, private-use glyphs
 * left unmapped, foreign-script soup from fonts without a usable ToUnicode map, impossible mark stacks and split
 * sara am, too few characters (scans), and dictionary coverage of the Thai text.
 */
export function decideTextLayer(page: Pick<PageText, 'lines'>, context: DecisionContext = {}): TextLayerVerdict {
  const text = page.lines.map((l) => l.text).join('\n');
  const rawText = page.lines.map((l) => l.raw).join('\n');
  let chars = 0;
  let thaiChars = 0;
  let pua = 0;
  let foreign = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    chars++;
    if (THAI.test(ch)) thaiChars++;
    if (PUA.test(ch)) pua++;
    else if (!KNOWN.test(ch) && ch !== '\u0000' && ch !== '\uFFFD') foreign++;
  }
  const lostChars = countLostChars(text);
  const markErrors =
    findImpossibleMarks(text).length + (text.match(SPACE_BEFORE_MARK)?.length ?? 0) + (rawText.match(CONSONANT_SPACE_AA)?.length ?? 0);
  // Segmenting a whole dense page costs ~50 ms; a few thousand characters judge it as well.
  const coverage = thaiChars >= DECISION_THRESHOLDS.minThaiForDictionary ? dictionaryCoverage(text.slice(0, DECISION_THRESHOLDS.dictionarySample)) : null;
  const signals: TextLayerSignals = {
    chars,
    thaiChars,
    puaShare: chars ? pua / chars : 0,
    lostChars,
    foreignShare: chars ? foreign / chars : 0,
    markErrorsPerK: thaiChars ? (1000 * markErrors) / thaiChars : 0,
    dictionaryCoverage: coverage,
  };
  const t = DECISION_THRESHOLDS;
  const reasons: string[] = [];
  const imageless = context.imageCoverage != null && context.imageCoverage < t.maxImageCoverageForBlank;
  if (chars < t.minChars && !imageless) reasons.push(`too-few-chars:${chars}`);
  // Reports are Thai: a scan whose hidden text layer is (almost) all Latin came from a scanner's OCR run without
  // Thai, and reads as garbage. Our OCR reads both languages, so an English page loses nothing by it.
  const scanned = context.imageCoverage != null && context.imageCoverage >= t.minImageCoverageForScan;
  if (scanned && chars >= t.minChars && thaiChars / chars < t.minThaiShareOnScan) reasons.push(`scan-text-not-thai:${(thaiChars / chars).toFixed(2)}`);
  if (lostChars > 0) reasons.push(`lost-chars:${lostChars}`);
  if (signals.puaShare > t.maxPuaShare) reasons.push(`pua:${signals.puaShare.toFixed(3)}`);
  if (signals.foreignShare > t.maxForeignShare) reasons.push(`foreign-chars:${signals.foreignShare.toFixed(3)}`);
  if (markErrors >= t.minMarkErrors && signals.markErrorsPerK > t.maxMarkErrorsPerK) reasons.push(`mark-errors:${signals.markErrorsPerK.toFixed(1)}/k`);
  if (coverage !== null && coverage < t.minDictionaryCoverage) reasons.push(`dictionary:${coverage.toFixed(2)}`);
  return { usable: reasons.length === 0, reasons, signals };
}
