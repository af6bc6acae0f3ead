import { dictionaryCoverage } from '@lao/thai-text';
import type { QuarterTurn } from '../image/index.js';
import type { OcrLine } from './ocr-result.types.js';

/**
 * Orientation of a scanned page, judged from tesseract's first reading of it (no extra OCR pass for an
 * upright page, the common case). Measured on the samples' scans (psm 3, tha+eng, 45 pages, 2026-11-23):
 *
 * - A page turned 90° clockwise is read with the right text (tesseract turns vertical text lines itself)
 *   but every line box is tall and thin in the sideways frame, which the layout cannot use. A page turned
 *   90° counter-clockwise reads as garbage, also with tall boxes. Either way most text sits in tall lines.
 * - A page upside down reads as garbage in wide lines: confidence 63–74 against 91–94 upright, and far
 *   fewer of its Thai characters form dictionary words (coverage 0.26–0.40 against 0.87–0.98).
 */
export type ReadingSignal = {
  /** Non-space characters read. */
  chars: number;
  /** Share of those characters in lines taller than wide. */
  sidewaysShare: number;
  /** Share of Thai characters that form dictionary words; null without Thai text. */
  coverage: number | null;
  confidence: number;
};

/** Fewer characters than this say nothing about orientation (blank pages, a signature, a logo). */
export const MIN_CHARS = 20;
/** Characters of the reading looked up in the dictionary. */
export const COVERAGE_SAMPLE = 2000;
/** Most text in tall lines: the page lies sideways. */
export const SIDEWAYS_SHARE = 0.5;
/** Below either, the reading may be of an upside-down page and the page is read turned 180° too. */
export const UPRIGHT_MIN_COVERAGE = 0.6;
export const UPRIGHT_MIN_CONFIDENCE = 70;
/** How much better (score below) a 180° reading must be to replace the first one. */
export const MIN_GAIN = 0.2;

export function readingSignal(reading: { confidence: number; lines: readonly OcrLine[] }): ReadingSignal {
  let chars = 0;
  let tall = 0;
  for (const line of reading.lines) {
    const n = line.text.replace(/\s+/gu, '').length;
    chars += n;
    if (line.box.h > line.box.w) tall += n;
  }
  // A sample is enough to tell words from garbage and keeps the lookup cheap (~15 ms per 900 characters,
  // slightly more than linear): orientation is the same all over a page.
  const text = reading.lines.map((l) => l.text).join('\n').slice(0, COVERAGE_SAMPLE);
  return { chars, sidewaysShare: chars === 0 ? 0 : tall / chars, coverage: dictionaryCoverage(text), confidence: reading.confidence };
}

/** Looks like a page read the right way up (text in wide lines, words a reader knows, a confident reading). */
export function looksUpright(s: ReadingSignal): boolean {
  if (s.chars < MIN_CHARS) return true;
  if (s.sidewaysShare >= SIDEWAYS_SHARE) return false;
  return (s.coverage ?? 1) >= UPRIGHT_MIN_COVERAGE && s.confidence >= UPRIGHT_MIN_CONFIDENCE;
}

/**
 * Clockwise turns to try, in order, after the first reading. Sideways: 270 first (undoes a page turned 90°
 * clockwise, the direction tesseract reads right on its own, so its confident first reading says which one
 * is likelier), then 90. Doubtful but wide: 180. Upright: none, so the page is read once.
 */
export function orientationCandidates(first: ReadingSignal): QuarterTurn[] {
  if (first.chars < MIN_CHARS) return [];
  if (first.sidewaysShare >= SIDEWAYS_SHARE) {
    const firstLooksRight = (first.coverage ?? 1) >= UPRIGHT_MIN_COVERAGE && first.confidence >= UPRIGHT_MIN_CONFIDENCE;
    return firstLooksRight ? [270, 90] : [90, 270];
  }
  return looksUpright(first) ? [] : [180];
}

/** One number to compare readings of the same page: dictionary coverage (when Thai) plus confidence, 0–2. */
export function readingScore(s: ReadingSignal): number {
  if (s.chars < MIN_CHARS) return 0;
  const wide = 1 - s.sidewaysShare;
  return wide * ((s.coverage ?? s.confidence / 100) + s.confidence / 100);
}
